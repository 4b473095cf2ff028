import nlp from "compromise";
import { getGender } from "gender-detection-from-name";

// compromise ships a lexicon of a few thousand given names; it is read once, not run over text.
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;

function tagged(tag: RegExp): Set<string> {
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const t = Array.isArray(tags) ? tags.join(",") : tags;
    if (tag.test(t) && !word.includes(" ")) out.add(word);
  }
  return out;
}

/** Folded, lower-case given names ("patrick", "jose", "zoe"). */
export const FIRST_NAMES = tagged(/\b(?:FirstName|MaleName|FemaleName)\b/);
/** Folded, lower-case surnames compromise knows. */
export const LAST_NAMES = tagged(/\bLastName\b/);
/** Lower-case place names (cities, regions) that look like names when capitalised. */
export const PLACE_NAMES = tagged(/\b(?:City|Region|Place|Country)\b/);
for (const n of ["will", "may", "rose", "mark", "bill", "grant", "hope", "faith", "joy", "summer", "april", "june", "august", "chase", "guy", "art", "sky", "china", "georgia", "jordan", "israel", "india", "kenya", "paris", "sofia"]) FIRST_NAMES.delete(n);

// Words compromise knows as anything but a name or a place ("the", "said", "lake", "royal"): the registry name lists hold some.
const ORDINARY_WORDS = new Set<string>();
for (const [word, tags] of Object.entries(lexicon)) {
  if (!/\b(?:Person|FirstName|LastName|MaleName|FemaleName|City|Region|Country|Place)\b/.test(Array.isArray(tags) ? tags.join(",") : tags)) ORDINARY_WORDS.add(word);
}

/**
 * A folded, lower-case word that is a given name: compromise's list, or the census and registry lists of
 * gender-detection-from-name ("chidi", "haroon", "nasreen"), which reach far more African, Arabic and South
 * Asian names, less the ordinary words and particles those lists also hold.
 */
export function isGivenName(folded: string): boolean {
  if (FIRST_NAMES.has(folded)) return true;
  return folded.length >= 3 && !ORDINARY_WORDS.has(folded) && getGender(folded) !== "unknown";
}

/** Role words that make a title ("spokesman", "President", "Prime Minister"). */
export const ROLE_WORDS = new Set(
  (
    "president president-elect vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson " +
    "ambassador envoy senator sen. representative rep. congressman congresswoman lawmaker legislator mp governor gov. " +
    "mayor king queen prince princess emperor sultan emir sheikh pope cardinal archbishop bishop ayatollah imam rabbi " +
    "general gen. lieutenant lt. colonel col. major maj. admiral adm. commander captain capt. sergeant sgt. marshal " +
    // Ranks as British, South Asian and African copy abbreviates them, without full stops ("Lt Gen", "Brig", "Maj-Gen").
    "lt gen maj brig capt sgt cpl adm cdr lt-gen maj-gen brig-gen lt-col lt-cdr " +
    "commissioner director chief head leader lead chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder " +
    "executive officer official adviser advisor analyst economist professor prof. researcher scientist expert strategist " +
    "judge justice prosecutor attorney lawyer counsel investigator inspector detective superintendent constable " +
    "editor correspondent reporter journalist columnist anchor spokesperson aide deputy undersecretary under-secretary " +
    "negotiator mediator coordinator administrator manager owner partner president's diplomat consul attaché " +
    "speaker whip candidate nominee challenger incumbent activist campaigner organiser organizer student teacher " +
    "doctor dr. physician nurse surgeon resident farmer worker volunteer witness survivor victim mother father " +
    "dictator strongman monarch regent crown tsar czar dean rector provost principal treasurer auditor " +
    "comptroller controller registrar clerk steward secretary-general director-general commander-in-chief " +
    "mr. mrs. ms. sir dame lord lady baroness baron rev. reverend father sister brother gov premier-elect mr mrs ms dr " +
    "defender striker midfielder goalkeeper forward coach manager player captain champion filmmaker director actor " +
    "actress architect nun priest monk singer writer author novelist poet artist designer producer composer musician " +
    "photographer entrepreneur investor billionaire tycoon businessman businesswoman banker engineer vaccinator " +
    "historian scholar academic sociologist scientist epidemiologist virologist climatologist meteorologist " +
    // Scientists named by their field ("a hydrologist with the department", "the glaciologist Ana Ruiz").
    "hydrologist glaciologist geologist seismologist volcanologist biologist ecologist oceanographer geographer " +
    "chemist physicist geophysicist psychologist pathologist toxicologist anthropologist archaeologist zoologist botanist " +
    "spokesman spokeswoman commentator pundit trader dealer strategist founder owner chef athlete runner cyclist " +
    "swimmer boxer driver pilot seed skipper umpire referee playwright dancer rapper comedian astronaut cosmonaut boss cr cllr councillor councilor " +
    "politician parliamentarian taoiseach tánaiste ombudsman " +
    "mep mla msp bowler batsman batter opener spinner all-rounder wicketkeeper wicket-keeper paceman seamer " +
    "winger fullback full-back centre-back center-back wing-back quarterback pitcher catcher jockey sprinter keeper playmaker " +
    // Athletes named by their event ("Kenyan marathoner", "the Ethiopian steeplechaser", "Welsh fly-half").
    "marathoner hurdler steeplechaser jumper thrower decathlete heptathlete triathlete " +
    "footballer cricketer golfer rower sailor skater gymnast wrestler weightlifter fencer canoeist racer " +
    // "Polish climber", "Austrian skier", "the Japanese judoka", "South Korean infielder": athletes of mountain, snow, water, combat and field sports.
    "climber mountaineer skier snowboarder surfer rider judoka archer biathlete kickboxer yachtsman yachtswoman paddler diver shortstop infielder outfielder linebacker " +
    "fly-half flyhalf scrum-half scrumhalf flanker tennis-player newcomer debutant " +
    "politician parliamentarian statesman stateswoman councillor councilor councilman councilwoman councilmember councilperson selectman selectwoman assessor recorder supervisor alderman alderwoman retiree pensioner hotelier shopkeeper vendor fisherman fisher " +
    "coroner magistrate homeowner landlord tenant commuter parent grandmother grandfather taoiseach tánaiste sp cp dgp igp " +
    // Honorifics of West African and Malaysian copy ("Hon. Selorm Kudjoe", "Alhaji Musa Dantata", "Datuk Lim"), and county sheriffs.
    // People of trade and the land ("a Ugandan grain broker", "a Maasai herder"); "miner" and "exporter" name firms as often.
    "broker stockbroker rancher herder trucker " +
    "hon. hon alhaji alhaja hajia datuk dato datin sheriff " +
    // Nigerian and Ghanaian police ranks written before a name ("ACP Bello Danjuma", "DSP Ama Boateng", "DCOP Efua Mensah").
    "acp dcp csp dsp asp aig cop dcop " +
    // South African, Kenyan, Pakistani and Ghanaian offices written as abbreviations ("Transport MEC Bongani Zulu").
    "mec mca mna mpa dce mce ps " +
    // Indian civic offices ("corporator Sunita Pawar", "sarpanch Mohan Lal") and watchdog offices held by one person.
    "corporator sarpanch ombudsman ombudswoman ombudsperson auditor-general comptroller-general controller-general " +
    "accountant-general solicitor-general attorney-general inspector-general surveyor-general"
  ).split(" "),
);
// "Minister-designate for Lands", "Governor-elect Ada Obi": a nominee's or winner's suffix keeps the office's role.
for (const role of "minister commissioner governor mayor senator ambassador secretary chairman chairperson chief president premier speaker".split(" ")) {
  ROLE_WORDS.add(`${role}-designate`);
  ROLE_WORDS.add(`${role}-elect`);
}

/** Lower-case words allowed inside a title before the role word ("foreign policy chief", "former Prime Minister"). */
export const TITLE_MODIFIERS = new Set(
  (
    // "The Honourable Commissioner for Works": the courtesy of West African, Kenyan and Indian copy before an office.
    "honourable honorable " +
    "former acting interim deputy vice senior junior chief top lead leading principal assistant associate executive " +
    "managing general foreign defense defence interior finance economy economic trade justice health education " +
    "energy agriculture transport environment culture labour labor industry digital home security intelligence " +
    "military army naval navy air police press presidential national regional local state federal party opposition " +
    "parliamentary policy foreign-policy communications public media government ministry department prime supreme " +
    "high grand first second third special political legal medical science technology research investment market " +
    // Fields before a scientist ("Marine biologist Ana Ruiz", "a wildlife ecologist").
    "marine wildlife evolutionary molecular clinical forensic " +
    "markets chief-executive human rights climate nuclear campaign group union company bank central world " +
    "international global european finance-ministry diplomatic sales marketing operations strategy data " +
    "majority minority house senate committee council city county district provincial municipal village tribal " +
    "religious spiritual military-intelligence counter-terrorism counterterrorism border customs immigration tax " +
    "treasury budget fiscal monetary de facto self-proclaimed self-styled outgoing incoming longtime long-time " +
    "veteran retired ousted exiled jailed detained slain late newly elected appointed caretaker sports sport mines " +
    "mining tourism water oil commerce fisheries forestry housing transport communications culture heritage " +
    "agriculture interior infrastructure civil force synod conference football presiding founding managing transportation " +
    "supervising investigating examining ruling governing country information fire operating financial commercial technical " +
    // "three-time corporator", "two-term mayor": how often the holder has won or held the post.
    "two-time three-time four-time five-time six-time seven-time eight-time nine-time ten-time multiple-time first-time " +
    "one-term two-term three-term four-term five-term first-term second-term third-term " +
    // "the shadow foreign secretary": the opposition's spokesman on a portfolio.
    "shadow " +
    // "Dutch female marathoner", "Kenyan long-distance runner", "the women's 800m champion": a sports title's
    // sex, distance or discipline before the athlete's role.
    "female male women's men's long-distance middle-distance distance road track cross-country marathon half-marathon " +
    "world-record record-breaking reigning defending olympic sprint"
  ).split(" "),
);

/**
 * Roles written as abbreviations after "the" ("the IG said", "the CS said", "the DCE said"): a person named
 * before, never a body; some ("IG") open bodies' names elsewhere ("IG Metall"), so they are no title words.
 */
export const ROLE_ABBREVIATIONS = new Set(["ig", "igp", "cj", "cjp", "cji", "cs", "cm", "dce", "mce", "mmdce", "dgp", "mp", "mla", "mec", "td", "mca", "mna", "mpa", "pro", "ps", "pm", "dpm", "fm"]);

/**
 * Styles that open a full name and stay part of it in South Asian and Ghanaian copy ("Mian Tariq Durrani",
 * "Sardar Mehboob Jatoi", "Nana Kwadwo Appiah"): before a given name they say a person is named.
 */
export const NAME_STYLES = new Set(["mian", "rana", "sardar", "chaudhry", "chaudhary", "choudhury", "malik", "syed", "sayed", "pir", "makhdoom", "khawaja", "khwaja", "nawab", "raja", "begum", "nana", "togbe", "naa"]);

/** Roles held on another country's soil: "ambassador to Kenya" serves there and belongs to the sending state. */
/**
 * Plural nouns for a body's staff: who speak for it ("analysts at X", "X economists" … "they said") and whose
 * nationality before them is the body's ("Romanian prosecutors from DIICOT"). Workers and employees are left out:
 * a foreign firm hires local staff, whose nationality is not the firm's.
 */
export const STAFF_PLURALS = new Set([
  "analysts", "economists", "strategists", "researchers", "officials", "executives", "spokespeople", "representatives", "lawyers", "scientists", "engineers", "experts",
  "prosecutors", "investigators", "officers", "inspectors", "diplomats", "auditors", "regulators", "agents", "detectives",
]);
export const ENVOY_ROLES = new Set(["ambassador", "envoy", "commissioner", "consul", "consul-general", "representative", "emissary", "delegate", "attaché", "attache", "nuncio"]);

/** Kin a person has and a body has not ("Obinna Chukwu and his wife", "Sukarno and her sons"). */
export const KIN_NOUNS = new Set(
  ("wife husband son sons daughter daughters child children mother father parents brother brothers sister sisters " +
    "family widow widower grandson granddaughter grandchildren grandmother grandfather niece nephew uncle aunt cousin fiancé fiancée partner baby twins")
    .split(" "),
);

/** Lower-case particles inside a European or Filipino surname ("du Plessis", "van der Berg", "de los Reyes", "delos Santos"). */
export const SURNAME_PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "le", "la", "los", "las", "delos", "dela"]);
/** The same, with the Arabic and Spanish particles that join a name's parts ("al", "bin", "y"). */
export const NAME_JOINING_PARTICLES = new Set([...SURNAME_PARTICLES, "al", "el", "bin", "ibn", "y"]);
