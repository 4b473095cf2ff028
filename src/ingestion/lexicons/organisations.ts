/** A well-known organisation: canonical name, other names it goes by, and its seat (null for international bodies). */
import { commonWords, isPersonLikeName, townCountries } from "../gazetteers/places";
import { NAMED_LEGISLATURES } from "./legislatures";
import { NEWS_OUTLETS } from "./news-outlets";

export interface KnownOrganisation {
  name: string;
  aliases: string[];
  /** Seat; null for international bodies, undefined when the name alone does not say ("Treasury"). */
  country: string | null | undefined;
}

const KNOWN: Array<[string, string | null | undefined, string[]]> = [
  // Government seats and institutions
  ["Pentagon", "US", ["Department of Defense", "Defense Department", "U.S. Department of Defense", "DoD"]],
  ["White House", "US", []],
  ["Kremlin", "RU", []],
  ["State Department", "US", ["U.S. State Department", "US State Department", "Department of State"]],
  ["Justice Department", "US", ["Department of Justice", "DOJ"]],
  ["Treasury Department", "US", ["US Treasury", "U.S. Treasury", "Department of the Treasury"]],
  ["Treasury", undefined, []],
  ["NHS", "GB", ["National Health Service"]],
  ["Department of Homeland Security", "US", ["Homeland Security Department", "DHS"]],
  // "the Energy Department said" in a story from Karnataka or Manila is that state's or country's own: the name
  // alone does not say, and a US story gives it the US as its setting.
  ["Department of Energy", undefined, ["Energy Department"]],
  ["U.S. Department of Energy", "US", ["US Department of Energy", "U.S. Energy Department", "US Energy Department"]],
  // "Congress" alone is the story's country's (the US legislature, India's party); the US one named as such is US.
  ["Congress", undefined, []],
  ["U.S. Congress", "US", ["US Congress"]],
  ["Federal Reserve", "US", ["Fed", "US Federal Reserve", "U.S. Federal Reserve"]],
  ["FBI", "US", ["Federal Bureau of Investigation"]],
  ["CIA", "US", ["Central Intelligence Agency"]],
  ["NASA", "US", []],
  ["Securities and Exchange Commission", "US", ["SEC"]],
  ["Food and Drug Administration", "US", ["FDA"]],
  ["Centers for Disease Control and Prevention", "US", ["CDC"]],
  ["Africa Centres for Disease Control and Prevention", null, ["Africa CDC", "Africa Centers for Disease Control and Prevention"]],
  ["National Hurricane Center", "US", []],
  ["National Weather Service", "US", []],
  ["Federal Emergency Management Agency", "US", ["FEMA"]],
  ["U.S. Geological Survey", "US", ["US Geological Survey", "United States Geological Survey", "USGS"]],
  ["Met Office", "GB", []],
  ["Met Éireann", "IE", ["Met Eireann"]],
  ["Garda Síochána", "IE", ["Gardaí", "Garda", "An Garda Síochána"]],
  ["Dáil", "IE", ["Dáil Éireann"]],
  ["Oireachtas", "IE", []],
  // Parties whose names are not English words; Sinn Féin stands on both sides of the Irish border.
  ["Sinn Féin", undefined, ["Sinn Fein"]], ["Fianna Fáil", "IE", ["Fianna Fail"]], ["Fine Gael", "IE", []],
  // South Asian parties of one name in Pakistan, Bangladesh and India: the story's country's.
  ["Jamaat-e-Islami", undefined, ["Jamaat-i-Islami", "Jamaat-e-Islami Pakistan", "Bangladesh Jamaat-e-Islami"]],
  ["Jamiat Ulema-e-Islam", "PK", ["Jamiat Ulema-e-Islam-Fazl", "JUI-F"]],
  ["Lok Sabha", "IN", []],
  ["Rajya Sabha", "IN", []],
  ["Downing Street", "GB", ["No. 10", "Number 10"]],
  // Britain's, Pakistan's and Germany's foreign ministries are all "the Foreign Office": alone, it is the story's country's.
  ["Foreign, Commonwealth and Development Office", "GB", ["FCDO"]],
  ["Foreign Office", undefined, []],
  ["Bank of England", "GB", []],
  ["Élysée", "FR", ["Elysee", "Élysée Palace", "Elysee Palace"]],
  ["Quai d'Orsay", "FR", []],
  ["Bundestag", "DE", []],
  ["Bundeswehr", "DE", []],
  ["Bundesbank", "DE", []],
  ["Knesset", "IL", []],
  ["Israel Defense Forces", "IL", ["IDF", "Israeli Defense Forces"]],
  ["Mossad", "IL", []],
  ["State Duma", "RU", ["Duma"]],
  ["FSB", "RU", ["Federal Security Service"]],
  ["Gazprom", "RU", []],
  ["Rosatom", "RU", []],
  ["Wagner Group", "RU", []],
  ["Verkhovna Rada", "UA", ["Rada"]],
  ["SBU", "UA", ["Security Service of Ukraine"]],
  ["People's Liberation Army", "CN", ["PLA"]],
  ["Chinese Communist Party", "CN", ["Communist Party of China", "CCP", "CPC"]],
  ["Zhongnanhai", "CN", []],
  ["People's Bank of China", "CN", ["PBOC"]],
  ["Bank of Japan", "JP", ["BOJ"]],
  ["Reserve Bank of India", "IN", ["RBI"]],
  ["Blue House", "KR", []],
  ["Hamas", "PS", []],
  ["Palestinian Authority", "PS", []],
  ["Hezbollah", "LB", ["Hizbollah"]],
  ["Houthis", "YE", ["Houthi", "Ansar Allah"]],
  ["Taliban", "AF", []],
  // Sudan's paramilitary; its acronym is also Reporters Without Borders', so only a bracket after the full name joins "RSF".
  ["Rapid Support Forces", "SD", []],
  ["Islamic Revolutionary Guard Corps", "IR", ["IRGC", "Revolutionary Guards"]],
  // News agencies and outlets
  ["KCNA", "KP", ["Korean Central News Agency"]],
  ["Yonhap", "KR", ["Yonhap News Agency"]],
  ["Xinhua", "CN", ["Xinhua News Agency"]],
  ["TASS", "RU", []],
  ["RIA Novosti", "RU", []],
  ["Interfax", "RU", []],
  ["Ukrinform", "UA", []],
  ["Reuters", "GB", []],
  ["Agence France-Presse", "FR", ["AFP"]],
  ["Associated Press", "US", ["AP"]],
  ["Bloomberg", "US", []],
  ["BBC", "GB", []],
  ["CNN", "US", []],
  ["Al Jazeera", "QA", []],
  ["NHK", "JP", []],
  ["The Canadian Press", "CA", ["Canadian Press"]], ["Press Trust of India", "IN", ["PTI"]], ["Kyodo News", "JP", ["Kyodo"]],
  ["ANSA", "IT", []], ["EFE", "ES", []], ["dpa", "DE", ["Deutsche Presse-Agentur"]], ["PA Media", "GB", []],
  ["Australian Associated Press", "AU", ["AAP"]], ["Anadolu Agency", "TR", ["Anadolu"]], ["IRNA", "IR", ["Islamic Republic News Agency"]],
  ["RTÉ", "IE", ["RTE"]], ["SABC", "ZA", []], ["News Agency of Nigeria", "NG", []], ["Kenya News Agency", "KE", []],
  ["Agência Brasil", "BR", []], ["Lusa", "PT", []], ["CBC", "CA", []], ["Radio-Canada", "CA", []],
  // Universities news names short, with no "University" to mark them ("Dr. Lee of Caltech", "researchers at ETH Zurich").
  ["Caltech", "US", ["California Institute of Technology"]], ["MIT", "US", ["Massachusetts Institute of Technology"]], ["UCLA", "US", []],
  ["UCL", "GB", ["University College London"]], ["LSE", "GB", ["London School of Economics"]], ["ETH Zurich", "CH", []], ["EPFL", "CH", []],
  ["KU Leuven", "BE", []], ["Karolinska Institutet", "SE", ["Karolinska Institute"]], ["KAIST", "KR", []], ["Sciences Po", "FR", []],
  // National agencies that work abroad (aid, development finance, law enforcement): their country wherever the
  // story is set ("JICA's representative in Manila", "the DEA's agent in Mexico City").
  ["Japan International Cooperation Agency", "JP", ["JICA", "Jica"]],
  ["Korea International Cooperation Agency", "KR", ["KOICA", "Koica"]],
  ["US Agency for International Development", "US", ["USAID", "U.S. Agency for International Development", "United States Agency for International Development"]],
  ["King Salman Humanitarian Aid and Relief Centre", "SA", ["KSrelief", "King Salman Humanitarian Aid and Relief Center"]],
  ["Drug Enforcement Administration", "US", ["DEA", "U.S. Drug Enforcement Administration", "US Drug Enforcement Administration"]],
  ["Deutsche Gesellschaft für Internationale Zusammenarbeit", "DE", ["GIZ"]],
  ["Turkish Cooperation and Coordination Agency", "TR", ["TIKA"]],
  ["Norwegian Agency for Development Cooperation", "NO", ["Norad"]],
  ["Millennium Challenge Corporation", "US", []],
  ["Peace Corps", "US", []],
  // International bodies
  ["United Nations", null, ["UN", "U.N."]],
  ["UN Security Council", null, ["Security Council", "U.N. Security Council", "United Nations Security Council"]],
  ["UN General Assembly", null, ["General Assembly", "United Nations General Assembly"]],
  ["NATO", null, ["North Atlantic Treaty Organization", "Nato"]],
  ["European Union", null, ["EU", "E.U."]],
  ["European Commission", null, []],
  ["European Parliament", null, []],
  ["European Council", null, []],
  ["European Central Bank", null, ["ECB"]],
  ["International Monetary Fund", null, ["IMF"]],
  ["World Bank", null, []],
  // Multilateral lenders: owned by many states, no one country's ("a Nigerian economist at Afreximbank").
  ["African Export-Import Bank", null, ["Afreximbank"]],
  ["African Development Bank", null, ["AfDB"]],
  ["Asian Development Bank", null, []],
  ["Asian Infrastructure Investment Bank", null, ["AIIB"]],
  ["Islamic Development Bank", null, ["IsDB"]],
  ["Inter-American Development Bank", null, ["IADB"]],
  ["European Investment Bank", null, ["EIB"]],
  ["European Bank for Reconstruction and Development", null, ["EBRD"]],
  ["New Development Bank", null, []],
  ["Caribbean Development Bank", null, []],
  ["Arab Monetary Fund", null, []],
  ["OPEC Fund for International Development", null, ["OPEC Fund"]],
  ["Trade and Development Bank", null, ["TDB Group"]],
  ["World Trade Organization", null, ["WTO"]],
  ["World Health Organization", null, ["WHO"]],
  ["International Atomic Energy Agency", null, ["IAEA"]],
  ["International Criminal Court", null, ["ICC"]],
  ["International Court of Justice", null, ["ICJ"]],
  ["African Union", null, []],
  ["ASEAN", null, ["Association of Southeast Asian Nations"]],
  ["OPEC", null, ["Organization of the Petroleum Exporting Countries"]],
  ["OSCE", null, ["Organization for Security and Co-operation in Europe"]],
  ["G7", null, ["Group of Seven"]],
  ["G20", null, ["Group of 20"]],
  ["Interpol", null, []],
  ["Europol", null, []],
  ["Eurostat", null, []],
  ["Frontex", null, []],
  ["UNESCO", null, []],
  ["World Food Programme", null, ["WFP", "World Food Program"]],
  ["International Energy Agency", null, ["IEA"]],
  ["Intergovernmental Panel on Climate Change", null, ["IPCC"]],
  ["International Olympic Committee", null, ["IOC"]],
  ["FIFA", null, ["Fifa"]],
  ["UEFA", null, ["Uefa"]],
  // National football leagues that run as bodies of their own ("the Bundesliga club", "La Liga said").
  ["Bundesliga", "DE", []], ["La Liga", "ES", ["LaLiga"]], ["Eredivisie", "NL", []], ["Ligue 1", "FR", []],
  ["Serie A", "IT", []],
  // National sides by the nicknames sports copy calls them ("Springboks coach …", "Super Eagles striker …"): the
  // side is its country's, and so are its players and staff. Nicknames that clubs share ("Warriors", "Tigers") are out.
  ["Springboks", "ZA", ["Boks"]], ["All Blacks", "NZ", []], ["Wallabies", "AU", []], ["Flying Fijians", "FJ", []],
  ["Manu Samoa", "WS", []], ["Brave Blossoms", "JP", []], ["Los Pumas", "AR", []],
  ["Super Eagles", "NG", []], ["Super Falcons", "NG", []], ["Black Stars", "GH", []], ["Black Queens", "GH", []],
  ["Harambee Stars", "KE", []], ["Harambee Starlets", "KE", []], ["Bafana Bafana", "ZA", []], ["Banyana Banyana", "ZA", []],
  ["Atlas Lions", "MA", []], ["Indomitable Lions", "CM", []], ["Chipolopolo", "ZM", []], ["Uganda Cranes", "UG", []],
  ["Taifa Stars", "TZ", []], ["Socceroos", "AU", []], ["Matildas", "AU", []], ["All Whites", "NZ", []],
  ["Football Ferns", "NZ", []], ["Silver Ferns", "NZ", []], ["Black Caps", "NZ", ["BlackCaps"]], ["White Ferns", "NZ", []],
  ["Proteas", "ZA", []], ["Azzurri", "IT", []], ["Seleção", "BR", ["Selecao"]], ["Samurai Blue", "JP", []],
  ["Taegeuk Warriors", "KR", []], ["El Tri", "MX", []], ["Three Lions", "GB", []],
  ["JAXA", "JP", ["Japan Aerospace Exploration Agency"]],
  ["ISRO", "IN", ["Indian Space Research Organisation"]],
  ["Goldman Sachs", "US", []],
  ["JPMorgan", "US", ["JPMorgan Chase", "JP Morgan"]],
  ["Deutsche Bahn", "DE", []],
  ["Deutsche Bank", "DE", []],
  ["Red Cross", null, ["International Committee of the Red Cross", "ICRC"]],
  ["UNICEF", null, []],
  ["UNHCR", null, ["UN refugee agency"]],
  // UN missions and agencies: international bodies even where a national story names them
  ["MONUSCO", null, []], ["UNMISS", null, []], ["MINUSCA", null, []], ["MINUSMA", null, []], ["UNIFIL", null, []],
  ["UNAMA", null, []], ["UNSOM", null, []], ["UNAMI", null, []], ["OCHA", null, []], ["UNDP", null, []], ["UNFPA", null, []],
  ["UNRWA", null, []], ["UNEP", null, []], ["UN Women", null, []], ["UNAIDS", null, []], ["FAO", null, ["Food and Agriculture Organization"]],
  ["International Organization for Migration", null, ["IOM"]], ["International Labour Organization", null, ["ILO"]],
  ["Amnesty International", null, []],
  ["Human Rights Watch", null, []],
  ["Council of Europe", null, []],
  ["Arab League", null, []],
  ["Gulf Cooperation Council", null, ["GCC"]],
  // Regional blocs, by the names copy gives them ("the ECOWAS Commission", "SADC leaders").
  ["Economic Community of West African States", null, ["ECOWAS", "Ecowas"]],
  ["Southern African Development Community", null, ["SADC"]],
  ["East African Community", null, []],
  ["Common Market for Eastern and Southern Africa", null, ["COMESA", "Comesa"]],
  ["Intergovernmental Authority on Development", null, ["IGAD"]],
  ["Economic Community of Central African States", null, ["ECCAS"]],
  ["Caribbean Community", null, ["CARICOM", "Caricom"]],
  ["Mercosur", null, ["Mercosul"]],
  ["Asia-Pacific Economic Cooperation", null, ["APEC"]],
  ["BRICS", null, []],
  ["Shanghai Cooperation Organisation", null, ["Shanghai Cooperation Organization"]],
  ["Pacific Islands Forum", null, []],
  ["Organisation for Economic Co-operation and Development", null, ["OECD"]],
  // Football clubs often in the news (names that are not also places or people)
  ["Arsenal", "GB", ["Arsenal FC"]], ["Tottenham Hotspur", "GB", ["Tottenham", "Spurs"]], ["Manchester United", "GB", ["Man United", "Man Utd"]],
  ["Manchester City", "GB", ["Man City"]], ["Liverpool FC", "GB", []], ["Chelsea FC", "GB", []], ["Newcastle United", "GB", []],
  ["Aston Villa", "GB", []], ["West Ham United", "GB", ["West Ham"]], ["Celtic", "GB", []],
  ["Bayern Munich", "DE", ["Bayern", "FC Bayern", "Bayern München", "FC Bayern Munich"]], ["Borussia Dortmund", "DE", []],
  ["Bayer Leverkusen", "DE", []], ["RB Leipzig", "DE", []], ["Real Madrid", "ES", []], ["Atlético Madrid", "ES", ["Atletico Madrid"]],
  ["FC Barcelona", "ES", ["Barça", "Barca"]], ["Juventus", "IT", []], ["Inter Milan", "IT", ["Internazionale"]], ["AC Milan", "IT", []],
  ["AS Roma", "IT", []], ["Paris Saint-Germain", "FR", ["PSG"]], ["Olympique de Marseille", "FR", []], ["Olympique Lyonnais", "FR", []],
  ["Benfica", "PT", ["SL Benfica"]], ["Sporting CP", "PT", ["Sporting Lisbon"]], ["FC Porto", "PT", []], ["Ajax", "NL", []],
  ["PSV Eindhoven", "NL", ["PSV"]], ["Feyenoord", "NL", []], ["Galatasaray", "TR", []], ["Fenerbahçe", "TR", ["Fenerbahce"]],
  ["Boca Juniors", "AR", []], ["River Plate", "AR", []], ["Flamengo", "BR", []], ["Palmeiras", "BR", []],
  ["Al Hilal", "SA", ["Al-Hilal"]], ["Al Nassr", "SA", ["Al-Nassr"]], ["Club Brugge", "BE", []], ["Anderlecht", "BE", []],
  ["Shakhtar Donetsk", "UA", []], ["Dynamo Kyiv", "UA", []], ["Red Bull Salzburg", "AT", []], ["Inter Miami", "US", []],
  // Companies often in the news
  ["Boeing", "US", []], ["Lockheed Martin", "US", []], ["Raytheon", "US", ["RTX"]], ["General Dynamics", "US", []],
  ["Northrop Grumman", "US", []], ["Google", "US", ["Alphabet"]], ["Microsoft", "US", []],
  ["Tesla", "US", []], ["OpenAI", "US", []], ["Nvidia", "US", []],
  ["Samsung", "KR", ["Samsung Electronics"]], ["Hyundai", "KR", []], ["Huawei", "CN", []], ["Toyota", "JP", []],
  ["Sony", "JP", []], ["Airbus", null, []], ["Volkswagen", "DE", []], ["Siemens", "DE", []], ["Rheinmetall", "DE", []],
  ["BAE Systems", "GB", []], ["BP", "GB", []], ["TotalEnergies", "FR", []], ["Saudi Aramco", "SA", ["Aramco"]],
  ["TSMC", "TW", ["Taiwan Semiconductor Manufacturing Company"]],
];

/** Surface form (as written) -> the organisation it names. */
export const KNOWN_ORGANISATIONS = new Map<string, KnownOrganisation>();
export let KNOWN_ORGANISATION_MAX_WORDS = 1;
/**
 * "Unicef", "Nato", "Asean": British and Commonwealth house style writes an acronym said as a word with one capital.
 * International bodies' acronyms of four letters or more take that form too, unless it is an English word, a
 * person's name or a town's, or a listed name already. (National outlets' and firms' are left out: "Sana", "Wafa",
 * "Hina" are given names too.)
 */
function wordForm(surface: string): string | null {
  if (!/^[A-Z]{4,}$/.test(surface)) return null;
  const form = surface[0] + surface.slice(1).toLowerCase();
  return commonWords().has(form.toLowerCase()) || isPersonLikeName(form) || townCountries(form) ? null : form;
}

for (const [name, country, aliases] of [...KNOWN, ...NEWS_OUTLETS, ...NAMED_LEGISLATURES]) {
  if (KNOWN_ORGANISATIONS.has(name)) continue;
  const org: KnownOrganisation = { name, aliases, country };
  const surfaces = [name, ...aliases];
  for (const surface of country === null ? [name, ...aliases] : []) {
    const form = wordForm(surface);
    if (form && !surfaces.includes(form)) surfaces.push(form);
  }
  for (const surface of surfaces) {
    if (surface !== name && !aliases.includes(surface) && KNOWN_ORGANISATIONS.has(surface)) continue;
    KNOWN_ORGANISATIONS.set(surface, org);
    KNOWN_ORGANISATION_MAX_WORDS = Math.max(KNOWN_ORGANISATION_MAX_WORDS, surface.split(" ").length);
  }
}

/**
 * Last words of company names in German, Dutch, Nordic, Italian, Spanish and Portuguese, where English would say
 * Drives, Works, Group or Industries ("Rheinwerk Antriebe", "Hafen Werke", "Vossberg Gruppe", "Ferri Industrie").
 */
export const FOREIGN_COMPANY_HEADS = (
  "Antriebe Werke Gruppe Gruppen Groep Konzern Maschinenbau Anlagenbau Versicherung Versicherungen Verkehrsbetriebe " +
  "Stadtwerke Industrie Industria Industrias Indústrias " +
  // German trades' compounds for a maker's field ("Rhein Antriebstechnik", "Lahn Medizintechnik", "Isar Stahlbau").
  "Technik Antriebstechnik Fahrzeugtechnik Medizintechnik Umwelttechnik Elektrotechnik Fördertechnik Verfahrenstechnik " +
  "Messtechnik Lasertechnik Energietechnik Antriebssysteme Maschinenfabrik Elektronik Stahlbau Metallbau Fahrzeugbau"
).split(" ");

/** Capitalised last words that make a name an organisation ("Central Election Commission"). */
export const ORGANISATION_HEADS = new Set(
  (
    "Ministry Commission Council Committee Panel Taskforce Agency Department Office Bank Party Army Forces Force Navy Corporation Corp. " +
    "Corp Inc Inc. Ltd Ltd. LLC PLC Group Company Co. Co University College Court Parliament Assembly Police Organization " +
    "Organisation Union Association Institute Foundation Fund Authority Service Services Administration Bureau Board " +
    "Senate Congress Cabinet Guard Guards Front Movement Rally Alliance Ambulance Holding Motor Coalition Federation League Network Agency Tribunal " +
    "Bloc Commission Corps Command Directorate Secretariat Superintendency Superintendence Inspectorate Trust Society Centre Center Airlines Airways Holdings " +
    "Industries Systems Technologies Motors Energy Electric Bank Capital Partners Watch Times Post Journal News Herald " +
    "Telegraph Guardian Observer Gazette Tribune Review Hospital Church Coalition Caucus Regime Junta Brigade Battalion " +
    "Division Regiment Fleet Reserve Exchange Institution Initiative Programme Program Project Club Academy School " +
    "Laboratory Lab Labs Observatory Conference Council Chamber Agency Mission Embassy Consulate Prosecutor's Prosecutors " +
    "Mining Minerals Metals Semiconductor Semiconductors Research Museum Festival Pictures Studios Films Aerospace " +
    "Construction Engineering Pharmaceuticals Pharma Therapeutics Biotech Robotics Software Solutions Logistics " +
    "Shipping Petroleum Oil Gas Steel Chemicals Foods Brewery Insurance Securities Investments Ventures Laboratories " +
    "Telecom Communications Media Entertainment Records Publishing Bahn Rail Railways Railway Aviation Dynamics " +
    "Electronics Technologies Tech Digital Associates Consulting Advisors Bancorp Financial Holdings Controller " +
    "Operator Authority Commissioner's Ombudsman Inspectorate Registry Observatory Parliament Community Collective " +
    "Forum Cooperative Co-operative Syndicate Confederation Consortium Ltd Limited Corp Plc AG SA GmbH NV BV " +
    "Intelligence Insights Analytics Economics Advisory Unit Radio Television Broadcasting Broadcaster Resources Networks " +
    "Patrol FM TV Schools Tourism Terminals Lines Enterprise Enterprises Investigations Regulator " +
    // Last words of South Asian parties, fronts, councils and assemblies ("Shiv Sena", "Janata Dal", "Jharkhand
    // Mukti Morcha", "Bharat Rashtra Samithi", "Dravida Munnetra Kazhagam", "Lok Sabha", "Podujana Peramuna"); they
    // end the name, so "Sena Bhavan" (the party's building) is none.
    "Sena Dal Morcha Sangh Samiti Samithi Kazhagam Parishad Sabha Mahasabha Manch Aghadi Sangathan Tehreek Tehrik " +
    "Peramuna Balawegaya Katchi " +
    // Legal forms of companies in Malaysia, Indonesia, Italy, the Nordics and Japan ("KTM Berhad", "Astra Tbk").
    "Berhad Bhd Bhd. Tbk SpA S.p.A. ASA Oyj Abp Platform Platforms Societies " +
    // Last words of football clubs' names ("Shamrock Rovers", "Bolton Wanderers", "Oldham Athletic", "Brighton & Hove Albion").
    "Rovers Wanderers Rangers Athletic Albion Hotspur " +
    // A local council named by its place ("Tarkwa Nsuaem Municipality", "Kiambu Municipality").
    "Municipality"
  ).split(" ").concat(FOREIGN_COMPANY_HEADS),
);

/**
 * Last words of a utility's name after its place ("Kenya Power", "Johannesburg Water", "Hokkaido Electric
 * Power"), a state's health department ("Queensland Health", "NSW Health") and a province's wildfire service
 * ("Alberta Wildfire"): a body only behind a known
 * country or place, as "Power", "Water" and "Health" alone are ordinary words.
 */
export const UTILITY_HEADS = new Set(["Power", "Water", "Electricity", "Transit", "Hydro", "Health", "Wildfire"]);

/**
 * Heads of organisation names in other languages (Spanish, Portuguese, French, Italian, German, Dutch):
 * they make a capitalised run an organisation wherever they stand ("Instituto Clima Aberto").
 */
/** Japanese firms' trade words, written last ("Mizuho Denki", "Kanto Kogyo", "Sumida Shoji", "Hino Jidosha"). */
export const JAPANESE_COMPANY_WORDS = new Set("Denki Denko Kogyo Shoji Sangyo Jidosha Tekko Kensetsu Seisakusho Seiyaku Shoken Ginko Kaiun Unyu Denryoku".split(" "));

export const FOREIGN_ORGANISATION_HEADS = new Set(
  (
    "Instituto Institut Instituut Istituto Agencia Agência Agence Agenzia Banco Banque Banca Comisión Comissão Commission " +
    "Commissione Ministerio Ministério Ministère Ministero Ministerium Société Sociedad Sociedade Società Universidad " +
    "Universidade Université Università Universität Secretaría Secretaria Fundación Fundação Fondation Fondazione " +
    "Stiftung Corporación Corporação Compañía Companhia Compagnie Empresa Grupo Groupe Gruppo Partido Parti Partito " +
    "Frente Movimiento Movimento Mouvement Sindicato Syndicat Sindacato Confederación Confederação Confédération " +
    "Federación Federação Fédération Federazione Asociación Associação Association Associazione Consejo Conselho Conseil " +
    "Consiglio Servicio Serviço Servizio Bundesamt Verband Gesellschaft Kommission Organización Organização Organisation " +
    "Autoridad Autoridade Autorité Direction Dirección Direção Assemblée Asamblea Assembleia Caisse Caja Caixa Tribunal " +
    "Corte Cour Procuraduría Fiscalía Defensoría Coordinadora Coordenação Observatorio Observatório Colectivo Coletivo " +
    "Collectif Cooperativa Coopérative Centro Centre Escuela Escola École Hospital Hôpital Ospedale Petróleos Electricidad " +
    "Unión União Contraloría Controladoria Superintendencia Superintendência " +
    // Swahili, Malay and Indonesian, Turkish, Dutch and Nordic heads ("Chama cha Mapinduzi", "Suruhanjaya Tenaga").
    "Chama Jumuiya Shirika Partai Persatuan Kesatuan Jabatan Kementerian Lembaga Perbadanan Suruhanjaya Partisi " +
    "Bakanlığı Kurumu Derneği Vakfı Birliği Odası Partij Partiet Tecnológico Tecnologico Politécnico Politecnico " +
    // Indonesian and Malay civic heads, written first ("Koalisi Udara Bersih", "Yayasan Lestari", "Serikat Buruh Tani").
    "Badan Koalisi Yayasan Perkumpulan Perhimpunan Aliansi Serikat Gerakan Ikatan Himpunan Asosiasi Komisi Konfederasi Federasi Jaringan Majelis " +
    // Tagalog ones ("Samahan ng Magsasaka", "Kilusang Mayo Uno").
    "Samahan Kilusan Kilusang Alyansa Pederasyon Kapisanan Bangko " +
    // Company forms written before the name ("PT Vale Indonesia", "JSC Uzbekistan Railways").
    "PT JSC PJSC OJSC " +
    // Irish heads of state bodies ("An Bord Pleanála", "Bord na Móna", "Bord Bia").
    "Bord"
  )
    .split(" ")
    .concat([...JAPANESE_COMPANY_WORDS]),
);

/** First words of storms and natural events: never an organisation ("Cyclone Mele, which …"). */
export const EVENT_FIRST_WORDS = new Set(
  "Cyclone Typhoon Hurricane Storm Tropical Tornado Volcano Mount Mt. Lake River Operation Tsunami Earthquake Wildfire Fire Flood Flooding Drought El La".split(" "),
);

/**
 * Last words of events' names: a trade fair, a summit or games is held, not an actor ("the China-ASEAN Expo, which
 * closed on Tuesday", "the G20 Summit"). A festival is kept: news names it as the body that awards its prizes.
 */
export const EVENT_HEADS = new Set("Expo Exposition Summit Games Olympics Paralympics Olympiad Fair Championships Marathon Exhibition Biennale Biennial Regatta Jamboree Address".split(" "));

/** Heads of a body's own meeting when an acronym of that body opens the name ("the ANC National Conference"). */
export const GATHERING_HEADS = new Set(["Conference", "Convention", "Congress", "Indaba", "Retreat", "Rally"]);

/** Lower-case nouns that, after a capitalised name, mark it as an organisation ("the Civic Renewal party"). */
export const ORGANISATION_TRAILING_NOUNS = new Set(
  "party coalition group movement alliance rebels company firm agency network bloc union militia organisation organization association foundation institute campaign faction outlet newspaper magazine tabloid weekly broadcaster channel bank lender insurer airline carrier manufacturer maker startup watchdog regulator charity consortium conglomerate club shipyard yard".split(
    " ",
  ),
);

/** Lower-case heads of bodies named by a country ("the South Korean foreign ministry"); true = needs a modifier. */
export const GOVERNMENT_BODY_HEADS = new Map<string, boolean>([
  ["ministry", false], ["embassy", false], ["consulate", false],
  ["navy", false], ["force", true], ["bank", true], ["agency", true], ["conference", true], ["guard", true],
  ["office", true], ["regulator", true], ["watchdog", true], ["service", true], ["council", true], ["committee", true],
]);
/** Lower-case words that may stand between the country and the head ("foreign", "defence", "air"). */
export const GOVERNMENT_BODY_MODIFIERS = new Set(
  (
    "foreign defense defence interior finance economy economic trade commerce justice health education energy " +
    "agriculture transport transportation environment culture labour labor industry digital home emergency " +
    "emergencies unification information mines mining oil petroleum water tourism sports sport fisheries forestry " +
    "science technology communications telecommunications infrastructure housing land social welfare veterans " +
    "immigration customs tax treasury intelligence security air central coast border national space nuclear news " +
    "statistics statistical meteorological weather weather-service competition antitrust financial banking " +
    "bishops' bishops catholic state development planning family women youth culture-ministry"
  ).split(" "),
);

/** Lower-case nouns that, right before a capitalised name, say it is an organisation ("state miner Gécamines"). */
export const ORGANISATION_PRECEDING_NOUNS = new Set(
  (
    "miner company firm group union charity newspaper daily broadcaster pollster agency regulator watchdog lender bank " +
    "insurer carrier airline operator developer maker manufacturer startup start-up broker brokerage consultancy " +
    "network channel magazine journal outlet tabloid club side team party coalition movement alliance organisation " +
    "organization association federation institute foundation think-tank thinktank utility retailer supermarket " +
    "chain conglomerate giant producer exporter importer shipper automaker carmaker chipmaker drugmaker lobby " +
    "planemaker shipbuilder shipyard refiner supplier contractor telco telecoms cooperative co-op collective " +
    "state-owned state-run government-owned family-owned privately-owned publicly-listed listed-company nonprofit " +
    "non-profit ngo utility outfit firm insurer publisher subsidiary affiliate champions giants holders rivals side " +
    // Trades whose noun names a business, not a person ("the Danish brewer Carlsvik Group", "Swiss fintech Paylane").
    "brewer brewery distiller distillery winery bottler steelmaker fintech biotech e-tailer telecom hauler haulier " +
    "processor packer meatpacker canner buyer"
  ).split(" "),
);

/** All-capitals words that are not organisations. */
export const NON_ORGANISATION_ACRONYMS = new Set(
  (
    "CEO CFO COO CTO CIO GDP GNP GSDP GSDP GST HST PST OLED AMOLED LED LCD CS AI TV PM AM MP MPS MEP MEPS UK US USA UAE DRC PRC OK ID PC VAT IT PR HR IQ DNA RNA " +
    "HIV AIDS COVID COVID-19 SARS GMT UTC BST EST EDT CET CEST PT PST ET NB FAQ PHD MBA BA MA BSC MSC IPO ETF LNG LPG " +
    "CO2 EV EVS SUV GPS USB SMS PDF URL HTML API ICU ER VIP UFO NGO NGOS WWII II III IV VI VII VIII IX XI XII XIII XIV " +
    "XV XX XXI AM FM KM KG MW GW KWH MWH GWH TWH BPD OPEC+ DPRK ROK RSS OMG LOL TBA TBC AD BC CE BCE ATM SIM CCTV IVF " +
    "GCSE SAT ESG CBD LGBT LGBTQ LGBTQ+ BLM MAGA GOP DIY FYI RIP Q1 Q2 Q3 Q4 H1 H2 AGM EGM APR CPI PPI PMI ESA CFA " +
    "LNG LPG GW MW SAN SC BL KC QC TD MLA MLC MSP MHA MNA MPP OBE CBE MBE KBE DBE CMG KCMG GCMG AO OAM PSM APM ONZM MNZM CNZM KNZM QSO " +
    // "G.S. Patel and Kamal Khata, JJ.": Indian law reports' post-nominal for a bench of justices.
    "JJ " +
    // Common nouns of health, money and business written as capitals ("their GP", "FX gains", "SME lending").
    "GP GPS FX PPE OPD A&E KPI SME SMES EBITDA EPS FDI NPA NPL NPLS FY EMI YOY IOU " +
    // Business terms with an ampersand or a digit ("its R&D centre", "M&A advisers", "a Q&A", "B2B sales").
    "R&D M&A Q&A P&L B2B B2C " +
    // Terms of accounts, shipping and medicine ("EBIT of $1.1 billion", "$350 per TEU", "MMR shots", "out of ED").
    "EBIT EBITA EBT ROE ROI ROA CAGR TEU TEUS FEU DWT MMR MRI ECG EEG ED " +
    // Documents and degrees written with a lower-case letter inside ("signed an MoU", "the LoI", "her PhD").
    "MoU MoUs MOU MOUS MoA MoAs LoI LoIs PhD PhDs " +
    // Plurals of elected offices ("She told MSPs", "Opposition MLAs walked out", "MEPs voted").
    "MPs MSPs MLAs MLCs MEPs MPPs MNAs MHAs MHKs TDs MCAs MCAS MLAS MSPS " +
    // Australian states written short ("in northwest WA", "across the NT"), which name places, not bodies.
    "WA NT"
  ).split(" "),
);
