/**
 * National and regional newspapers and news sites, by the stem of their name or domain, with the country they
 * are published in: a closed class, like the agencies and broadcasters in news-outlets.ts. A page's outlet line
 * ("The Irish Times", "hindustantimes", "news24.com") says where the outlet writes from when its domain has no
 * country code. Names that several countries' papers share ("Nation", "Standard", "Tribune", "Herald", "The
 * Star", "Daily Star" in Britain) are left out, and so are wire agencies and world broadcasters, whose stories
 * are set anywhere.
 */
const NEWSPAPERS: Record<string, string[]> = {
  IN: ["hindustantimes", "thehindu", "thehindubusinessline", "timesofindia", "indianexpress", "newindianexpress", "ndtv", "indiatoday", "deccanherald", "deccanchronicle", "livemint", "economictimes", "tribuneindia", "telegraphindia", "firstpost", "thequint", "news18", "moneycontrol", "businessstandard", "freepressjournal", "theprint", "outlookindia", "zeenews", "dnaindia", "orissapost", "assamtribune", "greaterkashmir"],
  PK: ["dawn", "geo", "brecorder", "thenewsinternational", "expresstribune", "pakobserver", "dunyanews", "arynews"],
  BD: ["thedailystar", "bdnews24", "dhakatribune", "tbsnews", "newagebd", "prothomalo"],
  NP: ["kathmandupost", "myrepublica", "thehimalayantimes"],
  LK: ["dailymirror"],
  ZA: ["news24", "iol", "timeslive", "dailymaverick", "sowetanlive", "businesslive", "ewn", "mailandguardian", "sabcnews"],
  KE: ["standardmedia", "businessdailyafrica", "citizendigital", "kenyans", "tuko", "nation.africa"],
  NG: ["punchng", "punch", "vanguardngr", "vanguard", "premiumtimesng", "premiumtimes", "thecable", "channelstv", "thisdaylive", "dailytrust", "thenationonlineng", "tribuneonlineng", "saharareporters"],
  GH: ["myjoyonline", "graphic", "citinewsroom", "ghanaweb", "modernghana", "dailyguidenetwork"],
  UG: ["newvision"],
  TZ: ["thecitizen", "dailynewstz", "ippmedia"],
  RW: ["newtimes"],
  ZW: ["zimlive"],
  ET: ["addisstandard", "thereporterethiopia"],
  IE: ["irishtimes", "theirishtimes", "irishexaminer", "irishindependent", "rte", "thejournal", "businesspost", "limerickleader", "connachttribune"],
  GB: ["theguardian", "bbc", "telegraph", "thetimes", "independent", "dailymail", "mirror", "express", "inews", "eveningstandard", "walesonline", "scotsman", "heraldscotland", "manchestereveningnews", "yorkshirepost", "thesun"],
  US: ["nytimes", "washingtonpost", "wsj", "latimes", "usatoday", "chicagotribune", "bostonglobe", "nypost", "cnn", "foxnews", "politico", "axios", "thehill", "miamiherald", "seattletimes", "startribune", "dallasnews", "houstonchronicle", "sfchronicle", "denverpost", "azcentral", "tampabay", "ajc", "oregonlive", "nola", "cleveland", "freep", "jsonline", "inquirer.com", "kxan", "khou", "wral"],
  AU: ["smh", "theage", "theaustralian", "couriermail", "heraldsun", "perthnow", "watoday", "brisbanetimes", "crikey", "sbs", "9news", "7news", "adelaidenow", "ntnews", "themercury", "canberratimes", "abc.net.au"],
  NZ: ["nzherald", "stuff", "rnz", "1news", "odt", "newshub"],
  CA: ["cbc", "theglobeandmail", "globeandmail", "torontostar", "nationalpost", "torontosun", "montrealgazette", "vancouversun", "calgaryherald", "edmontonjournal", "ottawacitizen", "macleans", "winnipegfreepress", "thechronicleherald"],
  SG: ["straitstimes", "todayonline", "businesstimes", "mothership"],
  MY: ["malaymail", "nst", "freemalaysiatoday", "malaysiakini", "theedgemalaysia", "thestar.com.my"],
  PH: ["inquirer", "philstar", "rappler", "gmanetwork", "abs-cbn", "abscbn", "manilatimes", "sunstar", "manilastandard", "businessmirror", "bworldonline"],
  ID: ["thejakartapost", "jakartapost", "jakartaglobe", "antaranews", "kompas"],
  TH: ["bangkokpost", "nationthailand", "thaipbsworld", "khaosodenglish"],
  VN: ["vnexpress", "tuoitrenews", "vietnamnews", "vietnamplus"],
  KH: ["khmertimeskh", "phnompenhpost"],
  MM: ["irrawaddy", "mizzima"],
  CN: ["chinadaily", "globaltimes", "ecns", "sixthtone"],
  HK: ["scmp", "hkfp"],
  TW: ["taipeitimes", "focustaiwan", "taiwannews"],
  JP: ["japantimes", "asahi", "mainichi", "japantoday", "yomiuri"],
  KR: ["koreaherald", "koreatimes", "koreajoongangdaily", "hankyoreh", "chosun"],
  AE: ["thenationalnews", "gulfnews", "khaleejtimes", "arabianbusiness", "emirates247"],
  SA: ["arabnews", "saudigazette"],
  QA: ["thepeninsulaqatar", "gulf-times", "qatar-tribune"],
  OM: ["timesofoman", "omanobserver"],
  KW: ["arabtimesonline", "timeskuwait"],
  BH: ["gdnonline", "newsofbahrain"],
  EG: ["egyptindependent", "dailynewsegypt", "egypttoday"],
  IL: ["timesofisrael", "jpost", "ynetnews"],
  TR: ["dailysabah", "hurriyetdailynews", "duvarenglish"],
  DE: ["spiegel", "faz", "tagesschau", "sueddeutsche"],
  FR: ["lemonde", "lefigaro", "liberation"],
  ES: ["elpais", "elmundo"],
  IT: ["corriere", "repubblica"],
  BR: ["folha", "estadao", "oglobo", "agenciabrasil", "agênciabrasil", "riotimesonline"],
  MX: ["milenio", "mexiconewsdaily"],
  AR: ["buenosairesherald", "batimes", "clarin"],
  CL: ["latercera", "emol"],
  CO: ["eltiempo", "elespectador"],
  PE: ["larepublica"],
  JM: ["jamaicaobserver", "jamaica-gleaner", "gleaner"],
  TT: ["trinidadexpress", "guardian.co.tt", "newsday.co.tt"],
};

const BY_STEM = new Map<string, string>();
for (const [code, stems] of Object.entries(NEWSPAPERS)) for (const stem of stems) BY_STEM.set(stem, code);

/**
 * The country of the paper a page's outlet line names: "The Irish Times" -> IE, "hindustantimes" -> IN,
 * "news24.com" -> ZA, "abc.net.au" -> AU; null when the line names no paper of the list. Tried as written without
 * spaces (with and without a leading "the"), then as the first word of a domain or hyphenated name.
 */
export function newspaperCountry(source: string | null | undefined): string | null {
  if (!source) return null;
  const lower = source.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "");
  if (lower.length === 0 || lower.length > 80) return null;
  const joined = lower.replace(/\s+/g, "");
  const host = joined.split("/")[0];
  const candidates = [host, host.replace(/^the/, ""), host.replace(/\.(?:com|net|org|co|news)(?:\.[a-z]{2})?$|\.[a-z]{2}$/, ""), host.split(/[-.]/)[0], host.split(/[-.]/)[0].replace(/^the/, "")];
  for (const c of candidates) {
    const code = BY_STEM.get(c);
    if (code) return code;
  }
  return null;
}

/**
 * Outlet names that papers or broadcasters in several countries share, with those countries: "ABC News" is the
 * Australian and the American broadcaster, "The Nation" a paper in Kenya, Nigeria, Pakistan and Thailand. The
 * name alone says nothing; with the story's own country among them, the outlet is that country's.
 */
const SHARED_NAMES: Record<string, string[]> = {
  abc: ["AU", "US"],
  abcnews: ["AU", "US"],
  nation: ["KE", "NG", "PK", "TH"],
  thenation: ["KE", "NG", "PK", "TH"],
  star: ["KE", "MY", "ZA", "CA", "GB"],
  thestar: ["KE", "MY", "ZA", "CA", "GB"],
  standard: ["KE", "GB", "HK", "ZW"],
  thestandard: ["KE", "GB", "HK", "ZW"],
  guardian: ["GB", "NG", "TT", "AU"],
  theguardian: ["GB", "NG", "TT", "AU"],
  herald: ["GB", "ZW", "AU", "NZ", "IE", "US"],
  theherald: ["GB", "ZW", "AU", "NZ", "IE", "US"],
  tribune: ["PK", "IN", "US", "PH", "NG"],
  thetribune: ["PK", "IN", "US", "PH", "NG"],
  dailystar: ["BD", "LB", "GB", "NG"],
  thedailystar: ["BD", "LB", "GB", "NG"],
  citizen: ["TZ", "ZA", "CA"],
  thecitizen: ["TZ", "ZA", "CA"],
  independent: ["GB", "IE", "UG", "BD"],
  sun: ["GB", "NG", "MY", "CA"],
  thesun: ["GB", "NG", "MY", "CA"],
};

/**
 * The country of an outlet whose name several countries' outlets share, when the story's own country is one of
 * them ("ABC News" on a story set in New South Wales is the Australian broadcaster), or, with no setting, when
 * the text names only one of them; else null.
 */
export function sharedOutletCountry(source: string | null | undefined, home: string | null, weights: ReadonlyMap<string, number> = new Map()): string | null {
  if (!source) return null;
  const joined = source.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[\s-]+/g, "");
  if (joined.length > 40) return null;
  const stem = joined.replace(/\.(?:com|net|org|co)(?:\.[a-z]{2})?$/, "").replace(/(?:news|online|media|digital)$/, "");
  const countries = SHARED_NAMES[joined] ?? SHARED_NAMES[stem] ?? SHARED_NAMES[stem.replace(/^the/, "")];
  if (!countries) return null;
  if (home) return countries.includes(home) ? home : null;
  // No setting is clear: the one sharer the text names at all, if only one is named.
  const named = countries.filter((c) => (weights.get(c) ?? 0) > 0);
  return named.length === 1 ? named[0] : null;
}
