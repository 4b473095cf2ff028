import { extract, quoteStarting } from "./raw-article";

describe("a sports title: the athlete's sex, distance or event before the role", () => {
  it.each([
    {
      rule: "demonym, sex and an event's role noun",
      paragraph: "Norwegian female marathoner Ingrid Solberg won the Lisbon race on Sunday in warm weather in Portugal.",
      name: "Ingrid Solberg",
      country: "NO",
    },
    {
      rule: "demonym, a hyphenated distance and a role",
      paragraph: "Ugandan long-distance runner Peter Okello finished second in Lisbon, the Portuguese capital, on Sunday.",
      name: "Peter Okello",
      country: "UG",
    },
    {
      rule: "demonym and a sport's player noun",
      paragraph: "Chilean footballer Tomas Barrera signed for a club in Porto, Portugal, on Friday.",
      name: "Tomas Barrera",
      country: "CL",
    },
  ])("$rule", ({ paragraph, name, country }) => {
    const article = extract([paragraph, "The crowd in Lisbon and across Portugal cheered the finish."]);
    expect(article.actors.find((a) => a.name === name)?.country).toBe(country);
  });
});

describe("an athlete's age as the speaker's description", () => {
  it("gives 'said the 29-year-old <surname>' to that person", () => {
    const found = quoteStarting(
      ["Peter Okello won the race on Sunday.", "“The hills in the last ten kilometres were hard,” said the 29-year-old Okello."],
      "The hills in",
    );
    expect(found.speaker).toBe("Peter Okello");
  });

  it("gives '… the 31-year-old added' after a quoted sentence to the person quoted there", () => {
    const found = quoteStarting(
      ["Maria Santos won the women's race in a course record.", "“I trained at altitude for two months,” said Santos. “I will defend the title next year,” the 31-year-old added."],
      "I will defend",
    );
    expect(found.speaker).toBe("Maria Santos");
  });

  it("leaves the age to no one when another person is named since the last quote", () => {
    const found = quoteStarting(
      ["Maria Santos won the women's race in a course record.", "“I trained at altitude for two months,” said Santos.", "Ana Lopes was second. “I will defend the title next year,” the 31-year-old added."],
      "I will defend",
    );
    expect(found.speaker).not.toBe("Maria Santos");
  });
});

describe("a plural nationality before two names joined by 'and'", () => {
  it("gives both people the nationality", () => {
    const article = extract([
      "Mary Wanjiru won the Lisbon race in Portugal on Sunday, ahead of fellow Kenyans Ann Kiprop and Ruth Chebet.",
      "Crowds in Lisbon, the Portuguese capital, lined the course.",
    ]);
    expect(article.actors.find((a) => a.name === "Ann Kiprop")?.country).toBe("KE");
    expect(article.actors.find((a) => a.name === "Ruth Chebet")?.country).toBe("KE");
  });

  it("leaves a singular nationality to the first name only", () => {
    const article = extract([
      "The Kenyan Ann Kiprop and Miguel Sousa shared the lead in Lisbon, Portugal, after ten kilometres.",
      "Crowds in Lisbon, the Portuguese capital, lined the course.",
    ]);
    expect(article.actors.find((a) => a.name === "Miguel Sousa")?.country).not.toBe("KE");
  });
});

describe("a sports story's opponents and host cities are no sign of its people's country", () => {
  it("does not give the players the country of the team they beat", () => {
    const article = extract([
      "The Harambee Stars coach Paul Otieno said his squad deserved the 2-1 win over Tanzania in the qualifier on Saturday.",
      "Striker James Mwangi scored both goals against Tanzania before halftime, and the visitors pulled one back late in the match.",
      "“We wanted the three points,” Otieno said.",
    ]);
    expect(article.actors.find((a) => a.name === "James Mwangi")?.country).not.toBe("TZ");
    expect(article.countries).toContain("TZ");
  });

  it("does not give the runners the country of the city whose marathon they ran", () => {
    const article = extract([
      "Ethiopia's Abebe Tola won the Paris marathon on Sunday.",
      "Mark Kiprono, who was fourth in the race, said the Paris marathon had a fast course.",
      "The Paris marathon drew a record field to the race, and the Berlin marathon is next.",
    ]);
    expect(article.actors.find((a) => a.name === "Mark Kiprono")?.country).not.toBe("FR");
  });
});

describe("a nationality opening a name the lists do not know, named later by surname", () => {
  it("keeps the nationality for the person the surname later makes", () => {
    const article = extract([
      "Peter Okello won the race in Lisbon, Portugal, on Sunday, ahead of fellow Kenyan Kiplagat Chebii and a large field.",
      "“I had no answer to his finish,” said Chebii, who ran in Lisbon for the first time.",
      "The race in Lisbon, the Portuguese capital, drew big crowds.",
    ]);
    expect(article.actors.find((a) => a.name === "Kiplagat Chebii")?.country).toBe("KE");
  });
});

describe("a compatriot shares the country of the person named just before", () => {
  it("gives 'his compatriot <name>' the country of the athlete before", () => {
    const article = extract([
      "Uganda's Peter Okello won the race in Lisbon, the Portuguese capital, on Sunday.",
      "His compatriot Moses Kato, who made his debut, finished second in Portugal.",
      "The crowd in Lisbon cheered them both.",
    ]);
    expect(article.actors.find((a) => a.name === "Moses Kato")?.country).toBe("UG");
  });
});

describe("a sports newcomer's label before the name", () => {
  it.each(["Newcomer", "Debutant"])("reads '%s <name>' as a title, not part of the name", (label) => {
    const article = extract([`${label} Peter Okello won the race in Lisbon on Sunday.`, "“The course suited me,” said Okello."]);
    expect(article.actors.some((a) => a.name === "Peter Okello")).toBe(true);
    expect(article.actors.some((a) => a.name.startsWith(label))).toBe(false);
  });
});
