import { quoteStarting } from "./raw-article";

// Wire copy opens its first paragraph with a dateline: a city in capitals, maybe a date, the agency's credit in
// brackets, then a dash or a colon. The sentence's subject comes after it.
describe("a dateline before the subject of a wire story's first sentence", () => {
  const datelines = [
    "KARACHI: ",
    "KARACHI - ",
    "KARACHI (APP) - ",
    "KARACHI, March 4 (Reuters) - ",
    "KARACHI (AP) — ",
    "KARACHI, (City Wire / Sindh News Service - 4th Mar, 2025 ) :",
  ];
  it.each(datelines)("gives a later 'he said' to the titled minister after %j, not the man he invited", (dateline) => {
    const found = quoteStarting(
      [
        `${dateline}Minister for Ports Saleem Qureshi on Tuesday asked the leader of the Harbour Workers Union Yasir Baig to call off the strike.`,
        "“He should think of the traders whose goods sit on the quay,” he said while speaking to a local television channel.",
      ],
      "He should think",
    );
    expect(found.speaker).toBe("Saleem Qureshi");
  });
});
