import { extract, find, fromOutlet } from "./raw-article";

/**
 * A story about a foreign firm's plant or investment is set where the plant is: the demonym of the owner ("a
 * Danish turbine maker", "German and Czech carmakers", "the Saudi agri-giant") says whose money it is, not where
 * the story's officials and residents belong.
 */
describe("an owner's demonym in an investment story", () => {
  it("leaves local officials with the country of the plant, not the investor's", () => {
    const article = extract(
      [
        "MARLOW, Ala. — Marlow County commissioners voted 3-2 on Monday to approve a tax break for a Danish turbine maker that plans a $600 million blade factory near the river.",
        "The Danish company will hire 700 workers over five years, said Commission Chairman Earl Pickens, who pushed for the deal.",
        "\"We fought three other states for this,\" Pickens said. Commissioner Ada Lovett voted against it and said Danish investors had promised more than they could deliver elsewhere.",
        "Alabama and Tennessee had also bid for the plant, according to the county's development authority.",
      ],
      "County backs tax break for Danish blade factory",
    );
    expect(find(article, "Earl Pickens")?.country).toBe("US");
    expect(find(article, "Ada Lovett")?.country).toBe("US");
  });

  it("keeps the ministers of the host country when the investor is named by its country more often in the title", () => {
    const article = fromOutlet(
      "ahramonline-sample",
      [
        "A Qatari food group signed a deal on Sunday to farm 8,000 feddans near Minya, in a project the government says will cut Egypt's grain imports.",
        "\"This land has waited decades for water,\" Minister of Irrigation Hossam Farid said at the ceremony in Cairo.",
        "The Qatari investor will also build a silo in Assiut, and Qatari banks will lend part of the cost, said Planning Minister Dalia Ezzat.",
        "Egypt has signed similar deals with Gulf investors this year.",
      ],
      "Qatari group to farm 8,000 feddans in Upper Egypt",
    );
    expect(find(article, "Hossam Farid")?.country).toBe("EG");
    expect(find(article, "Dalia Ezzat")?.country).toBe("EG");
  });

  it("still reads a demonym before a people noun as the story's country", () => {
    const article = extract(
      [
        "Danish voters go to the polls on Tuesday after a campaign dominated by housing costs.",
        "\"People want homes they can afford,\" Prime Minister Lotte Brandt told reporters in Copenhagen.",
        "Danish families spend a third of their income on rent, the statistics office said.",
      ],
      "Danish voters head to the polls",
    );
    expect(find(article, "Lotte Brandt")?.country).toBe("DK");
  });
});
