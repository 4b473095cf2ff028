import { extractDocument } from "../../../src/ingestion";
import { genderOf } from "../../../src/ingestion/sieves/gender";
import { FETCHED_AT, rawArticle } from "./raw-article";

/** Each quote with its speaker's name and the sieve that chose it, and the people found. */
function run(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const names = new Map(doc.actors.map((a) => [a.key, a.name]));
  const quotes = doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerKey === null ? null : names.get(q.speakerKey) ?? null, sieve: q.sieve }));
  return { quotes, people: doc.actors.filter((a) => a.kind === "PERSON").map((a) => a.name) };
}

function quote(paragraphs: string[], startsWith: string) {
  const { quotes } = run(paragraphs);
  const found = quotes.find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting "${startsWith}" in ${JSON.stringify(quotes)}`);
  return found;
}

describe("honorifics before a name", () => {
  it("reads Hon., Alhaji and ACP as titles, so the short form joins the full name", () => {
    const { people, quotes } = run([
      "The transport union chairman, Alhaji Sani Ibrahim Wudil, met ACP Grace Onyekachi Eze at the Kawo depot on Monday.",
      "“Drivers will not pay a single naira at the new checkpoints,” Alhaji Wudil told reporters.",
      "Hon. Yaw Darko Asamoah, the area's lawmaker, was not at the meeting.",
    ]);
    expect(people).toEqual(expect.arrayContaining(["Sani Ibrahim Wudil", "Grace Onyekachi Eze", "Yaw Darko Asamoah"]));
    expect(people.some((p) => /^(?:Alhaji|Hon\.|ACP)\b/.test(p))).toBe(false);
    expect(quotes[0].speaker).toBe("Sani Ibrahim Wudil");
  });

  it("reads the two-word Malaysian honorifics as titles, and given names used alone as the same person", () => {
    const { people, quotes } = run([
      "Tan Sri Mohd Rizal Hakim, who heads the state water board, met Datuk Seri Farid Anuar in Ipoh on Friday.",
      "“We will not raise tariffs before the dry season ends,” Mohd Rizal said after the meeting.",
    ]);
    expect(people).toEqual(expect.arrayContaining(["Mohd Rizal Hakim", "Farid Anuar"]));
    expect(people).not.toContain("Mohd Rizal");
    expect(quotes[0].speaker).toBe("Mohd Rizal Hakim");
  });

  it("keeps Tan as a surname when no Sri follows it", () => {
    const { people } = run(["Engineer Tan Wei Loong said the bridge would reopen in March."]);
    expect(people).toContain("Tan Wei Loong");
  });
});

describe("closing-verb sieve", () => {
  it("gives a question closed by 'she pressed' to the person the pronoun means", () => {
    const q = quote(["Committee chair Adwoa Serwaa Boakye questioned the district officials on Tuesday.", "“Why were the sites chosen without a survey?” she pressed."], "Why were the sites");
    expect(q).toMatchObject({ speaker: "Adwoa Serwaa Boakye", sieve: "closing-verb" });
  });

  it("gives '…,” Mr Darko fumed' and '…,” the premier interjected' to the named and the titled person", () => {
    const quotes = run([
      "Premier Harriet Lowell and opposition leader Samuel Darko clashed over the toll road on Wednesday.",
      "“Nobody asked the people who drive it every day,” Mr Darko fumed.",
      "“That is simply not what the contract says,” the premier interjected.",
    ]).quotes;
    expect(quotes[0]).toMatchObject({ speaker: "Samuel Darko", sieve: "closing-verb" });
    expect(quotes[1]).toMatchObject({ speaker: "Harriet Lowell", sieve: "closing-verb" });
  });

  it("does not read a closing verb that takes an object as speech", () => {
    const q = quote(["Mayor Lionel Baptiste opened the depot on Monday.", "“The buses leave at six in the morning, every day of the week,” the driver pressed the horn twice."], "The buses leave");
    expect(q.sieve).not.toBe("closing-verb");
  });
});

describe("split-quote sieve", () => {
  it("gives the part after 'he was quoted as saying,' to the first part's speaker", () => {
    const quotes = run([
      "Miner chief executive Colin Braddock spoke to a Perth radio station on Wednesday.",
      "“We will look at any copper asset that fits,” he was quoted as saying, “but we will not overpay for size.”",
    ]).quotes;
    expect(quotes[1]).toMatchObject({ speaker: "Colin Braddock", sieve: "split-quote" });
  });

  it("gives a fragment after 'he wrote, adding that … was' to the speaker of the quote before", () => {
    const quotes = run([
      "Economy Minister Tomás Arriaga Paz posted the figure on Thursday.",
      "«La deuda está bajo control», he wrote, adding that the 2.4% primary surplus was \"the floor we stand on for the next decade.\"",
    ]).quotes;
    expect(quotes[1]).toMatchObject({ speaker: "Tomás Arriaga Paz", sieve: "split-quote" });
  });

  it("declines when someone else is named between the parts", () => {
    const quotes = run([
      "Miner chief executive Colin Braddock and analyst Renée Fortier spoke on Wednesday.",
      "“We will look at any copper asset that fits,” Braddock said, while Renée Fortier said the plan was “a very expensive way of standing still.”",
    ]).quotes;
    expect(quotes[1].sieve).not.toBe("split-quote");
  });
});

describe("speaker phrases", () => {
  it("leaves an adverb between the pronoun and the verb out ('he further added')", () => {
    const q = quote(["Energy Minister Prakash Mohan Rawat spoke to reporters in Dehradun on Monday.", "“Every block will get a solar pump before the kharif season,” he further added."], "Every block will");
    expect(q).toMatchObject({ speaker: "Prakash Mohan Rawat", sieve: "trailing-verb" });
  });

  it("has no gender for a name whose two given names disagree, so 'he' can still mean them", () => {
    expect(genderOf("Rana Tariq Mehmood", null)).toBe("unknown");
    expect(genderOf("Andrea Giulia Rossi", null)).toBe("female");
  });

  it("a role noun matches the words right before a name ('the PNP chief' for 'said PNP chief Gen. X')", () => {
    const q = quote(
      [
        "Police spokesperson Col. Liza Manalo said PNP chief Gen. Ernesto Villafuerte Cruz had ordered a review of the checkpoints.",
        "“We will publish every finding,” the PNP chief said after a flag ceremony.",
      ],
      "We will publish",
    );
    expect(q.speaker).toBe("Ernesto Villafuerte Cruz");
  });

  it("a generic leader word matches any role in the body its modifiers name ('the central bank chief')", () => {
    const q = quote(
      ["Central bank governor Teodora Villalba Ruiz told local radio that the board would meet as planned.", "“We see volatility, not a crisis,” the central bank chief said."],
      "We see volatility",
    );
    expect(q.speaker).toBe("Teodora Villalba Ruiz");
  });

  it("'the spokesperson' is the public relations officer named earlier", () => {
    const q = quote(
      [
        "The Police Public Relations Officer, Superintendent Chidi Okwuosa Nnaji, issued a statement on Sunday.",
        "Nnaji said the memo was fake. The spokesperson said the claim was false “and should be ignored by every motorist who sees it.”",
      ],
      "and should be ignored",
    );
    expect(q.speaker).toBe("Chidi Okwuosa Nnaji");
  });

  it("a quote after „…“, said X. takes X, not the comma left from the quote before", () => {
    const quotes = run(["„Der Standort bleibt offen“, sagte er nicht. „Europe cannot wait for others“, said CEO of Nordwerk Energie Lena Hartmann. „We will build the cells here.“"]).quotes;
    const last = quotes[quotes.length - 1];
    expect(last.speaker).toBe("Lena Hartmann");
  });
});

describe("pronouns whose gender only the name lists contradict", () => {
  it("'he' after '<name>, 52, said he …' in the same paragraph means that person", () => {
    const q = quote(
      ["Forecaster Imran Saeed Baloch said the sea breeze had failed for a week.", "Street vendor Gul Zaman, 52, said he had cut his working day to four hours. “If I stay home, my children go hungry,” he said."],
      "If I stay home",
    );
    expect(q.speaker).toBe("Gul Zaman");
  });
});

describe("bodies and roles named before", () => {
  it("'police said' is the police force named before", () => {
    const q = quote(["Avon and Somerset Police said a woman had been arrested in Bristol.", "“Our inquiries are continuing and we thank residents for their patience,” police said."], "Our inquiries");
    expect(q.speaker).toBe("Avon and Somerset Police");
  });

  it("'the IG said' is the inspector general named before, and no body called IG is made", () => {
    const { quotes } = run(["Inspector General of Police Wycliffe Mutua Kirui said officers had been deployed to every centre.", "“No one will be allowed to disrupt the examinations,” the IG said."]);
    expect(quotes[0].speaker).toBe("Wycliffe Mutua Kirui");
    const { doc } = extractDocument(rawArticle(["Inspector General of Police Wycliffe Mutua Kirui spoke.", "“No one will disrupt the exams,” the IG said."]), { fetchedAt: FETCHED_AT });
    expect(doc.actors.map((a) => a.name)).not.toContain("IG");
  });

  it("a given name after 'the ministry,' makes a person, not a body", () => {
    const { quotes, people } = run(["A spokesperson for the ministry, Caroline Njeri Kamau, said the doses had arrived. “We have enough for every county until March,” she said."]);
    expect(people).toContain("Caroline Njeri Kamau");
    expect(quotes[0].speaker).toBe("Caroline Njeri Kamau");
  });

  it("a name followed by an appositive after the quote is the speaker, not the body in the appositive", () => {
    const q = quote(["“Orders for flat steel are the highest in a decade,” Rohan Kapadia, the managing director of Deccan Alloys, told PTI."], "Orders for flat steel");
    expect(q).toMatchObject({ speaker: "Rohan Kapadia", sieve: "trailing-verb" });
  });
});

describe("quoted-before sieve", () => {
  it("gives '<agency> quoted him as saying, “…”' to the quoted person", () => {
    const q = quote(["Provincial health secretary Naveed Akhtar Butt visited the ward on Friday. APP quoted him as saying, “All the patients are stable and none needs a ventilator.”"], "All the patients");
    expect(q).toMatchObject({ speaker: "Naveed Akhtar Butt", sieve: "quoted-before" });
  });

  it("does not fire when more than the hand-on stands between it and the quote", () => {
    const q = quote(["Provincial health secretary Naveed Akhtar Butt visited the ward. APP quoted him as saying the ward was full, while nurses said the hospital had “no beds left for anyone at all.”"], "no beds left");
    expect(q.sieve).not.toBe("quoted-before");
  });
});

describe("roles written as abbreviations and person roles", () => {
  it("'the MEC said' is the MEC named before", () => {
    const q = quote(["Transport MEC Sizwe Nkosi Mahlangu visited the crash site near Harrismith on Sunday.", "“Speed and fatigue remain the main killers on this road,” the MEC said."], "Speed and fatigue");
    expect(q.speaker).toBe("Sizwe Nkosi Mahlangu");
  });

  it("'the MCE said' is the person whose title the abbreviation spells", () => {
    const q = quote(["Mr Kojo Antwi Boateng, the Municipal Chief Executive, told the assembly the market would reopen.", "“Traders will move back in by Friday,” the MCE said."], "Traders will move");
    expect(q.speaker).toBe("Kojo Antwi Boateng");
  });

  it("'the trader said' is the trader named before, not the market named in her description", () => {
    const q = quote(["Adjoa Serwah Nyarko, a trader at Kaneshie market, said prices had doubled since June.", "“I cannot feed my family on what I sell now,” the trader said."], "I cannot feed");
    expect(q.speaker).toBe("Adjoa Serwah Nyarko");
  });

  it("a name then 'chief executive of <body>' after a quote is the speaker", () => {
    const q = quote(["“The corridor will cut shipping times to Europe by a third,” Hamad Saif Al-Ketbi, chief executive of Gulf Corridor Holdings, told WAM."], "The corridor will");
    expect(q.speaker).toBe("Hamad Saif Al-Ketbi");
  });
});

describe("a role no one was given", () => {
  it("'the former minister' is the person the sentence before was about, not the current minister", () => {
    const q = quote(
      [
        "Home Minister Datuk Seri Azman Yusof answered questions in the Dewan Rakyat on Monday.",
        "Tan Sri Kamal Rosli Ismail, who chairs the Public Accounts Committee, said the committee would call the contractors next month. “We want to see every invoice,” the former minister said.",
      ],
      "We want to see every invoice",
    );
    expect(q.speaker).toBe("Kamal Rosli Ismail");
  });
});

describe("a quote running over several paragraphs", () => {
  it("gives every paragraph of it the speaker named where it ends", () => {
    const { quotes } = run([
      "Oksana Melnyk Hrytsenko, the city's deputy mayor, described the night of the strike.",
      "“The first missile hit the substation at three in the morning.",
      "“By six we had no water in half of the districts.",
      "“We will rebuild, but we need generators now,” she said.",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Oksana Melnyk Hrytsenko", "Oksana Melnyk Hrytsenko", "Oksana Melnyk Hrytsenko"]);
  });
});

describe("ages in appositives", () => {
  it("an age given only in the attribution is that of the person the sentence before was about", () => {
    const q = quote(["Goh Siew Lan Tan, a hawker at the Old Airport Road centre for 30 years, said rents had doubled.", "“Young people do not want to do this any more,” the 68-year-old said."], "Young people");
    expect(q.speaker).toBe("Goh Siew Lan Tan");
  });

  it("'the 61-year-old said' is the person described as 'a 61-year-old baker'", () => {
    const q = quote(["Sergio Luis Matarazzo, a 61-year-old baker, said he had lost everything in the flood.", "“Forty years of work, gone in one night,” the 61-year-old said."], "Forty years of work");
    expect(q.speaker).toBe("Sergio Luis Matarazzo");
  });
});

describe("two holders of a role in one sentence", () => {
  it("'the minister said' is the minister the sentence was about, not the other minister it named", () => {
    const q = quote(
      ["Finance Minister Adaeze Nnamdi Obi met central bank governor Sadiq Lawal Bichi and trade minister Chukwuemeka Eze on Monday.", "Later she told the Senate the deficit would narrow. “We will not borrow to pay salaries,” the minister said."],
      "We will not borrow",
    );
    expect(q.speaker).toBe("Adaeze Nnamdi Obi");
  });

  it("the nearer holder still wins when the sentence is about neither", () => {
    const q = quote(
      ["The summit in Abuja was attended by finance minister Adaeze Nnamdi Obi and trade minister Chukwuemeka Eze.", "“Tariffs will fall next year,” the minister said."],
      "Tariffs will fall",
    );
    expect(q.speaker).toBe("Chukwuemeka Eze");
  });
});
