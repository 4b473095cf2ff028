/**
 * Structures from English-language outlets of Nigeria, Kenya, Uganda, the Philippines, Indonesia, Vietnam, Mexico,
 * Colombia, Argentina, Egypt, Turkey and Poland (issue 8, round 8 probe): scale words, colon-introduced quotes,
 * day numbers inside dates, coordinated organisation names and appositive offices. Sentences written for these tests.
 */
import { read } from "./figure-reader";
import { extract, speakerName } from "./raw-article";

describe("the quadrillion scale word", () => {
  it("reads 'quadrillion' after a number as a scale like 'trillion'", () => {
    expect(read("Deposits at the lenders reached 4.2 quadrillion VND by the end of March.", "VN")).toEqual([[4.2e15, "MONEY", "VND", "4.2 quadrillion VND"]]);
    expect(read("The province's loan book stood at more than 1.75 quadrillion dong.", "VN")).toEqual([[1.75e15, "MONEY", "VND", "1.75 quadrillion dong"]]);
  });
});

describe("a quote introduced by 'His words:' or 'Her words:'", () => {
  it("gives the quote to the person the possessive pronoun means", () => {
    const a = extract([
      "Trade Minister Ngozi Adebayo-Kalu defended the new levy before the committee on Tuesday.",
      "Her words: “We cannot keep importing what our farmers can grow, and the levy gives them a fair start.”",
    ]);
    expect(a.quotes.map((q) => speakerName(a, q))).toEqual(["Ngozi Adebayo-Kalu"]);
  });

  it("reads 'In his words:' the same way", () => {
    const a = extract([
      "The governor of the state, Emeka Obiora-Nwankwo, inspected the flooded market on Saturday.",
      "In his words: “Nobody will be left to rebuild alone, and the traders will get their stalls back before Easter.”",
    ]);
    expect(a.quotes.map((q) => speakerName(a, q))).toEqual(["Emeka Obiora-Nwankwo"]);
  });
});

describe("a day number set off from its month by a comma", () => {
  it("reads no figure in 'on Friday, 7, March 2025' or '30, June'", () => {
    expect(read("The governor signed the bill in Ibadan on Friday, 7, March 2025, after a long debate.", "NG")).toEqual([]);
    expect(read("Banks had until 30, June to swap the old notes for 10,000 customers.", "NG")).toEqual([[10000, "COUNT", "customers", "10,000"]]);
  });
});

describe("two company names of several words joined by 'and'", () => {
  it("reads 'X Joint Stock Company and Y Joint Stock Company' as two bodies", () => {
    const a = extract(["The plant is built by Song Lam Cement Joint Stock Company and Thanh Dat Engineering Joint Stock Company, the provincial authority said."]);
    const orgs = a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name);
    expect(orgs).toEqual(expect.arrayContaining(["Song Lam Cement Joint Stock Company", "Thanh Dat Engineering Joint Stock Company"]));
  });

  it("keeps a short second half as one name", () => {
    const a = extract(["Depositors at Millbrook Farmers Bank and Trust Company were told their savings were safe."]);
    expect(a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name)).toEqual(["Millbrook Farmers Bank and Trust Company"]);
  });
});

describe("an office 'of' a country set before the name", () => {
  it("gives the person the country after the role's 'of'", () => {
    const a = extract([
      "Hungarian farmers blocked the border crossing near Szeged on Monday.",
      "The columnist quotes the President of the Slovak Republic, Marek Halvarik, who called for calm at the crossing.",
      "The Prime Minister of Croatia, Ivo Barisic-Toma, said the blockade hurt both sides.",
    ]);
    const country = (n: string) => a.actors.find((x) => x.name === n)?.country;
    expect(country("Marek Halvarik")).toBe("SK");
    expect(country("Ivo Barisic-Toma")).toBe("HR");
  });
});

describe("two names after a plural body noun", () => {
  it("reads 'the banks X and Y' as two bodies", () => {
    const a = extract(["Regulators took over the Peruvian lenders Crediandes and Finamarca on Friday after a run on deposits."]);
    const orgs = a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name);
    expect(orgs).toEqual(expect.arrayContaining(["Crediandes", "Finamarca"]));
  });
});

describe("a place's name before its lower-case head noun", () => {
  it("reads no person in \"Kenya's Turkana Lokichar basin\" or 'into the Mara Kiboko area'", () => {
    const a = extract([
      "The explorer said it struck oil in Kenya's Turkana Lokichar basin last year.",
      "Herders moved their cattle into the Mara Kiboko area after the rains failed, a county official said.",
    ]);
    expect(a.actors.filter((x) => x.kind === "PERSON").map((x) => x.name)).toEqual([]);
  });
});

describe("two chambers of a legislature joined by 'and'", () => {
  it("reads 'the Senate and House of Representatives' as two bodies", () => {
    const a = extract(["After protests from the Senate and House of Representatives, the central bank extended the deadline by a week."]);
    const orgs = a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name);
    expect(orgs).toEqual(expect.arrayContaining(["Senate", "House of Representatives"]));
    expect(orgs).not.toContain("Senate and House of Representatives");
  });
});

describe("a nickname in quote marks after a role word", () => {
  it("reads the person and the body after 'and' apart", () => {
    const a = extract([
      "The president met the country's biggest exporters at the palace on Thursday to ask them to bring their earnings home.",
      "Among the guests at the meeting were Mitra Baja chief executive Suharyo \"Bimo\" Wirantoko and Sinar Laut Group chairman Dedi Kusnadi-Putra.",
    ]);
    const people = a.actors.filter((x) => x.kind === "PERSON").map((x) => x.name);
    const orgs = a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name);
    expect(people).toContain("Suharyo Wirantoko");
    expect(orgs).toContain("Sinar Laut Group");
    expect(orgs.some((n) => n.includes(" and "))).toBe(false);
  });
});

describe("a nationality inside the counted thing", () => {
  it("skips a demonym between a modifier and the plural", () => {
    expect(read("The president met 35 leading Vietnamese exporters at the palace.", "VN")).toEqual([[35, "COUNT", "leading exporters", "35"]]);
  });
});

describe("a unit owned by a body of several words", () => {
  it("gives the unit the owner's country through the possessive", () => {
    const a = extract([
      "Peru's largest lender was fined on Tuesday after a two-year inquiry.",
      "The French Finance Ministry's Tax Fraud Investigation Service said the bank had hidden accounts in Lima.",
      "The U.S. Commerce Department's Bureau of Industry and Security added two of its suppliers to a trade blacklist.",
    ]);
    const country = (n: string) => a.actors.find((x) => x.name === n)?.country;
    expect(country("Tax Fraud Investigation Service")).toBe("FR");
    expect(country("Bureau of Industry and Security")).toBe("US");
  });
});

describe("several bodies speaking in a joint statement", () => {
  it("gives a quote after 'X and Y said in a joint statement' to no one of them", () => {
    const a = extract([
      "The securities regulator (CMV) and the Central Bank of Paraguay (BCP) said in a joint statement on Friday that the measure “is meant to protect small savers” while the audit runs.",
    ]);
    expect(a.quotes.map((q) => speakerName(a, q))).toEqual([null]);
  });

  it("still gives the quote to one body that said so in a statement", () => {
    const a = extract(["The Central Bank of Paraguay (BCP) said in a statement on Friday that the measure “is meant to protect small savers” while the audit runs."]);
    expect(a.quotes.map((q) => speakerName(a, q))).toEqual(["Central Bank of Paraguay"]);
  });
});

describe("a body named after an office's 'of'", () => {
  it("reads 'the Governor of the Central Bank' as naming the bank", () => {
    const a = extract(["Tunisia's reserves rose in March, the Governor of the Central Bank told lawmakers on Monday, without giving a figure."]);
    expect(a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name)).toEqual(["Central Bank"]);
  });

  it("keeps a portfolio ending in a service a portfolio", () => {
    const a = extract(["Ghana's civil servants will get a raise, the Minister for Public Service told reporters in Accra on Monday."]);
    expect(a.actors.filter((x) => x.kind === "ORGANIZATION").map((x) => x.name)).toEqual([]);
  });
});
