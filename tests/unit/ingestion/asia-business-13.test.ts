/**
 * Structures of Asian English-language and business copy (issue 8, real-page probe): Malaysian "mil"/"bil" scales,
 * a titled leader's nickname in quote marks, scholars of a country's "studies", portfolios of law and manpower,
 * capitalised story openers, "Former" before a body and its role, and the grades of Sarawak titles.
 * Sentences written for these tests.
 */
import { extract, find, fromOutlet, speakerName } from "./raw-article";
import { read } from "./figure-reader";

const LEAD = "Ministers met business groups in the capital on Tuesday to discuss the coming budget.";

describe("Malaysian business copy's abbreviated scale words", () => {
  it("reads 'mil' and 'bil' after a currency as millions and billions", () => {
    expect(read("The builder won a RM420 mil contract for a flyover in Penang.", "MY")).toEqual([[420000000, "MONEY", "MYR", "RM420 mil"]]);
    expect(read("The group raised RM2.3 bil from its sukuk.", "MY")).toEqual([[2300000000, "MONEY", "MYR", "RM2.3 bil"]]);
    expect(read("Its Singapore arm signed a S$650 mil power deal.", "SG")).toEqual([[650000000, "MONEY", "SGD", "S$650 mil"]]);
  });

  it("leaves 'mil' without a currency alone", () => {
    expect(read("The sheeting is 6 mil thick.", "US").map((f) => f[0])).not.toContain(6000000);
  });
});

describe("a titled leader's nickname between the given name and the surname", () => {
  it("reads the given name and surname as one person, and the nickname as the same person later", () => {
    const article = extract([LEAD, "President Budi “Buwi” Santoso opened the new port on Monday.", "“We will build three more,” Buwi said."]);
    expect(find(article, "Budi Santoso")?.kind).toBe("PERSON");
    expect(find(article, "Buwi")).toBeUndefined();
    expect(find(article, "Santoso")).toBeUndefined();
    expect(speakerName(article, article.quotes[0])).toBe("Budi Santoso");
  });

  it("reads no body from the nickname opening a later sentence", () => {
    const article = extract([LEAD, "President Budi “Buwi” Santoso opened the new port on Monday.", "Buwi said that cocoa exports had doubled since 2020.", "“Now we grind the beans at home,” Buwi said at the plant."]);
    expect(find(article, "Buwi")).toBeUndefined();
  });
});

describe("a scholar of a country's studies or history", () => {
  it("gives the scholar no nationality from the field", () => {
    const article = extract([LEAD, "Chen Haoyu, a professor of Korean studies at Fudan University in Shanghai, said the visit mattered."]);
    expect(find(article, "Chen Haoyu")?.country).not.toBe("KR");
    const other = extract([LEAD, "Hiroshi Tanabe, a lecturer in Chinese history at Keio University in Tokyo, said the summit failed."]);
    expect(find(other, "Hiroshi Tanabe")?.country).not.toBe("CN");
  });
});

describe("portfolios of law and manpower before a minister's name", () => {
  it("keeps 'Minister for Law and Home Affairs' whole as the title", () => {
    const article = extract([LEAD, "Minister for Law and Home Affairs R. Devanathan said the bill would be tabled in May."]);
    const person = find(article, "R. Devanathan");
    expect(person?.kind).toBe("PERSON");
    expect(person?.title).toBe("Minister for Law and Home Affairs");
  });
});

describe("a story opener set in capitals", () => {
  it("reads no body from 'THE' opening a dateline's sentence", () => {
    const article = fromOutlet("thestar.com.my", [
      "PETALING JAYA: THE local palm oil sector expects higher output this year, the Malaysian Palm Oil Council said.",
      "Exports rose in the first quarter.",
    ], "Palm oil output to rise");
    expect(find(article, "THE")).toBeUndefined();
  });
});

describe("'Former' opening a sentence before a body's name and a lower-case role", () => {
  it("reads no body named 'Former …'", () => {
    const article = extract([LEAD, "Former Cabinet minister Tan Boon Heng will lead the new trust."]);
    expect(find(article, "Former Cabinet")).toBeUndefined();
    expect(find(article, "Tan Boon Heng")?.title).toBe("Former Cabinet minister");
  });
});

describe("the grades of Sarawak and Sabah titles after Datuk", () => {
  it("keeps 'Datuk Amar' and 'Datuk Patinggi' in the title, not the name", () => {
    const article = extract([LEAD, "Deputy Premier Datuk Amar Jonathan Linggi said the state had land to spare."]);
    expect(find(article, "Jonathan Linggi")?.kind).toBe("PERSON");
    const other = extract([LEAD, "Datuk Patinggi Rahman Jaafar said the bridge would open in June."]);
    expect(find(other, "Rahman Jaafar")?.kind).toBe("PERSON");
  });

  it("keeps a given name Amar when one word follows it", () => {
    const article = extract([LEAD, "Datuk Amar Singh said the club would appeal."]);
    expect(find(article, "Amar Singh")?.kind).toBe("PERSON");
  });
});

describe("a title set before the scene of the speech", () => {
  it("ends the title before 'in his' or 'at her' and the occasion", () => {
    const article = extract([LEAD, "“The port has doubled its traffic,” said Mei Lin Wong, chief executive of Harbourline in her speech to the chamber."]);
    expect(find(article, "Mei Lin Wong")?.title).toBe("chief executive of Harbourline");
    const other = extract([LEAD, "“We will keep the fleet,” said Tomas Lindqvist, chairman of Baltic Reefers at his last shareholder meeting."]);
    expect(find(other, "Tomas Lindqvist")?.title).toBe("chairman of Baltic Reefers");
  });
});

describe("a listed company's one-word name before a capitalised role and a name", () => {
  it("reads the company as the person's employer", () => {
    const article = extract([LEAD, "Demand is weak, Maersk CEO Henrik Dalgaard told the annual meeting."]);
    expect(find(article, "Maersk")?.country).toBe("DK");
    expect(find(article, "Henrik Dalgaard")?.title).toBe("Maersk CEO");
    const other = extract([LEAD, "Nokia President Aino Virtanen said orders had recovered."]);
    expect(find(other, "Nokia")?.kind).toBe("ORGANIZATION");
  });
});

describe("transport and industry sites named with a given name and a place word", () => {
  it("reads no person from a terminal, an interchange or a depot", () => {
    const article = extract([LEAD, "Coaches will link Kim Long Terminal in the west with the city.", "Feeder buses will stop at Anna Chau Interchange.", "Trucks queue at Ben Nghe Depot every night."]);
    expect(find(article, "Kim Long Terminal")).toBeUndefined();
    expect(find(article, "Anna Chau Interchange")).toBeUndefined();
    expect(find(article, "Ben Nghe Depot")).toBeUndefined();
  });
});
