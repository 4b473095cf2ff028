import { find, fromOutlet } from "./raw-article";

// A local outlet writes the country before a foreign official's title ("U.S. President", "Chilean Foreign
// Minister") and none before its own government's: the bare government title is the outlet's country's, even when
// the story never writes that country's name.
describe("a bare government title beside a foreign one on a local outlet", () => {
  it.each([
    ["President Marta Quiroga flew to Washington on Monday to meet U.S. President Daniel Hargrove.", "Marta Quiroga"],
    ["Interior Minister Tomás Ledesma said the talks with Chilean Foreign Minister Inés Varela had gone well.", "Tomás Ledesma"],
  ])("gives the outlet's country to the unqualified official in %j", (sentence, name) => {
    const article = fromOutlet("diariosur.com.ar", [sentence, "Economy Minister Pablo Arrieta told reporters that the budget would be sent to Congress next week."], "Talks Abroad Dominate the Week");
    expect(find(article, name)?.country).toBe("AR");
    expect(find(article, "Pablo Arrieta")?.country).toBe("AR");
  });
  it("keeps the qualified official's own country", () => {
    const article = fromOutlet("diariosur.com.ar", ["President Marta Quiroga flew to Washington on Monday to meet U.S. President Daniel Hargrove."], "Talks Abroad Dominate the Week");
    expect(find(article, "Daniel Hargrove")?.country).toBe("US");
  });
  it("leaves a story with no qualified foreign official to the country it names", () => {
    const article = fromOutlet("diariosur.com.ar", ["Defense Secretary Mark Olden said in Washington that the United States would send two more ships."], "Ships Sent");
    expect(find(article, "Mark Olden")?.country).toBe("US");
  });
});
