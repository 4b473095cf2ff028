/**
 * National and regional newspapers and news sites, by the stem of their name or domain, with the country they
 * are published in: a closed class, like the agencies and broadcasters in news-outlets.ts. A page's outlet line
 * ("The Irish Times", "hindustantimes", "news24.com") says where the outlet writes from when its domain has no
 * country code. Names that several countries' papers share ("Nation", "Standard", "Tribune", "Herald", "The
 * Star", "Daily Star" in Britain) are left out, and so are world wire agencies and broadcasters (Reuters, AFP,
 * Xinhua, Anadolu), whose stories are set anywhere; a national agency that writes mostly from home (Yonhap,
 * Kyodo, PTI, Bernama, Antara) is in, and a story it files from abroad says so in its dateline.
 */
const NEWSPAPERS: Record<string, string[]> = {
  IN: ["ptinews", "presstrustofindia", "aninews", "hindustantimes", "thehindu", "thehindubusinessline", "timesofindia", "indianexpress", "newindianexpress", "ndtv", "indiatoday", "deccanherald", "deccanchronicle", "livemint", "economictimes", "tribuneindia", "telegraphindia", "firstpost", "thequint", "news18", "moneycontrol", "businessstandard", "freepressjournal", "theprint", "outlookindia", "zeenews", "dnaindia", "orissapost", "assamtribune", "greaterkashmir", "thestatesman", "thewire", "scroll", "thenewsminute", "mathrubhumi", "onmanorama", "telanganatoday", "thehansindia", "siasat", "lokmattimes", "mid-day", "midday", "financialexpress", "businesstoday"],
  PK: ["dawn", "geo", "brecorder", "thenewsinternational", "expresstribune", "pakobserver", "dunyanews", "arynews", "nation.com.pk", "tribune.com.pk", "samaa", "bolnews", "pakistantoday", "thefridaytimes"],
  BD: ["thedailystar", "bdnews24", "dhakatribune", "tbsnews", "newagebd", "prothomalo", "thefinancialexpress.com.bd", "risingbd", "unb", "observerbd", "newnation"],
  NP: ["kathmandupost", "myrepublica", "thehimalayantimes", "risingnepaldaily", "nepalitimes"],
  LK: ["dailymirror", "dailymirror.lk", "sundaytimes.lk", "island", "ft.lk", "newsfirst", "adaderana"],
  ZA: ["news24", "iol", "timeslive", "dailymaverick", "sowetanlive", "businesslive", "ewn", "mailandguardian", "sabcnews", "citizen.co.za", "sowetan", "thesouthafrican", "groundup", "dailydispatch", "heraldlive", "news24.com"],
  KE: ["standardmedia", "businessdailyafrica", "citizendigital", "kenyans", "tuko", "nation.africa", "the-star.co.ke", "capitalfm", "kbc", "kenyanews", "nairobinews", "businessdaily"],
  NG: ["punchng", "punch", "vanguardngr", "vanguard", "premiumtimesng", "premiumtimes", "thecable", "channelstv", "thisdaylive", "dailytrust", "thenationonlineng", "tribuneonlineng", "saharareporters", "guardian.ng", "leadership", "dailypost", "sunnewsonline", "businessday", "nairametrics", "independent.ng", "blueprint", "dailynigerian", "ripplesnigeria"],
  GH: ["myjoyonline", "graphic", "citinewsroom", "ghanaweb", "modernghana", "dailyguidenetwork", "ghanaiantimes", "citifmonline", "graphiconline", "graphic.com.gh", "starrfm", "pulse.com.gh", "3news", "asaaseradio"],
  UG: ["newvision", "nilepost", "observer.ug", "chimpreports"],
  TZ: ["thecitizen", "dailynewstz", "ippmedia", "dailynews.co.tz"],
  RW: ["newtimes"],
  ZW: ["zimlive", "herald.co.zw", "newsday.co.zw", "newzimbabwe", "chronicle.co.zw"],
  ET: ["addisstandard", "thereporterethiopia"],
  IE: ["irishtimes", "theirishtimes", "irishexaminer", "irishindependent", "rte", "thejournal", "businesspost", "limerickleader", "connachttribune", "independent.ie", "irishmirror", "breakingnews", "irishcentral", "thejournal.ie", "echolive", "galwaydaily", "dublinlive"],
  GB: ["theguardian", "bbc", "telegraph", "thetimes", "independent", "dailymail", "mirror", "express", "inews", "eveningstandard", "walesonline", "scotsman", "heraldscotland", "manchestereveningnews", "yorkshirepost", "thesun"],
  US: ["nytimes", "washingtonpost", "wsj", "latimes", "usatoday", "chicagotribune", "bostonglobe", "nypost", "cnn", "foxnews", "politico", "axios", "thehill", "miamiherald", "seattletimes", "startribune", "dallasnews", "houstonchronicle", "sfchronicle", "denverpost", "azcentral", "tampabay", "ajc", "oregonlive", "nola", "cleveland", "freep", "jsonline", "inquirer.com", "kxan", "khou", "wral", "star-telegram", "sacbee", "kansascity", "charlotteobserver", "newsobserver", "arkansasonline", "stltoday", "post-gazette", "baltimoresun", "courant", "omaha", "desmoinesregister", "tennessean", "indystar", "cincinnati", "jacksonville", "orlandosentinel", "sun-sentinel", "palmbeachpost", "savannahnow", "macon", "telegraph.com", "augustachronicle", "ledger-enquirer", "gwinnettdailypost"],
  AU: ["smh", "theage", "theaustralian", "couriermail", "heraldsun", "perthnow", "watoday", "brisbanetimes", "crikey", "sbs", "9news", "7news", "adelaidenow", "ntnews", "themercury", "canberratimes", "abc.net.au", "news.com.au", "thewest", "goldcoastbulletin", "townsvillebulletin", "geelongadvertiser"],
  NZ: ["nzherald", "stuff", "rnz", "1news", "odt", "newshub", "thespinoff", "newsroom.co.nz", "stuff.co.nz", "nzherald.co.nz", "otagodailytimes", "gisborneherald"],
  CA: ["cbc", "theglobeandmail", "globeandmail", "torontostar", "nationalpost", "torontosun", "montrealgazette", "vancouversun", "calgaryherald", "edmontonjournal", "ottawacitizen", "macleans", "winnipegfreepress", "thechronicleherald", "ctvnews", "globalnews", "thestar.com", "lapresse", "cp24", "thetyee", "vancouverisawesome", "timescolonist", "leaderpost", "thestarphoenix"],
  SG: ["straitstimes", "todayonline", "businesstimes", "mothership"],
  MY: ["malaymail", "nst", "freemalaysiatoday", "malaysiakini", "theedgemalaysia", "thestar.com.my", "bernama", "malaysianow", "thesundaily", "sinardaily", "utusan", "thevibes"],
  PH: ["inquirer", "philstar", "rappler", "gmanetwork", "abs-cbn", "abscbn", "manilatimes", "sunstar", "manilastandard", "businessmirror", "bworldonline", "pna", "newsinfo", "mb.com.ph", "manilabulletin", "interaksyon"],
  ID: ["thejakartapost", "jakartapost", "jakartaglobe", "antaranews", "kompas", "tempo", "tempo.co", "detik", "thejakartaglobe", "kompas.com", "liputan6", "okezone"],
  TH: ["bangkokpost", "nationthailand", "thaipbsworld", "khaosodenglish", "thethaiger", "matichon"],
  VN: ["vnexpress", "tuoitrenews", "vietnamnews", "vietnamplus", "vir", "vietnamnet", "saigoneer", "hanoitimes", "thanhniennews"],
  KH: ["khmertimeskh", "phnompenhpost"],
  MM: ["irrawaddy", "mizzima"],
  CN: ["chinadaily", "globaltimes", "ecns", "sixthtone"],
  HK: ["scmp", "hkfp"],
  TW: ["taipeitimes", "focustaiwan", "taiwannews"],
  JP: ["kyodo", "kyodonews", "nhk", "japantimes", "asahi", "mainichi", "japantoday", "yomiuri", "nikkei", "asia.nikkei", "nippon", "japannews", "japannews.yomiuri", "thejapannews"],
  KR: ["yonhap", "yonhapnewsagency", "yna", "koreaherald", "koreatimes", "koreajoongangdaily", "hankyoreh", "chosun", "joongang", "donga", "hani", "kedglobal", "businesskorea"],
  AE: ["thenationalnews", "gulfnews", "khaleejtimes", "arabianbusiness", "emirates247", "khaleejtimes.com"],
  SA: ["arabnews", "saudigazette", "spa", "okaz"],
  QA: ["thepeninsulaqatar", "gulf-times", "qatar-tribune"],
  OM: ["timesofoman", "omanobserver"],
  KW: ["arabtimesonline", "timeskuwait"],
  BH: ["gdnonline", "newsofbahrain"],
  EG: ["egyptindependent", "dailynewsegypt", "egypttoday", "ahram", "ahramonline", "english.ahram", "madamasr", "egyptianstreets", "egyptian-gazette", "egyptiangazette"],
  IL: ["timesofisrael", "jpost", "ynetnews", "haaretz", "israelhayom"],
  TR: ["dailysabah", "hurriyetdailynews", "duvarenglish", "aa.com.tr", "hurriyet", "turkiyetoday"],
  DE: ["spiegel", "faz", "tagesschau", "sueddeutsche", "welt", "zeit", "handelsblatt", "thelocal.de"],
  FR: ["lemonde", "lefigaro", "liberation", "thelocal.fr", "ouest-france", "leparisien"],
  ES: ["elpais", "elmundo"],
  IT: ["corriere", "repubblica"],
  BR: ["folha", "estadao", "oglobo", "agenciabrasil", "agênciabrasil", "riotimesonline", "g1", "uol", "valor", "correiobraziliense", "braziljournal"],
  MX: ["milenio", "mexiconewsdaily", "eluniversal", "reforma", "elfinanciero", "jornada", "excelsior"],
  AR: ["buenosairesherald", "batimes", "clarin", "lanacion", "infobae", "pagina12", "ambito"],
  CL: ["latercera", "emol"],
  CO: ["eltiempo", "elespectador"],
  PE: ["larepublica"],
  ZM: ["lusakatimes", "znbc", "diggers"],
  MW: ["nyasatimes"],
  PL: ["notesfrompoland", "tvpworld", "wyborcza", "rp.pl", "pap", "polandin", "wbj", "warsawbusinessjournal"],
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
  // "CBC News", "Straits Times Online": an outlet line names the stem before a word for news.
  const named = joined.replace(/(?:news|online|live)$/, "");
  const candidates = [host, host.replace(/^the/, ""), host.replace(/\.(?:com|net|org|co|news)(?:\.[a-z]{2})?$|\.[a-z]{2}$/, ""), host.split(/[-.]/)[0], host.split(/[-.]/)[0].replace(/^the/, ""), named, named.replace(/^the/, "")];
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
  national: ["AE", "GB", "PG"],
  thenational: ["AE", "GB", "PG"],
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
