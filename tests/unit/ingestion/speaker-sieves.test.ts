import { extractDocument } from "../../../src/ingestion";
import { findQuoteSpans } from "../../../src/ingestion/stages/quote-spans";
import { FETCHED_AT, rawArticle } from "./raw-article";

/** Each quote with its speaker's name and the sieve that chose it. */
function attributed(paragraphs: string[]) {
  const { doc } = extractDocument(rawArticle(paragraphs), { fetchedAt: FETCHED_AT });
  const names = new Map(doc.actors.map((a) => [a.key, a.name]));
  return doc.quotes.map((q) => ({ text: q.text, speaker: q.speakerKey === null ? null : names.get(q.speakerKey) ?? null, sieve: q.sieve }));
}

function only(paragraphs: string[], startsWith: string) {
  const found = attributed(paragraphs).find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting "${startsWith}" in ${JSON.stringify(attributed(paragraphs))}`);
  return found;
}

describe("quoted-passive sieve", () => {
  it("gives '…, she was quoted as saying by <outlet>' to the quoted person", () => {
    const q = only(
      ["Health Minister Rukmini Deshpande toured the district hospital in Dharwad on Friday.", "“Every ward will have a second oxygen plant by winter,” she was quoted as saying by the Deccan Courier."],
      "Every ward",
    );
    expect(q).toMatchObject({ speaker: "Rukmini Deshpande", sieve: "quoted-passive" });
  });

  it("gives '…, he was quoted by <outlet> as saying' to the quoted person", () => {
    const q = only(["Regional Minister Yaw Boateng Asare inspected the damaged bridge at Ejisu.", "“Work on a new crossing starts next month,” Asare was quoted by the Kumasi Herald as saying."], "Work on a new");
    expect(q).toMatchObject({ speaker: "Yaw Boateng Asare", sieve: "quoted-passive" });
  });

  it("does not fire on an active '<outlet> quoted X as saying'", () => {
    const q = only(["Senator Paulo Mendes Reis spoke in Brasília on Monday.", "“The reform will pass before the recess,” the Planalto Herald quoted Mendes Reis as saying."], "The reform");
    expect(q.sieve).toBe("quoted-as-saying");
    expect(q.speaker).toBe("Paulo Mendes Reis");
  });
});

describe("statement sieve", () => {
  it("gives '…, the statement read' to the body whose statement was reported", () => {
    const q = only(
      ["The Lagos State Water Corporation said on Sunday that supply to Ikeja would resume within days.", "“Engineers are replacing the damaged pumps at the Iju works,” the statement read."],
      "Engineers are",
    );
    expect(q).toMatchObject({ speaker: "Lagos State Water Corporation", sieve: "statement" });
  });

  it("does not fire when no statement is named after the quote", () => {
    const q = only(["The Lagos State Water Corporation said on Sunday that supply would resume.", "“Engineers are replacing the pumps,” the corporation said."], "Engineers are");
    expect(q.sieve).toBe("trailing-verb");
  });
});

describe("reported-before sieve", () => {
  it("gives a quote paragraph to the person whose words the paragraph before reported", () => {
    const q = only(
      [
        "“We lost the whole harvest,” said farmer Joseph Kibet Langat.",
        "His neighbour, teacher Agnes Chebet Rono, said the school had closed for the week.",
        "“The children have nowhere dry to sit.”",
      ],
      "The children",
    );
    expect(q).toMatchObject({ speaker: "Agnes Chebet Rono", sieve: "reported-before" });
  });

  it("does not fire after a paragraph that holds a quote (that is a continuation)", () => {
    const quotes = attributed(["“We lost the whole harvest,” said farmer Joseph Kibet Langat.", "“There is nothing left to sell at the market this year.”"]);
    expect(quotes[1]).toMatchObject({ speaker: "Joseph Kibet Langat", sieve: "continuation" });
  });

  it("a quote paragraph does not continue a speaker across a paragraph that brought in someone else", () => {
    const quotes = attributed([
      "“We lost the whole harvest,” said farmer Joseph Kibet Langat.",
      "Across the valley, trader Miriam Atieno Odhiambo was counting her losses in the flooded market.",
      "“The stock in these sacks was bought on credit.”",
    ]);
    expect(quotes[1].speaker).not.toBe("Joseph Kibet Langat");
  });

  it("does not fire after a paragraph that reports no speech", () => {
    const q = only(["The river rose above the danger mark in Eldoret on Tuesday night.", "“Nobody slept that night in the lower estates.”"], "Nobody slept");
    expect(q.speaker).toBeNull();
  });
});

describe("pronoun salience", () => {
  it("a pronoun takes the previous sentence's subject, not a name named after it", () => {
    const q = only(
      ["Vice Minister Zhang Wenjun said relief teams had reached villages where county chief Li Guohua was handing out water.", "“No household will be forgotten,” he said."],
      "No household",
    );
    expect(q.speaker).toBe("Zhang Wenjun");
  });

  it("a role-noun subject of the previous sentence counts (the governor)", () => {
    const q = only(
      [
        "Governor Musa Abdullahi Bello toured the flooded wards of Lokoja.",
        "Speaking after a meeting chaired by Senator Aisha Lawal Danjuma, the governor said relief would reach every ward.",
        "“We have trucks on every road that is open,” he said.",
      ],
      "We have trucks",
    );
    expect(q.speaker).toBe("Musa Abdullahi Bello");
  });

  it("a pronoun whose gender clashes with the previous subject does not take it", () => {
    const q = only(["Mr David Okello said the clinic would open on Monday.", "“We are ready,” she said."], "We are ready");
    expect(q.speaker).not.toBe("David Okello");
  });

  it("'she' skips a man named since the last speaker and goes back to her (given-name lists)", () => {
    const q = only(
      [
        "“Nothing was decided behind closed doors,” Planning Minister Nadia Farooqui told reporters.",
        "Water Minister Tariq Mahmood Lodhi, who spoke after her, said the canal plan would go ahead.",
        "“We listened to every province before we voted,” she added.",
      ],
      "We listened",
    );
    expect(q.speaker).toBe("Nadia Farooqui");
  });

  it("an honorific in the text ('Mr Barasa') says the gender", () => {
    const q = only(
      ["Clinical officer Otieno Barasa ran the clinic at Kibra with nurse Wambui Njeri.", "Mr Barasa said supplies had run out on Monday.", "“We still have enough for a week,” she said."],
      "We still have",
    );
    expect(q.speaker).toBe("Wambui Njeri");
  });

  it("the last speaker stays salient only until another person is named", () => {
    const quotes = attributed([
      "“The port will reopen on Friday,” harbour master Tevita Fifita said.",
      "“Ships are already waiting outside the reef.”",
      "Fisherman Sione Vaipulu, who lost two boats, was not convinced. “I will believe it when I see it,” he said.",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Tevita Fifita", "Tevita Fifita", "Sione Vaipulu"]);
  });
});

describe("descriptions and roles", () => {
  it("'the state power utility said' is the body the text described that way", () => {
    const q = only(
      [
        "State power utility Eskaro Energía said on Monday that rationing would end in Quito, while ratings agency Norland Ratings kept its outlook negative.",
        "“Reservoirs have recovered enough to end the cuts,” the state power utility said.",
      ],
      "Reservoirs",
    );
    expect(q.speaker).toBe("Eskaro Energía");
  });

  it("an appositive description: 'X, the country's largest lender,' then 'the lender said'", () => {
    const q = only(
      ["Karoo Mutual Bank, the country's largest lender, cut its mortgage rate on Tuesday, a day after Fenwick Holdings did the same.", "“Borrowers will see the change on their next statement,” the country's largest lender said."],
      "Borrowers",
    );
    expect(q.speaker).toBe("Karoo Mutual Bank");
  });

  it("'said the Devolution CS' is the person titled cabinet secretary, not the ministry named in the phrase", () => {
    const q = only(["Devolution Cabinet Secretary Amina Wario Galgalo opened the county forum in Isiolo.", "“Counties must publish their budgets on time,” said the Devolution CS."], "Counties must");
    expect(q.speaker).toBe("Amina Wario Galgalo");
  });

  it("'the council-owned utility' is not the council, and the described body wins over the last body named", () => {
    const q = only(
      ["Kaimai Energy Ltd, the council-owned utility, said on Monday that bills would rise, after Tauranga City Council approved its plan.", "“The increase pays for new lines,” the utility said."],
      "The increase",
    );
    expect(q.speaker).toBe("Kaimai Energy Ltd");
  });

  it("'the coast guard said' is the body whose name ends with those words", () => {
    const q = only(["The Hellenic Coast Guard searched the waters off Chios overnight.", "“Two vessels and a helicopter are still at sea,” the coast guard said."], "Two vessels");
    expect(q.speaker).toBe("Hellenic Coast Guard");
  });

  it("a description that matches no body gives no speaker", () => {
    const q = only(["The Hellenic Coast Guard searched the waters off Chios overnight.", "“Two vessels are still at sea,” the fishing cooperative said."], "Two vessels");
    expect(q.speaker).toBeNull();
  });

  it("'the 81-year-old said' is the person the text gave that age", () => {
    const q = only(["Fisherman Teodoro Salcedo, 81, and his nephew Ramon Bautista stayed behind in Guiuan.", "“I have seen worse storms than this one,” the 81-year-old said."], "I have seen");
    expect(q.speaker).toBe("Teodoro Salcedo");
  });

  it("'the lawmaker said' is the person titled senator or representative", () => {
    const q = only(["Senator Maribel Quiñones Ortiz filed the bill on Monday.", "“Nobody should lose a home to a paperwork error,” the lawmaker said."], "Nobody should");
    expect(q.speaker).toBe("Maribel Quiñones Ortiz");
  });

  it("'analyst X of the Y said' is the analyst, not the employer", () => {
    const q = only(["Analyst Farah Qureshi-Malik of the Lahore School of Economics said the budget was “built on hope rather than revenue”."], "built on hope");
    expect(q.speaker).toBe("Farah Qureshi-Malik");
  });
});

describe("intermediaries and statements", () => {
  it("'X told The Associated Press' names an audience, not a speaker", () => {
    const q = only(["“The levee held, but only just,” parish president Lionel Thibodeaux told The Associated Press."], "The levee");
    expect(q.speaker).toBe("Lionel Thibodeaux");
  });

  it("'according to Reuters, X said: …' is X's", () => {
    const q = only(["Central bank governor Oyelaran Bakare met lenders in Lagos.", "According to Reuters, Bakare said: “Rates will stay where they are until inflation turns.”"], "Rates will");
    expect(q.speaker).toBe("Oyelaran Bakare");
  });

  it("'In a statement, the agency said it had …' gives a quoted fragment to the agency", () => {
    const q = only(["The Kenya Wildlife Service moved two rhinos from Nakuru on Sunday.", "In a statement, the agency said the animals were “calm and feeding well after the journey”."], "calm and feeding");
    expect(q.speaker).toBe("Kenya Wildlife Service");
  });

  it("'according to a <body> statement' after the quote is the body's", () => {
    const q = only(["“Three more wards will reopen on Monday,” according to a Rotorua Hospital Trust statement."], "Three more wards");
    expect(q.speaker).toBe("Rotorua Hospital Trust");
  });
});

describe("quote marks and cross-heads", () => {
  it("a single-marked quote that runs on over paragraphs is one span per paragraph", () => {
    const body = "‘The first part runs on.\n\n‘The second part ends,’ she said.";
    expect(findQuoteSpans(body).map((s) => [s.text, s.closed])).toEqual([
      ["The first part runs on.", false],
      ["The second part ends", true],
    ]);
  });

  it("an unclosed single mark with no quote in the next paragraph is not a quote", () => {
    expect(findQuoteSpans("‘The first part runs on.\n\nThe next paragraph is plain.")).toEqual([]);
  });

  it("a pull quote standing as a cross-head is not a quote; the same words in the body are", () => {
    const quotes = attributed(["Mayor Ines Caldera Rojas visited the shelter on Sunday.", "'Nobody expected the river to rise so fast'", "“Nobody expected the river to rise so fast,” Caldera Rojas said."]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe("Ines Caldera Rojas");
  });
});

describe("role nouns resolved to a titled or described person", () => {
  it("prefers the person holding the whole role over a nearer one holding only its head word", () => {
    const q = only(
      [
        "Maharashtra Chief Minister Prakash Vithal Deshmane asked the Centre for flood aid on Monday.",
        "Union Rural Development Minister Arvind Kumar Sethi said the request would be examined.",
        "“The villages cannot wait for another survey,” the chief minister said.",
      ],
      "The villages",
    );
    expect(q.speaker).toBe("Prakash Vithal Deshmane");
  });

  it("falls back to the head word when no one holds the whole role", () => {
    const q = only(["Finance Minister Halima Osei-Bonsu presented the budget in Accra.", "“Nobody will pay more tax on bread,” the chief minister said."], "Nobody will");
    expect(q.speaker).toBe("Halima Osei-Bonsu");
  });

  it("reads the description set before a name with a rank", () => {
    const q = only(
      ["Ituri's military governor, Lieutenant General Joseph Mbala Kasongo, said the road to Bunia had reopened.", "“We will escort every convoy,” the governor told reporters."],
      "We will escort",
    );
    expect(q.speaker).toBe("Joseph Mbala Kasongo");
  });
});
