/**
 * Words that make a capitalised name a place, not a person: the generic geographic nouns that open place names
 * in other languages ("Cerro Blanco", "Kuala Krai", "Wadi Rum"), and English heads of places, schools and courses
 * that end them ("Entoto Ridge", "Hillcrest Primary"). Closed classes; the given names among them ("Rio", "Isla",
 * "Sierra", "Costa") are left out.
 */
export const PLACE_FIRST_WORDS = new Set(
  (
    // Spanish, Portuguese, Italian, French
    "Cerro Monte Mont Río Lago Puerto Porto Playa Bahía Valle Ciudad Nueva Nuevo Laguna Arroyo Quebrada Ilha Serra " +
    // Mountain ranges and peaks of the Andes and Central America ("Cordillera Blanca", "Nevado Huascarán").
    "Cordillera Nevado Volcán Altiplano " +
    // Malay and Indonesian
    "Hulu Ulu Kuala Sungai Bukit Pulau Gunung Kampung Kampong Tanjung Teluk Bandar Pantai Batu Kg " +
    // Arabic, Hebrew, Thai, German
    "Jebel Jabal Wadi Deir Kafr Khao Sankt"
  ).split(" "),
);

export const PLACE_LAST_WORDS = new Set(
  (
    "Ridge Primary Secondary Infants Juniors Academy School Mine Mines Dam Reserve Falls Plateau Heights Gardens " +
    "Junction Crossing Creek Cove Pass Peak Gorge Course Trail Quarry Colliery Estuary Lagoon Wetlands Area Airport"
  ).split(" "),
);

/**
 * Heads of harbour works ("Alexandra Dock", "Queen's Wharf", "Victoria Harbour"): a place even after a given name,
 * since none of them is a surname news writes after a given name.
 */
export const HARBOUR_HEADS = new Set("Dock Docks Quay Quays Wharf Wharves Harbour Harbor Pier Jetty Port Berth Marina".split(" "));

/** Nouns for the people who live somewhere: "residents of X" names a place X, not an actor. */
export const RESIDENT_NOUNS = new Set(["residents", "inhabitants", "villagers", "townspeople", "dwellers", "natives"]);

/** Last words of newspapers' names ("the Daily Sentinel", "the Kisumu Gazette"); a given name before one makes a person. */
export const PUBLICATION_HEADS = new Set(
  (
    "Sentinel Gazette Tribune Chronicle Telegraph Courier Monitor Inquirer Examiner Dispatch Bulletin Argus Mirror " +
    "Gleaner Advertiser Recorder Observer Herald Times Post Journal Express Standard Nation Newsday Star Record Wire Newswire"
  ).split(" "),
);

/**
 * Adjectives of world regions that the country lexicon has no entry for ("the Scandinavian firm", "a Nordic
 * lender", "Balkan carriers"): alone they describe a body, never name one. Closed class.
 */
export const REGION_ADJECTIVES = new Set(
  (
    "Scandinavian Nordic Baltic Balkan Iberian Slavic Benelux Levantine Maghrebi Sahelian Andean Amazonian " +
    "Mediterranean Caribbean Antipodean Anglophone Francophone Lusophone Hispanic Transatlantic Subcontinental"
  ).split(" "),
);

/**
 * World regions a business names its regional unit after ("Transmar Iberia", "Nordchem Benelux", "Solvik Europe",
 * "Kestrel Asia Pacific", "Brenntag Americas"): the last word of such a unit's name. Closed class; "Pacific" and
 * "East" only as the second word of a two-word region ("Asia Pacific", "Middle East").
 */
export const BUSINESS_REGIONS = new Set(
  ("Europe Iberia Benelux Americas Nordic Nordics Scandinavia EMEA APAC LatAm DACH Eurasia Oceania " +
    "Asia-Pacific").split(" "),
);

/** Two-word regions of business units, by their last word: "Asia Pacific", "Middle East", "North America", "Latin America". */
export const BUSINESS_REGION_PAIRS = new Map<string, ReadonlySet<string>>([
  ["Pacific", new Set(["Asia"])],
  ["East", new Set(["Middle"])],
  ["America", new Set(["North", "Latin", "South"])],
  ["Africa", new Set(["Sub-Saharan", "West", "East", "Southern"])],
]);

/** Words that make a region a place, not a unit's qualifier: "Eastern Europe", "Central Asia Pacific". */
export const REGION_QUALIFIERS = new Set(
  "Eastern Western Northern Southern Central North South East West Continental Greater Latin Mainland Rural Coastal".split(" "),
);

/**
 * Counties written after "Co" or "Co." in Irish and British papers ("Co Cork", "Co. Tyrone", "Co Durham"): the
 * abbreviation of "County" there, not a company's "Co". A closed class: the island of Ireland's 32 counties and
 * the English counties papers write with "Co".
 */
export const CO_COUNTIES = new Set(
  (
    "Antrim Armagh Carlow Cavan Clare Cork Derry Londonderry Donegal Down Dublin Fermanagh Galway Kerry Kildare Kilkenny " +
    "Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone Waterford " +
    "Westmeath Wexford Wicklow Durham"
  ).split(" "),
);
