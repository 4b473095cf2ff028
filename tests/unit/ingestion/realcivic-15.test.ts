import { extract } from "./raw-article";
import { read } from "./figure-reader";

const names = (paragraphs: string[]) => extract(paragraphs).actors.map((a) => a.name);

// Disaster and court copy times events to the minute and names the clock's zone after it ("at 4:10 p.m. EDT",
// "11:20 a.m. AEST Friday"). The zone's letters, or a weekday after them, are no body's name.
describe("a time zone after a clock time", () => {
  it.each([
    ["The storm made landfall near Port Harlow at about 4:10 p.m. PDT, the weather service said.", "PDT"],
    ["The tremor hit at 11:20 a.m. PT Friday, according to the Quillon Seismic Network.", "PT Friday"],
    ["Flights resumed at 6:45 a.m. AEST after the runway was cleared.", "AEST"],
  ])("names no organisation in %j", (sentence, zone) => {
    expect(names([sentence])).not.toContain(zone);
  });
});

// Quake reports write the magnitude as a bare decimal before the noun ("a 6.1 earthquake", "the 5.4 quake").
describe("a decimal before an earthquake noun", () => {
  it.each([
    ["A 6.1 earthquake shook the coastal town of Verrin on Sunday.", 6.1, "6.1"],
    ["The 5.4 quake was followed by dozens of aftershocks.", 5.4, "5.4"],
    ["A 4.8 tremor rattled windows across the valley overnight.", 4.8, "4.8"],
  ])("is a magnitude in %j", (sentence, value, text) => {
    expect(read(sentence)).toContainEqual([value, "MEASURE", "magnitude", text]);
  });
  it("leaves a whole count of quakes a count", () => {
    expect(read("Seismologists recorded 40 earthquakes in the region last week.").map((f) => f[2])).not.toContain("magnitude");
  });
});

// Disaster copy joins the toll and the damage in one clause: "killed 12 people and caused millions of dollars".
describe("a casualty count before 'and' and a clause", () => {
  it.each([
    ["The storm killed 12 people and caused millions of dollars in losses.", 12, "people"],
    ["The blaze injured 30 people and destroyed hundreds of homes.", 30, "people"],
  ])("counts the people in %j", (sentence, value, unit) => {
    expect(read(sentence)[0]?.slice(0, 3)).toEqual([value, "COUNT", unit]);
  });
  it("still reads two modifiers joined by 'and' before the plural", () => {
    expect(read("The council listed 600 vacant and derelict homes.")[0]?.[2]).toBe("homes");
  });
});

// Health bulletins give each tally its own subject with the plural verb: "recoveries stand at 45".
describe("a plural subject before 'stand at'", () => {
  it("counts what the subject names", () => {
    const figures = read("Confirmed infections rose to 120 while recoveries stand at 45, the bulletin said.");
    expect(figures.map((f) => [f[0], f[2]])).toEqual([[120, "infections"], [45, "recoveries"]]);
  });
});

// US court copy gives a sentence and the part of it suspended: "sentenced to 12 years, with 4 suspended".
describe("the suspended part of a sentence", () => {
  it.each([
    ["A jury convicted him and the judge sentenced him to 12 years in prison, with 4 suspended.", [12, 4]],
    ["She received 30 months, with 18 of them suspended, for the thefts.", [30, 18]],
  ])("is in the sentence's unit of time in %j", (sentence, values) => {
    expect(read(sentence).map((f) => [f[0], f[1]])).toEqual(values.map((v) => [v, "DURATION"]));
  });
});

// Wire copy credits local papers named "Record" ("The Ashford Record reports ..."): a newspaper, not a person.
describe("a newspaper named 'Record'", () => {
  it.each([
    ["The Kessling Record reports 31-year-old Dana Whitcombe pleaded guilty on Monday.", "Kessling Record"],
    ["The Pellston Record reported that the mill would close in March.", "Pellston Record"],
  ])("is an organisation in %j", (sentence, name) => {
    expect(extract([sentence]).actors.find((a) => a.name === name)?.kind).toBe("ORGANIZATION");
  });
});

// Health bulletins open sentences with an adjective the word list lacks ("Cumulative recoveries stand at 14, the
// ministry said"); Australian weather copy writes states short ("in northwest WA"). Neither is a body.
describe("a sentence-initial adjective and a short state name", () => {
  it.each([
    ["Cumulative admissions have risen to 40, the ministry said."],
    ["Heavy rain lashed towns in northwest WA on Tuesday night, police said."],
    ["Flood warnings were issued across the NT on Friday, officials said."],
  ])("name no organisation in %j", (sentence) => {
    expect(extract([sentence]).actors).toEqual([]);
  });
  it("keeps a state's police force", () => {
    expect(names(["WA Police said two men had been charged."])).toContain("WA Police");
  });
});

// Science copy names universities short ("Dr. Ana Ruiz of Caltech", "researchers at ETH Zurich"); abroad from the
// story's setting, they keep their own country.
describe("a university named short in a story set elsewhere", () => {
  it("keeps its own country", () => {
    const article = extract([
      "A strong earthquake shook northern Chile on Sunday, damaging homes in Antofagasta, Chilean officials said.",
      "The quake was the region's largest in a decade, according to seismologist Dr. Hannah Morrow of Caltech.",
    ]);
    expect(article.actors.find((a) => a.name === "Caltech")?.country).toBe("US");
  });
});

// Wire copy dates an event inside the clause after an outlet spoken to: "told Reuters the Oct. 10 quake lasted".
describe("a date after 'the' following a name", () => {
  it.each([
    ["A local official told Reuters the Oct. 10 quake lasted about 40 seconds.", "Reuters"],
    ["The mayor told Channel Nine the Jan. 4 flood was the worst in years.", "Channel Nine"],
  ])("joins no run in %j", (sentence, outlet) => {
    expect(names([sentence]).filter((n) => n !== outlet)).toEqual([]);
  });
});

// Outbreak bulletins capitalise the disease and the campaign against it: neither is a person.
describe("a disease or the response to it", () => {
  it.each([
    ["Dr Amara Kello said Marburg Response teams had reached three districts."],
    ["Dr Amara Kello said Marburg Virus Disease had spread to two districts."],
  ])("is no person in %j", (sentence) => {
    expect(extract([sentence]).actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Amara Kello"]);
  });
});

// Planning reports cite applications by number, with a letter code for the kind of consent at the end.
describe("the letters closing a planning reference", () => {
  it.each([
    ["Councillors granted application 23/01187/FUL for six flats on Mill Lane."],
    ["The committee refused 22/00451/HOUSE after objections from neighbours."],
  ])("name no organisation in %j", (sentence) => {
    expect(extract([sentence]).actors).toEqual([]);
  });
});

// Council minutes capitalise the body's members when they count a vote: "On a vote, 9 Members voted for the Motion".
describe("capitalised members in council minutes", () => {
  it("are what the vote's numbers count", () => {
    const figures = read("On a vote being taken, 9 Members voted for the Motion and 5 Members voted against it.");
    expect(figures.map((f) => [f[0], f[2]])).toEqual([[9, "members"], [5, "members"]]);
  });
  it("count trustees too", () => {
    expect(read("The board heard that 7 Trustees had signed the letter.").map((f) => f[2])).toEqual(["trustees"]);
  });
});

// School-board reports give the tally after the kind of vote; bulletins give the worst-hit ages as a range.
describe("a tally after 'vote,' and an age range in years", () => {
  it("reads both ends of the tally as votes", () => {
    expect(read("The trustees approved the calendar by roll-call vote, 4-1.").map((f) => [f[0], f[2]])).toEqual([[4, "votes"], [1, "votes"]]);
  });
  it("reads both ends of the range as ages", () => {
    expect(read("Most patients were aged 18-25 years, the report said.").map((f) => [f[0], f[1]])).toEqual([[18, "AGE"], [25, "AGE"]]);
  });
});
