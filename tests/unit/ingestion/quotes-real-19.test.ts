import { findQuoteSpans } from "../../../src/ingestion/stages/quote-spans";
import { quotesOf as quotesFound } from "./raw-article";

/** The quotes of a page made of these paragraphs, as text and speaker. */
function quotesOf(paragraphs: string[]) {
  return quotesFound(paragraphs).map(({ text, speaker }) => ({ text, speaker }));
}

describe("chants and signs are not quotes", () => {
  it("drops a chant after 'chanted,' and the chants joined to it by 'and'", () => {
    const quotes = quotesOf([
      "About 300 nurses marched from the hospital to the county office in Marlow on Tuesday.",
      "The marchers chanted, often very loudly, “Whose wards? Our wards” and “Staff the night shift now.”",
    ]);
    expect(quotes).toEqual([]);
  });

  it("drops chants after 'chants of' and a sign's words after 'a banner reading'", () => {
    const quotes = quotesOf([
      "Students gathered outside the ministry in Port Vell, carrying a long banner reading “Books Not Bullets For Our Schools.”",
      'They were led in chants of "No fees, no peace" and "Hey hey, ho ho, the tuition hike has got to go" for an hour.',
    ]);
    expect(quotes).toEqual([]);
  });

  it("drops a chant the crowd is said to chant after the quote", () => {
    const quotes = quotesOf(["“Clean water is a right, not a favour,” the crowd chanted outside the utility's offices in Dunmore."]);
    expect(quotes).toEqual([]);
  });

  it("keeps a protester's shouted words and a quote said while a crowd chants", () => {
    const quotes = quotesOf([
      "Union leader Marta Ilunga addressed the marchers in Dunmore on Friday.",
      "One marcher shouted, “They are going to close the gates on us,” and urged the others to keep walking.",
      "“We will be back every week until the plant reopens,” Ilunga said as supporters chanted behind her.",
      "The crowd chanted slogans, but Ilunga told reporters: “Nobody here wants trouble.”",
    ]);
    expect(quotes).toEqual([
      { text: "They are going to close the gates on us", speaker: null },
      { text: "We will be back every week until the plant reopens", speaker: "Marta Ilunga" },
      { text: "Nobody here wants trouble.", speaker: "Marta Ilunga" },
    ]);
  });

  it("keeps a one-word answer with a speech verb and a statement that reads", () => {
    const quotes = quotesOf([
      "Transport Minister Kofi Mensah-Bart was asked whether fares would rise. “No,” Mensah-Bart said.",
      "A statement from the ministry read: “Fares will stay frozen until the end of the year.”",
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["No", "Fares will stay frozen until the end of the year."]);
  });
});

describe("a credo or an inquiry's remit in quote marks is a name, not a quote", () => {
  it("drops the words after 'the credo that' and 'an inquiry into'", () => {
    const quotes = quotesOf([
      "Culture Minister Devika Rao said the festival's credo that “every village has a song worth hearing” would guide the new grants.",
      "Senator Tom Hallett has launched an inquiry into “local choice and the cost of regulation in small towns” this week.",
    ]);
    expect(quotes).toEqual([]);
  });

  it("keeps words quoted after an inquiry that someone says", () => {
    const quotes = quotesOf(["Senator Tom Hallett said the inquiry would be “a fair hearing for every small town in the state.”"]);
    expect(quotes).toEqual([{ text: "a fair hearing for every small town in the state.", speaker: "Tom Hallett" }]);
  });
});

describe("a short lower-case phrase quoted in a sentence with no speech", () => {
  it("is a term, not a quote", () => {
    const quotes = quotesOf([
      "The review covers rules that limit what adults may do “for their own protection and safety” in public places.",
    ]);
    expect(quotes).toEqual([]);
  });

  it("stays a quote when the sentence reports speech, before or after", () => {
    const quotes = quotesOf([
      "Senator Tom Hallett spoke in Hobart on Monday.",
      "Hallett accused the ministry of “treating adults like children” in its new rules.",
      "The rules exist “for the protection of other people,” Hallett said.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["treating adults like children", "for the protection of other people"]);
  });
});

describe("chants listed with a translation in brackets after each", () => {
  it("drops every chant of the list", () => {
    const quotes = quotesOf([
      'The students were chanting slogans including "Amra ki chai, bichar chai" (What do we want, we want justice), "Fees down, fees down," "Ghore fero, ghore fero" (Go home, go home).',
    ]);
    expect(quotes).toEqual([]);
  });
});

describe("a straight double quote closed by two apostrophes", () => {
  it("closes at the pair, so the attribution after it is read", () => {
    const quotes = quotesOf([
      "Union Commerce Minister Radhika Venugopal spoke to reporters in Madurai on Friday.",
      '"The export figures speak for themselves and the critics know it,\'\' she told reporters. "We will answer them in Parliament.\'\'',
    ]);
    expect(quotes).toEqual([
      { text: "The export figures speak for themselves and the critics know it", speaker: "Radhika Venugopal" },
      { text: "We will answer them in Parliament.", speaker: "Radhika Venugopal" },
    ]);
  });

  it("does not close at a doubled apostrophe inside a word", () => {
    const body = `"The state''s farmers need the canal before the monsoon,'' he said.`;
    expect(findQuoteSpans(body).map((s) => s.text)).toEqual(["The state''s farmers need the canal before the monsoon"]);
  });
});
