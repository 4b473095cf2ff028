import { quoteStarting, quotesOf as quotes } from "./raw-article";

describe("a role noun opening a sentence, then how the words were given", () => {
  it("reads 'The senator in a statement … said' as the senator named before", () => {
    const found = quoteStarting(
      [
        "Senator Musa Bello has criticised the new fuel levy.",
        "The senator in a statement he issued on Friday in Kano said the levy brought in by Peter Okafor, chairman of the Revenue Board, was a burden on traders.",
        "He said, “The board has become a tax machine. Traders cannot survive this.”",
      ],
      "The board has become",
    );
    expect(found.speaker).toBe("Musa Bello");
  });

  it("does the same for 'in an interview'", () => {
    const found = quoteStarting(
      [
        "Governor Amina Sule opened the new clinic in Yola.",
        "The governor in an interview with local radio said the clinic was built for Grace Obi, a midwife who had worked in the town for decades.",
        "She said, “This town has waited too long for a proper clinic.”",
      ],
      "This town has waited",
    );
    expect(found.speaker).toBe("Amina Sule");
  });
});

describe("a quote after a sentence that ends by naming its reporter", () => {
  it("gives the quote to the person named at the end of the sentence before, not to the last speaker", () => {
    const found = quoteStarting(
      [
        "LAGOS: Trade Minister Olu Adeyemi opened the fair on Monday, while Central Bank Governor Tunde Bako gave the keynote.",
        "“Prices will fall and I think this will help families,” Bako said. “We have seen the results already.”",
        "Exports are now growing fast, Adeyemi told reporters. “My office has not stopped receiving orders. Last week we signed many deals.”",
      ],
      "My office has not",
    );
    expect(found.speaker).toBe("Olu Adeyemi");
    expect(found.sieve).toBe("reported-before");
  });

  it("does the same after a titled reporter ending the sentence", () => {
    const found = quoteStarting(
      [
        "Health Minister Rana Haddad toured the new ward, and hospital director Karim Nasser showed her the theatres.",
        "“The ward will take its first patients next week,” Nasser said.",
        "Waiting lists have halved since March, Minister Rana Haddad said. “No one should wait a year for surgery.”",
      ],
      "No one should wait",
    );
    expect(found.speaker).toBe("Rana Haddad");
  });
});

describe("a pronoun whose antecedent stands several 'he' sentences back", () => {
  it("follows sentences opened or closed by the same pronoun across paragraphs", () => {
    const found = quoteStarting(
      [
        "Tax Office chief Kwame Owusu said that the rules had not been enforced in full across the country.",
        "This means enforcement in the districts is still weak, he added.",
        "He was speaking as chief guest at a forum organised by the Tax Officers Association on Monday in Accra.",
        "He said that the office had made remittances tax-free to help migrant workers.",
        "“Surprisingly, we found a trader who hid his income. Such cases widen inequity,” he added.",
      ],
      "Surprisingly, we found",
    );
    expect(found.speaker).toBe("Kwame Owusu");
  });

  it("still leaves a 'she' unresolved when the only person named is a man", () => {
    const found = quoteStarting(
      [
        "Port manager Daniel Mensah said the new cranes had arrived from the supplier.",
        "He was speaking at the harbour on Monday.",
        "He said that the cranes would be working by June.",
        "“We expect the queues of ships to shrink before the rains,” she said.",
      ],
      "We expect the queues",
    );
    expect(found.speaker).toBeNull();
  });
});

describe("names in quotation marks", () => {
  it("takes the name of an event after 'titled' for no quote", () => {
    const found = quotes([
      "Finance Minister Lena Horak spoke at a forum titled ‘Trade, Tariffs and the Digital Economy’ in Vienna on Monday.",
      "“We will not raise taxes on small firms,” Horak said.",
    ]);
    expect(found.map((q) => q.text)).toEqual(["We will not raise taxes on small firms"]);
  });

  it("does the same after 'entitled' and 'themed'", () => {
    const found = quotes([
      "The ministry published a report entitled “Water for Every Village by 2030” on Tuesday, at a summit themed ‘Rivers, Rain and the Next Generation’.",
    ]);
    expect(found).toEqual([]);
  });
});
