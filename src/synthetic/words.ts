/** Word lists for the synthetic corpus: news-flavoured vocabulary, outlet domains and names. */

export const NOUNS = [
  "government", "ministry", "parliament", "election", "ceasefire", "border", "economy", "inflation", "budget", "army",
  "troops", "drones", "missiles", "refugees", "talks", "summit", "sanctions", "exports", "imports", "harvest",
  "pipeline", "port", "bank", "court", "verdict", "protest", "strike", "union", "wages", "vaccine",
  "hospital", "outbreak", "flood", "drought", "earthquake", "wildfire", "storm", "school", "university", "reform",
  "tariff", "currency", "market", "shares", "bond", "deficit", "treaty", "alliance", "embassy", "negotiators",
  "coalition", "opposition", "president", "minister", "general", "spokesman", "council", "agency", "satellite", "reactor",
  "grid", "blackout", "factory", "mine", "railway", "airport", "shipping", "convoy", "aid", "donors",
  "investigation", "scandal", "referendum", "constitution", "campaign", "voters", "poll", "turnout", "economy", "frontline",
  "offensive", "counteroffensive", "artillery", "shells", "tanks", "fighters", "militia", "police", "arrests", "prison",
  "journalists", "broadcaster", "platform", "regulator", "startup", "chipmaker", "carmaker", "oil", "gas", "grain",
];

export const VERBS = [
  "announced", "rejected", "approved", "warned", "signalled", "confirmed", "denied", "proposed", "delayed", "expanded",
  "cut", "raised", "blocked", "backed", "criticised", "welcomed", "launched", "suspended", "resumed", "extended",
  "negotiated", "reported", "estimated", "forecast", "pledged", "urged", "condemned", "investigated", "reviewed", "secured",
];

export const ADJECTIVES = [
  "new", "fresh", "major", "limited", "sweeping", "temporary", "regional", "national", "eastern", "western",
  "northern", "southern", "central", "rural", "urban", "military", "civilian", "economic", "political", "diplomatic",
  "emergency", "annual", "quarterly", "record", "historic", "controversial", "long-awaited", "surprise", "cautious", "fragile",
];

export const CONNECTORS = [
  "after", "before", "despite", "amid", "following", "ahead of", "in response to", "as part of", "during", "over",
];

export const QUOTE_OPENINGS = [
  "We will not accept", "There is no doubt about", "Our priority remains", "Nobody expected", "We are watching closely",
  "This is a turning point for", "It is too early to judge", "We have made progress on", "The risk is growing for",
  "Everyone understands the cost of", "We call on all sides to respect", "The numbers speak clearly about",
];

export const OUTLETS = [
  "reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com", "theguardian.com", "nytimes.com", "washingtonpost.com", "ft.com",
  "bloomberg.com", "dw.com", "france24.com", "kyivindependent.com", "thedefensepost.com", "politico.eu", "scmp.com", "japantimes.co.jp",
  "thehindu.com", "abc.net.au", "cbc.ca", "euronews.com", "rferl.org", "africanews.com", "mercopress.com", "straitstimes.com",
  "koreaherald.com", "timesofisrael.com", "dailysabah.com", "themoscowtimes.com", "lemonde.fr", "elpais.com", "spiegel.de", "ansa.it",
  "nation.africa", "dawn.com", "bangkokpost.com", "jakartapost.com", "rappler.com", "premiumtimesng.com", "news24.com", "batimes.com.ar",
];

export const FIRST_NAMES = [
  "Anna", "Boris", "Carlos", "Dmitro", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas", "Kemal", "Lucia", "Mateo", "Nadia",
  "Olga", "Pedro", "Qiang", "Rosa", "Samir", "Tomas", "Ursula", "Viktor", "Wei", "Ximena", "Yusuf", "Zofia", "Amara", "Bilal",
  "Chloe", "Daniel", "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia", "Kwame", "Leila", "Marek", "Nora", "Omar", "Priya",
  "Rafael", "Sofia", "Tariq", "Valentina", "William", "Yara", "Zainab", "Patrick", "Mariam", "Andrei", "Beatriz", "Chen",
];

export const LAST_NAMES = [
  "Kowalski", "Ivanenko", "Garcia", "Okafor", "Tanaka", "Schmidt", "Rossi", "Haddad", "Nguyen", "Petrov", "Silva", "Mensah",
  "Novak", "Fischer", "Dubois", "Yilmaz", "Kim", "Singh", "Mendes", "Hansen", "Costa", "Moreau", "Ahmed", "Lopez",
  "Bauer", "Kovacs", "Sato", "Ryder", "Osei", "Horvat", "Lindqvist", "Barros", "Castillo", "Demir", "Eriksen", "Farouk",
  "Gruber", "Hoffmann", "Ibrahim", "Jankowski", "Kariuki", "Larsen", "Marino", "Nakamura", "Oliveira", "Pereira", "Quispe",
  "Romero", "Shevchenko", "Torres", "Usman", "Vargas", "Weber", "Zhang",
];

export const PERSON_TITLES = [
  "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "Pentagon spokesman",
  "army spokesman", "central bank governor", "opposition leader", "mayor", "health minister", "UN envoy", "general",
  "chief executive", "analyst", "professor", "ambassador", "senator", "governor", "police chief",
];

export const ORGANISATION_KINDS = [
  "Ministry of Defence", "Foreign Ministry", "Central Bank", "Supreme Court", "National Police", "Electoral Commission",
  "Energy Agency", "Red Cross Society", "Chamber of Commerce", "Armed Forces", "Health Ministry", "Statistics Office",
  "Workers Union", "Space Agency", "Development Bank", "Border Guard",
];

export const CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CNY", "UAH", "INR", "RUB", "BRL", "CHF"];

export const COUNTED_THINGS = [
  "drones", "troops", "artillery shells", "refugees", "homes", "jobs", "tanks", "missiles", "voters", "patients",
  "students", "vehicles", "tonnes of grain", "barrels", "flights", "arrests", "casualties", "households", "ships", "schools",
];
