/**
 * Number and currency writing of African, Asian and European copy (issue 8, holdout-7/8 causes): codes and press
 * abbreviations glued to the amount, the "/-" shilling suffix, decimal commas, space thousands, named subunits,
 * container units and acronym plurals, and page furniture that is no figure. Sentences written for these tests.
 */
import { read, values } from "./figure-reader";

describe("a currency word joined to its amount by a hyphen", () => {
  it("reads a hyphenated currency adjective as money in the local currency", () => {
    expect(read("The state awarded a 240 million-peso drainage contract to a Monterrey builder.", "MX")).toEqual([[240000000, "MONEY", "MXN", "240 million-peso"]]);
    expect(read("Traders now refuse the old 200-naira note.", "NG")).toEqual([[200, "MONEY", "NGN", "200-naira"]]);
  });

  it("keeps a hyphenated pound a weight when no scale word comes before it", () => {
    expect(read("An angler landed a 9-pound carp at the reservoir.", "GB")[0].slice(1, 3)).toEqual(["MEASURE", "lb"]);
  });
});

describe("a share after a name in a gapped list", () => {
  it("reads each name's percentage in 'X will hold 51%, Y 30% and Z 19%'", () => {
    expect(values("Ferrovale will hold 55% of the venture, Kintaro 25% and Osmond the remaining 20%.")).toEqual([55, 25, 20]);
  });
});

describe("currency names in the local plural", () => {
  it("reads Portuguese, Uzbek and Spanish plurals of currency names", () => {
    expect(read("The province set aside 750 million meticais for seed.", "MZ")).toEqual([[750000000, "MONEY", "MZN", "750 million meticais"]]);
    expect(read("The federation fined the club 200,000 soums.", "UZ")).toEqual([[200000, "MONEY", "UZS", "200,000 soums"]]);
    expect(read("A bus pass costs 180 cordobas a month.", "NI")).toEqual([[180, "MONEY", "NIO", "180 cordobas"]]);
    expect(read("Growers earn 7,500 guaranies a sack.", "PY")).toEqual([[7500, "MONEY", "PYG", "7,500 guaranies"]]);
  });
});

describe("currency prefixes glued to the amount", () => {
  it("reads an ISO code glued to a formatted amount", () => {
    expect(read("The utility will borrow VND2.1 trillion for a new dredger.", "VN")).toEqual([[2100000000000, "MONEY", "VND", "VND2.1 trillion"]]);
    expect(read("Exports earned KES12.5bn in the quarter.")).toEqual([[12500000000, "MONEY", "KES", "KES12.5bn"]]);
  });

  it("reads a code before a plain integer only where the story's country pays in it", () => {
    expect(read("A bus ticket now costs KES 450 in the capital.", "KE")).toEqual([[450, "MONEY", "KES", "KES 450"]]);
    expect(values("Delegates at COP28 agreed a text.", "CO")).toEqual([]);
  });

  it("reads the press abbreviations of the lira, the Rwandan franc and East African shillings", () => {
    expect(read("The lender booked TL3.4 billion in provisions.", "TR")).toEqual([[3400000000, "MONEY", "TRY", "TL3.4 billion"]]);
    expect(read("The ministry released Rwf12 billion for feeder roads.", "RW")).toEqual([[12000000000, "MONEY", "RWF", "Rwf12 billion"]]);
    expect(read("Farmers will be paid USh2,300 a kilo.", "UG")).toEqual([[2300, "MONEY", "UGX", "USh2,300"]]);
  });

  it("reads Pakistani copy's 'tr' as trillions after a currency", () => {
    expect(read("The plan sets aside Rs2.4tr for debt service.", "PK")).toEqual([[2400000000000, "MONEY", "PKR", "Rs2.4tr"]]);
  });

  it("reads the shilling suffix /- in the story's currency", () => {
    expect(read("The council approved a 120bn/- budget.", "TZ")).toEqual([[120000000000, "MONEY", "TZS", "120bn/-"]]);
  });
});

describe("decimal commas and space thousands", () => {
  it("reads a comma with one or two digits after a currency as decimals", () => {
    expect(read("Maize fetched US$2,45 a bucket, up from US$2,10.", "ZW")).toEqual([
      [2.45, "MONEY", "USD", "US$2,45"],
      [2.1, "MONEY", "USD", "US$2,10"],
    ]);
    expect(read("Inflation eased to 4,6 percent.", "ZW")).toEqual([[4.6, "PERCENT", "%", "4,6 percent"]]);
  });

  it("reads thousands set off by spaces", () => {
    expect(read("Some 12 500 households received seed and 40 000 hectares were planted.", "ZA")).toEqual([
      [12500, "COUNT", "households", "12 500"],
      [40000, "MEASURE", "ha", "40 000 hectares"],
    ]);
  });

  it("keeps digit groups of phone numbers and numbers after a year apart", () => {
    expect(values("Call the hotline on 0800 123 456 today.")).toEqual([]);
    expect(values("In 2021 300 people were moved.")).toEqual([]);
  });
});

describe("named subunits", () => {
  it("reads pesewas, kobo, paise and halalas as parts of their currency", () => {
    expect(read("The levy is 30 pesewas on each transfer.", "GH")).toEqual([[0.3, "MONEY", "GHS", "30 pesewas"]]);
    expect(read("Bread went up by 50 kobo.", "NG")).toEqual([[0.5, "MONEY", "NGN", "50 kobo"]]);
    expect(read("The rupee slipped 12 paise against the dollar.", "IN")).toEqual([[0.12, "MONEY", "INR", "12 paise"]]);
    expect(read("Each message costs 25 halalas.", "SA")).toEqual([[0.25, "MONEY", "SAR", "25 halalas"]]);
  });

  it("reads fils as thousandths of a Gulf dinar, and only in a story that uses one", () => {
    expect(read("Petrol rises by 15 fils a litre.", "KW")).toEqual([[0.015, "MONEY", "KWD", "15 fils"]]);
    expect(read("Petrol rises by 15 fils a litre.", "AE")).toEqual([[0.15, "MONEY", "AED", "15 fils"]]);
  });
});

describe("container units and acronym plurals", () => {
  it("counts TEU, with a glued m as millions", () => {
    expect(read("The terminal moved 3.4m TEU last year and 410,000 TEU in March.")).toEqual([
      [3400000, "COUNT", "teu", "3.4m"],
      [410000, "COUNT", "teu", "410,000"],
    ]);
  });

  it("counts an acronym's plural", () => {
    expect(read("Some 86 MPs backed the motion.")).toEqual([[86, "COUNT", "mps", "86"]]);
  });
});

describe("page furniture", () => {
  it("drops reading times and view counts on a byline line", () => {
    const text = "By Staff Writer\n3 Mar 2026 - 9:15 AM - 2,310 views\n\nThe clip drew 40,000 views in a week.\n4 Mar 2026 | 6 min read";
    expect(read(text)).toEqual([[40000, "COUNT", "views", "40,000"]]);
  });

  it("drops a comment count alone on its line and a reading or listening time", () => {
    expect(read("Reading time: 3 minutes\n18 comments\n\nThe thread drew 18 comments by noon.")).toEqual([[18, "COUNT", "comments", "18"]]);
  });
});

describe("the thing a bare count is, from the words around it", () => {
  it("reads the noun a count is said to be", () => {
    expect(read("The mine employs 4,100 people, of whom 900 are contract workers.")).toEqual([
      [4100, "COUNT", "people", "4,100"],
      [900, "COUNT", "contract workers", "900"],
    ]);
    expect(read("Some 1,900 pupils sat the test and 420 were given places.").map((f) => f[2])).toEqual(["pupils", "pupils"]);
  });

  it("takes a part's whole from the latest count at least as large", () => {
    expect(read("The army fired 60 rockets and 2 cruise missiles, of which 48 were intercepted.").map((f) => f[2])).toEqual(["rockets", "cruise missiles", "rockets"]);
  });

  it("qualifies the shared people noun with the casualty verb or participle", () => {
    expect(read("The blast killed 12 people and injured 40.").map((f) => f[2])).toEqual(["people", "injured people"]);
    expect(read("At least 8 people drowned and 2,300 were displaced.").map((f) => f[2])).toEqual(["people", "displaced people"]);
  });

  it("counts a collective by the things just added to it", () => {
    expect(read("The carrier ordered 20 regional jets, taking its fleet to 135.").map((f) => f[2])).toEqual(["regional jets", "regional jets"]);
  });

  it("reads a bare amount earned again in the money of the sentence", () => {
    expect(read("A trader who once made 40,000 naira a day now earns about 9,000.", "NG")).toEqual([
      [40000, "MONEY", "NGN", "40,000 naira"],
      [9000, "MONEY", "NGN", "9,000"],
    ]);
  });

  it("reads an age in brackets after a person noun", () => {
    expect(read("A pensioner (81) was taken to hospital.")).toEqual([[81, "AGE", "year", "81"]]);
  });

  it("reads the age of the oldest or youngest", () => {
    expect(read("Four pensioners were cheated, the oldest of whom was 88.")).toEqual([[88, "AGE", "year", "88"]]);
  });

  it("leaves a route named by its number out", () => {
    expect(values("The 27 bus will stop running, the council said.")).toEqual([]);
  });
});

describe("plain $ in a story set in a peso country", () => {
  it("is the peso when the story marks US amounts apart and names pesos", () => {
    const text = "The new bridge cost 410 billion pesos (about US$98 million). A toll of $4,500 will be charged.";
    expect(read(text, "CO").map((f) => [f[0], f[2]])).toEqual([
      [410000000000, "COP"],
      [98000000, "USD"],
      [4500, "COP"],
    ]);
  });

  it("stays the US dollar in wire copy and where pesos are converted into plain $", () => {
    expect(read("Mexico's central bank sold $2 billion as the peso slid.", "MX")[0].slice(0, 3)).toEqual([2000000000, "MONEY", "USD"]);
    const converted = "Miners asked for 20 million pesos (about $21,000) each. Output is worth US$3 billion a year.";
    expect(read(converted, "CL").map((f) => f[2])).toEqual(["CLP", "USD", "USD"]);
  });
});

describe("market, vote and quake shapes", () => {
  it("reads glued basis points and a magnitude after 'of'", () => {
    expect(read("The bank cut by 50bps to 7%.")).toEqual([
      [0.5, "PERCENT", "pp", "50bps"],
      [7, "PERCENT", "%", "7%"],
    ]);
    expect(read("The tremor had a magnitude of 5.8.")).toEqual([[5.8, "MEASURE", "magnitude", "5.8"]]);
  });

  it("counts both ends of a tally written with a hyphen, not a score", () => {
    expect(read("The measure passed by a vote of 71-29.").map((f) => [f[0], f[2]])).toEqual([
      [71, "votes"],
      [29, "votes"],
    ]);
    expect(read("Lawmakers approved it in a 55-44 vote.").map((f) => f[2])).toEqual(["votes", "votes"]);
    expect(read("The parish council voted 5-2 on Monday to sell the depot.").map((f) => [f[0], f[2]])).toEqual([
      [5, "votes"],
      [2, "votes"],
    ]);
    expect(values("The visitors won 4-2 on Sunday.")).toEqual([]);
  });

  it("counts an estimate in the things estimated", () => {
    expect(read("The maker delivered 12,400 trucks, short of forecasts of 13,000.").map((f) => f[2])).toEqual(["trucks", "trucks"]);
  });
});

describe("a singular noun after a number above one", () => {
  it("is a name or a modifier, no thing counted", () => {
    expect(values("The song entered the top 40 chart on Friday.")).toEqual([]);
    expect(values("The Group of 20 met in Rome.")).toEqual([]);
  });

  it("keeps nouns that count in the singular and heads past a run of modifiers", () => {
    expect(read("The carrier flies 140 aircraft with 900 crew.").map((f) => f[2])).toEqual(["aircraft", "crew"]);
    expect(read("The state has 212 remote and hard-to-reach rural clinics.")[0][0]).toEqual(212);
  });
});

describe("bare counts named by a vote, an employer or an index", () => {
  it("counts votes in favour and against", () => {
    expect(read("The plan was approved with 14 in favour and 5 against.").map((f) => f[2])).toEqual(["votes", "votes"]);
    expect(read("The motion passed with 18 abstentions.").map((f) => f[2])).toEqual(["abstentions"]);
  });

  it("counts the people an employer employs, not the count before", () => {
    expect(read("The group runs 35 hotels and employs 4,800.").map((f) => f[2])).toEqual(["hotels", "people"]);
  });

  it("reads an index's level in points", () => {
    expect(read("The confidence index fell to 91.3 in June.").map((f) => f[2])).toEqual(["points"]);
  });
});

describe("bare counts named by the sentence's frame", () => {
  it("counts both ends of a tally after 'voted'", () => {
    expect(read("The assembly voted 41 to 17 to adopt the budget.").map((f) => [f[0], f[2]])).toEqual([
      [41, "votes"],
      [17, "votes"],
    ]);
  });

  it("reads a batter's score off the balls faced, a crowd in front of which a match is played, a stadium's seats", () => {
    expect(read("Needing a win from their 50 overs, the hosts relied on Iyer, hitting 88 off 70 balls.").map((f) => [f[0], f[2]])).toContainEqual([88, "runs"]);
    expect(read("Cork beat Kerry 2-14 to 1-12 in front of 44,300 at the ground.").map((f) => f[2])).toEqual(["people"]);
    expect(read("The new arena seats 21,000.").map((f) => f[2])).toEqual(["seats"]);
  });

  it("takes the whole of 'N of them' from the latest count at least as large", () => {
    expect(read("Some 512 cases came from 11 towns, 300 of them among children.").map((f) => f[2])).toEqual(["cases", "towns", "cases"]);
  });

  it("counts 'up from N' in what the sentence's 'number of' counts", () => {
    expect(read("The number of displaced families rose to 9,100 households, up from 6,400 on Monday.").map((f) => f[2])).toEqual(["households", "displaced families"]);
  });
});

describe("money ranges and spans", () => {
  it("gives a range's first end the second end's scale word and currency", () => {
    expect(read("The stake is valued at $2.1-2.4 billion.").map((f) => [f[0], f[2]])).toEqual([
      [2100000000, "USD"],
      [2400000000, "USD"],
    ]);
    expect(read("Repairs will cost $5 to 7 million.").map((f) => [f[0], f[2]])).toEqual([
      [5000000, "USD"],
      [7000000, "USD"],
    ]);
  });

  it("reads a capital K as thousands after a currency, and hours glued as 'hrs'", () => {
    expect(read("Starting pay is $85K.")).toEqual([[85000, "MONEY", "USD", "$85K"]]);
    expect(read("The crossing took 9hrs, leaving at 0600 hrs.")).toEqual([[9, "DURATION", "hour", "9hrs"]]);
  });

  it("keeps a count after 'to' as a count", () => {
    expect(read("The court awarded 1.1 million euros to 230 former staff.").map((f) => f[2])).toEqual(["EUR", "former staff"]);
  });
});

describe("grades and tables", () => {
  it("reads no count in a grade glued by a hyphen", () => {
    expect(values("The dealer sold 18-carat chains and 95-octane fuel.")).toEqual([]);
  });

  it("counts a medal table or a points tally in what it tallies", () => {
    expect(read("Norway topped the medal table with 37, with Germany on 27.").map((f) => f[2])).toEqual(["medals", "medals"]);
  });
});

describe("nouns for a number of people", () => {
  it("counts ridership in passengers, enrolment in students, turnout in voters", () => {
    expect(read("Weekday ridership has climbed to 212,000.").map((f) => f[2])).toEqual(["passengers"]);
    expect(read("Enrolment at the college reached 9,400 in September.").map((f) => f[2])).toEqual(["students"]);
    expect(read("Turnout rose to 3.1 million.").map((f) => f[2])).toEqual(["voters"]);
  });

  it("reads no object property as a word", () => {
    expect(values("Constructor rose to 12.")).toEqual([]);
  });
});

describe("tolls, tallies and others", () => {
  it("counts the others beside a death toll as people", () => {
    expect(read("The toll from the fire rose to 23, while 61 others are in hospital.").map((f) => f[2])).toEqual(["deaths", "people"]);
  });

  it("reads a bare lakh after a tally as a count, not rupees", () => {
    expect(read("The district logged 2,140 new cases, taking the tally to 1.3 lakh.", "IN").map((f) => [f[0], f[1]])).toEqual([
      [2140, "COUNT"],
      [130000, "COUNT"],
    ]);
    expect(read("The cabinet cleared a 900 crore scheme.", "IN")[0].slice(0, 3)).toEqual([9000000000, "MONEY", "INR"]);
  });

  it("counts unemployment in unemployed people", () => {
    expect(read("Unemployment fell by 20,000 to 1.3 million.").map((f) => f[2])).toEqual(["unemployed people", "unemployed people"]);
  });
});

describe("cricket totals", () => {
  it("keeps score in runs when the report writes a total for so many wickets", () => {
    expect(read("Smith made 141 as the visitors reached 402 for seven declared.").map((f) => [f[0], f[2]])).toEqual([
      [141, "runs"],
      [402, "runs"],
    ]);
  });
});

describe("ages given as a bound, and compounds of an -ing noun", () => {
  it("reads 'aged over 75' and 'aged under 18' as ages, but not 'turned over 75 documents'", () => {
    expect(read("Half of the patients were aged over 75.")).toEqual([[75, "AGE", "year", "75"]]);
    expect(read("Those aged under 18 ride free.")).toEqual([[18, "AGE", "year", "18"]]);
    expect(read("He turned over 75 documents to police.")).toEqual([[75, "COUNT", "documents", "75"]]);
  });

  it("counts the whole compound when an -ing noun stands before the plural", () => {
    expect(read("The board said there were 430 unfilled nursing posts in the county.")).toEqual([[430, "COUNT", "unfilled nursing posts", "430"]]);
    expect(read("Inspectors found 40 abandoned fishing boats.")).toEqual([[40, "COUNT", "abandoned fishing boats", "40"]]);
  });
});
