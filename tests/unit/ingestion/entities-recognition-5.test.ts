import { actor, extract, find } from "./raw-article";

describe("news agencies and broadcasters named as a source", () => {
  it("reads a national agency or broadcaster after 'told' or before 'quoted' as a body with its seat", () => {
    const article = extract([
      "The harbour master told Bernama that three boats had sunk overnight near the jetty.",
      "\"We will rebuild the pier before the monsoon,\" Antara quoted the regent as saying on Friday.",
      "A shop owner told Suspilne the blast shattered every window on the street.",
    ]);
    expect(actor(article, "Bernama").kind).toBe("ORGANIZATION");
    expect(actor(article, "Bernama").country).toBe("MY");
    expect(actor(article, "Antara").country).toBe("ID");
    expect(actor(article, "Suspilne").country).toBe("UA");
    expect(find(article, "Bernama")?.kind).not.toBe("PERSON");
  });
});
