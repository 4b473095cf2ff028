/** Lower-case, diacritics removed ("Łukasz Müller" -> "lukasz muller"); used for identity keys and lookups. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
