/**
 * The world's national news agencies and public or leading broadcasters: a closed class that wire copy names
 * as a source ("told X", "X reported", "X quoted him as saying"), with each one's seat. Names that are also
 * common words, places or people's names ("Petra", "Tempo", "MAP", "ABC", "CNA") are given only in full.
 * Each entry: canonical name, seat, other names it goes by.
 */
export const NEWS_OUTLETS: Array<[string, string, string[]]> = [
  // Americas
  ["United Press International", "US", ["UPI"]], ["NPR", "US", ["National Public Radio"]], ["PBS", "US", []],
  ["ABC News", "US", []], ["CBS News", "US", []], ["NBC News", "US", []], ["Fox News", "US", []], ["CNBC", "US", []],
  ["MSNBC", "US", []], ["Voice of America", "US", ["VOA"]], ["Prensa Latina", "CU", []], ["Notimex", "MX", []],
  ["Televisa", "MX", []], ["Télam", "AR", ["Telam"]], ["Agencia Andina", "PE", []], ["GloboNews", "BR", []],
  ["TV Globo", "BR", ["Globo"]], ["Agência Estado", "BR", ["Agencia Estado"]], ["Caracol Radio", "CO", []],
  ["Caracol Televisión", "CO", ["Caracol TV"]], ["CTV News", "CA", []], ["Global News", "CA", []],
  // Europe
  ["Sky News", "GB", []], ["ITV News", "GB", []], ["Press Association", "GB", []], ["France 24", "FR", []],
  ["Radio France Internationale", "FR", ["RFI"]], ["BFMTV", "FR", []], ["ARD", "DE", []], ["ZDF", "DE", []], ["Bayerischer Rundfunk", "DE", []], ["Westdeutscher Rundfunk", "DE", ["WDR"]], ["Norddeutscher Rundfunk", "DE", ["NDR"]],
  ["Deutsche Welle", "DE", ["DW"]], ["Austria Presse Agentur", "AT", []], ["ORF", "AT", []], ["Keystone-SDA", "CH", []],
  ["Belga", "BE", []], ["ANP", "NL", []], ["NOS", "NL", []], ["SVT", "SE", []], ["NRK", "NO", []], ["NTB", "NO", []],
  ["Ritzau", "DK", []], ["Yle", "FI", ["YLE"]], ["Polish Press Agency", "PL", ["PAP"]], ["TVN24", "PL", []],
  ["TVP", "PL", []], ["Polsat", "PL", []], ["RMF FM", "PL", []], ["ČTK", "CZ", ["CTK"]], ["Czech Television", "CZ", []],
  ["TASR", "SK", []], ["MTI", "HU", []], ["Agerpres", "RO", []], ["BTA", "BG", []], ["Tanjug", "RS", []],
  ["HINA", "HR", []], ["ANA-MPA", "GR", []], ["ERT", "GR", []], ["RAI", "IT", []], ["Mediaset", "IT", []],
  ["Adnkronos", "IT", []], ["Europa Press", "ES", []], ["RTVE", "ES", []], ["Cadena SER", "ES", []], ["RTP", "PT", []],
  ["Suspilne", "UA", []], ["UNIAN", "UA", []], ["Ukrainska Pravda", "UA", []], ["Interfax-Ukraine", "UA", []],
  ["BelTA", "BY", ["Belta"]], ["Sputnik", "RU", []], ["Kommersant", "RU", []], ["Vedomosti", "RU", []],
  ["TRT", "TR", ["TRT World", "TRT Haber"]], ["Demirören News Agency", "TR", ["DHA"]], ["İhlas News Agency", "TR", ["IHA", "İHA"]],
  // Middle East and Africa
  ["WAM", "AE", ["Emirates News Agency"]], ["Saudi Press Agency", "SA", ["SPA"]], ["QNA", "QA", ["Qatar News Agency"]],
  ["KUNA", "KW", ["Kuwait News Agency"]], ["Bahrain News Agency", "BH", []], ["Oman News Agency", "OM", []],
  ["Jordan News Agency", "JO", []], ["SANA", "SY", []], ["National News Agency", "LB", []],
  ["Middle East News Agency", "EG", []], ["Ahram Online", "EG", ["Al-Ahram", "Al Ahram"]], ["Al Arabiya", "SA", []],
  ["Asharq Al-Awsat", "SA", []], ["ISNA", "IR", []], ["Fars News Agency", "IR", []], ["Tasnim", "IR", ["Tasnim News Agency"]],
  ["Mehr News Agency", "IR", []], ["Press TV", "IR", []], ["IRIB", "IR", []], ["Rudaw", "IQ", []], ["Kurdistan24", "IQ", []],
  ["WAFA", "PS", []], ["Haaretz", "IL", []], ["Algérie Presse Service", "DZ", ["Algerie Presse Service"]],
  ["Maghreb Arab Press", "MA", []], ["Tunis Afrique Presse", "TN", []], ["SUNA", "SD", []],
  ["Ethiopian News Agency", "ET", []], ["Fana Broadcasting Corporate", "ET", []], ["Kenya Broadcasting Corporation", "KE", ["KBC"]],
  ["Nation Media Group", "KE", []], ["Citizen TV", "KE", []], ["Uganda Broadcasting Corporation", "UG", ["UBC"]],
  ["New Vision", "UG", []], ["Rwanda Broadcasting Agency", "RW", ["RBA"]], ["Channels Television", "NG", ["Channels TV"]],
  ["Nigerian Television Authority", "NG", ["NTA"]], ["Premium Times", "NG", []], ["Ghana News Agency", "GH", ["GNA"]],
  ["Ghana Broadcasting Corporation", "GH", ["GBC"]], ["JoyNews", "GH", ["Joy News"]], ["Citi FM", "GH", []],
  ["Agence de Presse Sénégalaise", "SN", []], ["ZBC", "ZW", ["Zimbabwe Broadcasting Corporation"]], ["ZNBC", "ZM", []],
  ["ANGOP", "AO", []], ["eNCA", "ZA", []], ["News24", "ZA", []], ["NAMPA", "NA", []],
  // Asia and the Pacific
  ["Asian News International", "IN", ["ANI"]], ["IANS", "IN", []], ["United News of India", "IN", ["UNI"]],
  ["Doordarshan", "IN", []], ["NDTV", "IN", []], ["All India Radio", "IN", []], ["Associated Press of Pakistan", "PK", ["APP"]],
  ["Geo News", "PK", []], ["Radio Pakistan", "PK", []], ["PTV", "PK", []], ["BSS", "BD", ["Bangladesh Sangbad Sangstha"]],
  ["United News of Bangladesh", "BD", ["UNB"]], ["Rastriya Samachar Samiti", "NP", []], ["CGTN", "CN", []],
  ["China Central Television", "CN", []], ["Global Times", "CN", []], ["China Daily", "CN", []], ["People's Daily", "CN", []],
  ["Caixin", "CN", []], ["Central News Agency", "TW", []], ["Channel NewsAsia", "SG", []], ["Mediacorp", "SG", []],
  ["Bernama", "MY", []], ["Astro Awani", "MY", []], ["Malaysiakini", "MY", []], ["Antara", "ID", ["Antara News Agency"]],
  ["Kompas", "ID", []], ["Philippine News Agency", "PH", ["PNA"]], ["ABS-CBN", "PH", []], ["GMA News", "PH", []],
  ["Rappler", "PH", []], ["Vietnam News Agency", "VN", ["VNA"]], ["VnExpress", "VN", []], ["Tuoi Tre", "VN", []],
  ["VTV", "VN", []], ["MCOT", "TH", []], ["Thai PBS", "TH", []], ["Agence Kampuchea Presse", "KH", []],
  ["Jiji Press", "JP", ["Jiji"]], ["Nikkei", "JP", []], ["Asahi Shimbun", "JP", []], ["Yomiuri Shimbun", "JP", []],
  ["KBS", "KR", []], ["MBC", "KR", []], ["Kazinform", "KZ", []], ["AKIpress", "KG", []], ["TOLOnews", "AF", ["Tolo News"]],
  ["Pajhwok", "AF", ["Pajhwok Afghan News"]], ["Australian Broadcasting Corporation", "AU", []],
  ["RNZ", "NZ", ["Radio New Zealand"]], ["TVNZ", "NZ", []], ["Newshub", "NZ", []], ["Fiji Broadcasting Corporation", "FJ", []],
];
