import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";

countries.registerLocale(english);

/** Every ISO 3166-1 entry from the i18n-iso-countries dataset: alpha-2 code and English short name. */
export function isoCountries(): Array<{ code: string; name: string }> {
  const names = countries.getNames("en", { select: "official" });
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
