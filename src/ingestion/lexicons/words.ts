/** Capitalised words that start sentences or fill titles but are never part of a name. */
export const NON_NAME_WORDS = new Set(
  (
    "The A An This That These Those There Here It Its It's I I'm I've We We're We've You He She They His Her Their Our " +
    "My Your Them Him Us But And Or Nor So Yet If In On At By For From With Without As After Before When While Where " +
    "Why How What Which Who Whom Whose Meanwhile However Although Though Because Since Until Unless Despite During " +
    // A lead's participle opens no name ("Addressing the Bar Association, the judge said").
    "Addressing Responding Commenting Reacting Referring Replying Briefing Announcing Explaining Welcoming Inaugurating " +
    "Speaking According Earlier Later Last Next Apart Also Still Even Just Only Then Now Today Tomorrow Yesterday " +
    "Tonight Some Many Most All Both Each Every Such Other Another Several Few More Less One Two Three Four Five Six " +
    "Seven Eight Nine Ten Once Twice First Second Third Under Over Into Onto Through Throughout Across Among Amid " +
    "Against Between Beyond Within Around About Above Below Near Like Unlike Instead Indeed Overall Still Yes No Not " +
    "Nothing Everyone Everything Nobody Somebody Someone Anyone Anything Please Thank Thanks Dear Madam Read " +
    "Sent Part Asked Told Said Says Asked Following Given Including Regarding Amid Further Furthermore " +
    "Moreover Additionally Overall Separately Similarly Likewise Nevertheless Nonetheless Otherwise Elsewhere Currently " +
    "Recently Previously Initially Finally Eventually Ultimately Clearly Obviously Perhaps Maybe Already Again Instead " +
    "Let Let's Don't Doesn't Didn't Isn't Aren't Wasn't Weren't Won't Can't Couldn't Shouldn't Wouldn't Haven't Hasn't " +
    "Hadn't Ever Never Always Often Sometimes Rather Whether Either Neither Much Very Too Well Far Back Out Up Down Off " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
  ).split(" "),
);

/** The days of the week, capitalised as written. */
export const WEEKDAY_WORDS = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

export const MONTH_WORDS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

/** Capitalised nouns that make a phrase a place, event, law or thing rather than a person. */
export const NON_PERSON_NOUNS = new Set(
  (
    "Campus Township Suburb Estate Village Market Mall Camp Ward Quarter Niño Niña Nacional " +
    // Health copy's diseases and the efforts against them ("Ebola Virus Disease", "the Mpox Response").
    "Disease Diseases Virus Fever Syndrome Outbreak Epidemic Pandemic Response Vaccine " +
    "Avenue Street Square River Sea Ocean Lake Mountains Mountain Island Islands Province Region Oblast District City " +
    // Transport and industry sites of trade copy ("Ben Thanh Terminal", "Cai Mep Terminal", "Pasir Ris Interchange").
    "Terminal Terminals Interchange Depot Wharf Pier Jetty Quay Berth Junction Expressway Tunnel Dam Refinery Smelter " +
    "Airport Station Bridge Road Highway Park Prairie Wildfire Fire Palace Tower Hall Centre Center Day War Wars Act Bill Law Treaty " +
    "Agreement Accord Plan Summit Games Cup Olympics Prize Award Awards Festival Conference Forum Declaration " +
    "Convention Strait Gulf Bay Peninsula Desert Valley Basin Canal Coast Border Front Line Zone Corridor Port " +
    "Harbour Harbor Beach Hill Hills County Shire State States Republic Kingdom Empire Commonwealth Union Federation Oblast Krai " +
    "Reading Readings Revolution Crisis Index Report Survey Programme Program Project Operation Initiative Strategy " +
    "Doctrine Pact Deal Budget Fund Grants Grid Power Rate Rates Hike Bill Bills Church Cathedral Mosque Temple Stadium " +
    "Arena Museum Gallery Theatre Theater Hotel Restaurant Prison Camp Base Fortress Media Online Daily Weekly " +
    "Monthly Magazine Business Radio Television TV Channel Network Times Post Journal News Herald Express Mail Standard " +
    "Security Defense Defence Affairs Economy Finance Energy Health Education Justice Interior Foreign Policy " +
    "Western Eastern Northern Southern Central Middle Far Near North South East West Upper Lower Greater Old New " +
    "Democrats Republicans Government Regulation Regulations Directive Ordinance Decree Charter Constitution " +
    "Statute Protocol Framework Amendment Index League Championship Championships Trophy Tournament " +
    // Pacts and gatherings of diplomatic copy ("the Trans-Pacific Partnership", "the Pacific Islands Leaders Meeting").
    "Partnership Partnerships Meeting Meetings Dialogue Symposium Roundtable Ceremony " +
    "Parliament Ministry Council Commission Court Committee Party Army Forces Navy Police Bank Office Department"
  ).split(" "),
);

/** Verbs that introduce or attribute speech. */
export const SPEECH_VERBS = new Set(
  (
    "said says say saying told tells tell added adds stated states noted notes explained explains wrote writes " +
    "warned warns insisted insists argued argues claimed claims declared declares announced announces continued " +
    "recalled remarked replied replies responded responds asked asks acknowledged acknowledges admitted admits " +
    "concluded emphasized emphasised emphasizes emphasises stressed stresses urged urges tweeted posted commented " +
    "comments observed suggested suggests predicted cautioned conceded complained complains confirmed confirms " +
    "described describes called calls pledged promised vowed vows threatened boasted quipped joked mused shouted " +
    "yelled whispered cried sighed pointed reiterated repeated reported reports announced indicated conceded " +
    "maintained maintains contended contends countered agreed disagreed denied denies alleged alleges testified " +
    "calling describing describe insisting warning adding noting arguing stating " +
    // "dismissed the claim as “false”": a verdict given in the speaker's words, as "described … as" gives one.
    "dismissed dismisses " +
    // "The superintendent messaged the sergeant: “Any news?”": words sent in a text message are quoted like speech.
    "messaged texted"
  ).split(" "),
);

/** First words that make a capitalised phrase a place, storm or thing ("Typhoon Kalmaegi", "Mount Everest"). */
export const NAME_BLOCKING_FIRST_WORDS = new Set(
  (
    "Saint St. Santa San Mount Lake Fort Cape Port New Old Great Little Grand Holy North South East West Upper Lower " +
    "Greater Central Western Eastern Northern Southern Middle Far Near Typhoon Hurricane Cyclone Storm Tropical " +
    "Operation Project Camp Lake River Gulf Bay Mount Mt. Sea Cup Prize Air Data Federal National State Royal " +
    "Global International European African Asian Arab Islamic Catholic Christian Jewish Muslim Red Green Blue Black White " +
    // Outlets' opening words ("told Daily Maverick", "the Weekly Mail").
    "Daily Weekly"
  ).split(" "),
);

/**
 * Blocking first words that are also given names ("Christian Aid", "Christian Holloway"): they open a person's
 * name only with a cue (a title before, a speech verb or a job next to it) and a surname that is no common noun.
 */
export const GIVEN_NAME_BLOCKING_WORDS = new Set(["Christian"]);

/**
 * Verbs that attribute a quote only when they close it ("…?” she pressed", "…,” Mr Owusu fumed", "…,” the Premier
 * interjected"): elsewhere most of them mean something other than speaking ("pressed the button", "charged with").
 */
export const CLOSING_SPEECH_VERBS = new Set(
  (
    "posed pressed queried quizzed fumed interjected charged retorted snapped chided scoffed lamented thundered " +
    "demanded challenged assured reassured affirmed hinted disclosed revealed clarified wondered marvelled marveled " +
    "exclaimed protested objected rued bemoaned lashed fired enthused gushed beamed teased laughed sniped " +
    "counselled counseled advised appealed pleaded begged implored recounted narrated " +
    "summed offered ventured surmised reasoned"
  ).split(" "),
);

/** Adverbs that may stand between a speaker and a speech verb ("he further added", "the premier once again said"). */
export const SPEAKER_ADVERBS = new Set("further also then later again once still earlier too however subsequently meanwhile".split(" "));
