import { extract, find } from "./raw-article";

describe("an envoy's country is the sending state, not the host", () => {
  it("reads 'Chinese Ambassador to Kenya <Name>' as a Chinese envoy named after the host country", () => {
    const article = extract([
      "Chinese Ambassador to Kenya Zhou Lianfeng said the new berth at the inland depot would open in May.",
      "Kenyan officials said the depot would cut trucking costs for traders in Nakuru and Eldoret.",
    ]);
    expect(find(article, "Kenya Zhou Lianfeng")).toBeUndefined();
    expect(find(article, "Zhou Lianfeng")?.country).toBe("CN");
    expect(find(article, "Zhou Lianfeng")?.title).toContain("Ambassador");
  });

  it("keeps a country word that is also a given name as the host after 'to'", () => {
    const article = extract(["US Ambassador to India Mark Ellison said the trade visit had been useful for both sides."]);
    expect(find(article, "India Mark Ellison")).toBeUndefined();
    expect(find(article, "Mark Ellison")?.country).toBe("US");
  });

  it("gives an appositive envoy the country that owns the title", () => {
    const article = extract([
      "Aid flights to the northern islands resumed on Thursday after the storm passed.",
      "Norway's ambassador to Manila, Kari Strand, told reporters that two cargo planes would land in Laoag on Friday.",
      "The Austrian envoy to the Philippines, Lukas Wimmer, said his government would send water filters.",
    ]);
    expect(find(article, "Kari Strand")?.country).toBe("NO");
    expect(find(article, "Lukas Wimmer")?.country).toBe("AT");
  });
});

describe("the places a story names say where it is set", () => {
  it("lets repeated states and cities outweigh a foreign company's adjective", () => {
    const article = extract(
      [
        "Korean battery maker Hanul Cells has dropped plans for a cathode plant near Brisbane in south-east Queensland, blaming weak demand in Korea.",
        "The Seoul-based company had promised 400 jobs in Queensland and a training centre on the Gold Coast. Brisbane had already set aside land for it.",
        "Local MP Gary Whitlock said the region had been let down. Council CEO Rhonda Marsh said the site would be offered to other investors across Queensland.",
      ],
      "Korean battery maker drops Brisbane plant",
    );
    expect(find(article, "Gary Whitlock")?.country).toBe("AU");
    expect(find(article, "Rhonda Marsh")?.country).toBe("AU");
  });
});
