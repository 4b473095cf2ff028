import { writtenForms } from "../../../src/ingestion/gazetteers/places";
import { extract, find, fromOutlet } from "./raw-article";

describe("the country of people and bodies the text gives none for", () => {
  it("writes a subdivision's name as English copy does: without diacritics, with St for Saint", () => {
    expect(writtenForms("Bình Dương")).toContain("Binh Duong");
    expect(writtenForms("Bà Rịa - Vũng Tàu")).toContain("Ba Ria-Vung Tau");
    expect(writtenForms("Saint Andrew")).toEqual(expect.arrayContaining(["St Andrew", "St. Andrew"]));
  });

  it("reads provinces written without their diacritics as the story's setting", () => {
    const article = extract(
      [
        "Rice exporters in Vietnam expect a record season. Mills in Long An and Dong Thap are running night shifts, and traders in An Giang report full order books.",
        "Tran Van Khoa, director of the Southern Grain Cooperative, said buyers from the US had doubled their orders.",
        "Exports from Vietnam rose 12% in the first half, the Ministry of Industry and Trade said, with most of the grain going to Manila.",
      ],
      "US buyers double orders as rice mills run night shifts",
    );
    expect(find(article, "Southern Grain Cooperative")?.country).toBe("VN");
    expect(find(article, "Ministry of Industry and Trade")?.country).toBe("VN");
  });

  it("gives a local outlet's people its own country when the body names that country", () => {
    const article = fromOutlet(
      "harbourlight-sample.com.jm",
      [
        "A taxi operator from Saint Andrew was fined yesterday for running an unlicensed route to the airport, after complaints from visitors from the US and Canada.",
        "Magistrate Delroy Fairweather told the court that Jamaican roads could not be left to unregistered drivers. American tourists had filed four complaints, and two Canadian families wrote to the US embassy.",
        "The operator, Clive Morrison-Grant, said he would pay the fine.",
      ],
      "Taxi operator fined over airport route",
    );
    expect(find(article, "Delroy Fairweather")?.country).toBe("JM");
    expect(find(article, "Clive Morrison-Grant")?.country).toBe("JM");
  });

  it("keeps the leading country when the outlet's own country is named only in passing", () => {
    const article = fromOutlet(
      "lakeside-sample.co.ke",
      [
        "Chile's copper output rose in March, the mining ministry in Santiago said. Chilean exporters shipped more to China than a year before.",
        "Output at the Rio Seco mine in Chile rose 9%, its manager Ramiro Oyarzún said. Chile supplies a quarter of the world's copper; a Kenyan trader said prices would follow.",
        "Chile expects a further rise in April, Oyarzún said.",
      ],
      "Chile's copper output rises",
    );
    expect(find(article, "Ramiro Oyarzún")?.country).toBe("CL");
  });

  it("leaves a body named for a region of the world without the story's country, but not an outlet named for one", () => {
    const article = extract([
      "Firefighters in Portugal contained a blaze near Coimbra on Sunday. Portugal has lost 30,000 hectares this year, according to the European Drought Observatory, and Portuguese officials expect more fires.",
      "The Portuguese civil protection agency said 400 firefighters remained on the ground, Pacific Times reported.",
    ]);
    expect(find(article, "European Drought Observatory")?.country).toBeNull();
    expect(find(article, "Pacific Times")?.country).toBe("PT");
  });

  it("gives a business first described by its base the country of that base when the text names it later", () => {
    const article = extract([
      "ACCRA — Ghana's roads agency has awarded a contract for a coastal highway to a Lisbon-based builder, the Ministry of Roads said on Monday.",
      "The agreement was signed in Accra by the agency's director and managers of Atlantico Obras, which has built bridges in Angola and Mozambique. Ghana will pay for the road over ten years.",
    ]);
    expect(find(article, "Atlantico Obras")?.country).toBe("PT");
  });

  it("gives a national Red Cross society its country, and leaves the movement itself without one", () => {
    const article = extract([
      "The Kenyan Red Cross opened two shelters in Garissa after the river burst its banks, and the Red Cross movement appealed for funds.",
    ]);
    expect(find(article, "Kenyan Red Cross")?.country).toBe("KE");
  });

  it("reads an acronym of a translated name, its initials in another order, as the name's alias", () => {
    const article = extract([
      "Lyon Metropolitan Water (EML) said the pipes would be replaced by spring. EML will close two streets in the old town while the work goes on.",
    ]);
    const water = find(article, "Lyon Metropolitan Water");
    expect(water?.aliases).toContain("EML");
    expect(find(article, "EML")).toBeUndefined();
  });

  it("keeps a local outlet's story filed from another country set where it was filed", () => {
    const article = fromOutlet(
      "lagoonwire-sample.com.ng",
      [
        "ACCRA — Traders from Nigeria closed their shops in the Ghanaian capital on Monday after a dispute over licence fees, a week after Nigerian officials asked Ghana to review the fees.",
        "Market chairman Kwabena Owusu-Ansah said the traders had paid every fee asked of them.",
      ],
      "Traders close shops in Accra over licence fees",
    );
    expect(find(article, "Kwabena Owusu-Ansah")?.country).toBe("GH");
  });

  it("keeps the leading country for a body named for a region inside the country", () => {
    const article = extract([
      "Police in Ghana arrested six men after a robbery in Kumasi, the Ashanti Regional Police Command said. Ghana has seen a rise in such attacks, and Ghanaian officials promised more patrols.",
    ]);
    expect(find(article, "Ashanti Regional Police Command")?.country).toBe("GH");
  });

  it("seats a body named right before 'in' and a city there", () => {
    const article = extract([
      "The euro slipped after the data, said Jonas Keller, head of research at Nordhafen Bank in Hamburg. Traders in Madrid and Paris expected the central bank to wait, and Spanish bonds rose.",
    ]);
    expect(find(article, "Nordhafen Bank")?.country).toBe("DE");
  });

  it("does not move a foreign story to the outlet's country for its own nationals named in it", () => {
    const article = fromOutlet(
      "southcoastdaily-sample.co.uk",
      [
        "Firefighters in Spain fought a wildfire near a resort on Tuesday, and Spanish police evacuated 2,000 people, among them British holidaymakers.",
        "Regional president Joaquín Ferrer Solís said the fire was under control. Spain has lost 40,000 hectares to fires this summer, and Spanish officials blamed the heat.",
        "British tourists were taken to a sports hall, and the Foreign Office said it was helping British nationals.",
      ],
      "Wildfire forces evacuation of resort",
    );
    expect(find(article, "Joaquín Ferrer Solís")?.country).not.toBe("GB");
  });
  it("reads a bare 'Foreign Office' as the foreign ministry of the outlet's or story's country", () => {
    const pakistani = fromOutlet("dawn.com", ["Pakistan and Uzbekistan agreed on Tuesday to speed up work on a rail link, the Foreign Office said in a statement after talks in Islamabad."], "Pakistan, Uzbekistan agree to speed up rail link");
    expect(find(pakistani, "Foreign Office")?.country).toBe("PK");
    const british = fromOutlet("southcoastdaily-sample.co.uk", ["British holidaymakers were moved to a sports hall in Spain, and the Foreign Office said it was in touch with Spanish officials."], "Holidaymakers moved as fire spreads");
    expect(find(british, "Foreign Office")?.country).toBe("GB");
  });
});
