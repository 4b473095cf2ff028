import { extract, find, fromOutlet } from "./raw-article";

describe("a business described by its country before it is named", () => {
  it("is the next body named by its bare name, not a public body named with 'the' in between", () => {
    const article = fromOutlet(
      "courtwatch-sample.co.za",
      [
        "A Danish pump maker and its local agent overcharged a Johannesburg water utility by R90-million, the Public Audit Office told the Water Tribunal in Johannesburg on Monday.",
        "The audit office wants the contract with Ostervang Pumper A/S set aside. The Danish firm denies wrongdoing.",
        "Audit office spokesperson Thabo Dlamini said the office would ask for the money back.",
      ],
      "Danish pump maker overcharged utility, tribunal hears",
    );
    expect(find(article, "Public Audit Office")?.country).toBe("ZA");
    expect(find(article, "Thabo Dlamini")?.country).toBe("ZA");
  });
});

describe("a ministry named only by its portfolio", () => {
  it("gives 'the Energy Department' of an Indian state the story's country, not the United States'", () => {
    const article = fromOutlet(
      "thehindu-sample.com",
      [
        "The Kerala High Court on Tuesday quashed a tender for solar pumps, saying the process in Kerala had favoured one bidder.",
        "In a statement, the Energy Department said it would study the order. Kerala's Energy Minister Rajan Pillai said the State would appeal.",
      ],
      "High Court quashes Kerala solar pump tender",
    );
    expect(find(article, "Energy Department")?.country).toBe("IN");
  });
});

describe("an envoy the text gives no country", () => {
  it("serves the other country named just before him, not the one he is posted to", () => {
    const article = fromOutlet(
      "dawn-sample.com",
      [
        "Relief flights reached Karachi on Friday as Pakistan asked for more help after floods in Sindh.",
        "Japan has pledged 200 million yen for clean water. Ambassador Kenji Okada, speaking at the airport, said Tokyo would send pumps.",
        "Provincial officials in Sindh said the water was still rising.",
      ],
      "Relief flights land in Karachi",
    );
    expect(find(article, "Kenji Okada")?.country).toBe("JP");
  });

  it("keeps an envoy's explicit country", () => {
    const article = extract(["Kenya's Ambassador to Japan, Grace Mwangi, said the trade fair in Tokyo had drawn 300 firms from Kenya."]);
    expect(find(article, "Grace Mwangi")?.country).toBe("KE");
  });
});

describe("ranks written without full stops", () => {
  it("reads 'Lt Gen' and 'Brig' as titles, not as part of the name", () => {
    const article = extract([
      "The army's engineering chief, Lt Gen Tariq Mahmood Rana, said 40 villages in Punjab were cut off.",
      "Brig Salman Haider, who leads the relief unit, said boats had reached Multan.",
    ]);
    expect(find(article, "Tariq Mahmood Rana")?.title).toBe("Lt Gen");
    expect(find(article, "Salman Haider")).toBeDefined();
    expect(find(article, "Lt Gen")).toBeUndefined();
  });

  it("reads no one from a generation's name", () => {
    const article = extract(["Gen Z voters in Lahore turned out in large numbers, officials in Punjab said."]);
    expect(article.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual([]);
  });
});
