/**
 * Kinds of figures that real news copy writes and a quantity benchmark of news sentences counts (issue 8):
 * pence and cents glued to the amount, vulgar fractions, bare degree signs, occurrences in "times", data rates
 * and other units of spec sheets, open bounds ("5,000+"), poll leads in points, casualty verbs before a bare
 * number, tallies after a chamber, spans whose second end is bare; each with look-alikes that stay out.
 * Sentences written for these tests.
 */
import { read, units, values } from "./figure-reader";

describe("subunits glued to the amount", () => {
  it("reads pence and halfpence in a market report as pounds", () => {
    expect(read("The brewer rose 9p, or 2.2 per cent, to 418½p.", "GB")).toEqual([
      [0.09, "MONEY", "GBP", "9p"],
      [2.2, "PERCENT", "%", "2.2 per cent"],
      [4.185, "MONEY", "GBP", "418½p"],
    ]);
  });

  it("reads a glued c as cents of the story's currency, and US cents as dollars", () => {
    expect(read("Diesel drops by 38c a litre at midnight.", "ZA")).toEqual([[0.38, "MONEY", "ZAR", "38c"]]);
    expect(read("The kiwi fell to 58.7 US cents.", "NZ")).toEqual([[0.587, "MONEY", "USD", "58.7 US cents"]]);
  });

  it("leaves video resolutions and other glued letters alone", () => {
    expect(values("The camera shoots 1080p and 720p video at 5G speeds.")).toEqual([]);
  });
});

describe("fractions after a whole number", () => {
  it("adds a written or glyph fraction to the whole", () => {
    expect(read("The jury deliberated for 6 1/2 hours.")).toEqual([[6.5, "DURATION", "hour", "6 1/2 hours"]]);
    expect(read("The plot measures 2¼ acres.")).toEqual([[2.25, "MEASURE", "acre", "2¼ acres"]]);
  });

  it("does not join a date or a slash pair", () => {
    expect(values("The helpline runs 24/7 and the form is due 3/4.")).toEqual([]);
  });
});

describe("temperatures written with a bare degree sign", () => {
  it("reads Fahrenheit in a US story and Celsius elsewhere", () => {
    expect(read("Las Vegas reached 114° on Sunday.", "US")).toEqual([[114, "MEASURE", "°F", "114°"]]);
    expect(read("Jacobabad reached 51° on Sunday.", "PK")).toEqual([[51, "MEASURE", "°C", "51°"]]);
  });

  it("does not read a bearing or a coordinate as a temperature", () => {
    expect(values("The island lies at 12°N, 45°E.")).toEqual([]);
  });
});

describe("occurrences counted in times", () => {
  it("counts times in digits, and names downloads or views when the verb does", () => {
    expect(read("She has crossed the Channel 43 times.")).toEqual([[43, "COUNT", "times", "43 times"]]);
    expect(units("The clip was viewed 12 million times and the app downloaded 3m times.")).toEqual(["views", "downloads"]);
    expect(units("The bond sale was 4.5 times oversubscribed.")).toEqual(["times"]);
    // A glued x is a multiple too; "4x4" is a vehicle.
    expect(read("Bookings grew 3.5x after the 4x4 launch.")).toEqual([[3.5, "COUNT", "times", "3.5x"]]);
  });

  it("leaves a small spelled multiple as prose", () => {
    expect(values("Rents are three times higher than in 2015.")).toEqual([]);
  });
});

describe("units of spec sheets, science and health pages", () => {
  it("reads data rates, pressure, torque, small masses and lengths", () => {
    expect(units("The fibre plan offers 900 Mbps, the tyres run at 35 psi and the engine makes 520 lb-ft.")).toEqual(["Mbps", "psi", "lb·ft"]);
    expect(units("Each tablet holds 400 micrograms and filters catch 0.3 microns.")).toEqual(["µg", "µm"]);
    expect(units("Ozone reached 418 parts per million and the meal has 650 calories.")).toEqual(["ppm", "kcal"]);
  });
});

describe("open bounds, poll leads and tallies", () => {
  it("keeps a plus sign or '-plus' with the number and reads the noun after it", () => {
    expect(read("The firm has 2,500+ engineers and 3 million-plus customers.")).toEqual([
      [2500, "COUNT", "engineers", "2,500+"],
      [3000000, "COUNT", "customers", "3 million-plus"],
    ]);
  });

  it("reads a lead in points as percentage points beside a percentage, not in a league table", () => {
    expect(units("The Greens are on 38%, 11 points ahead of Labour.")).toEqual(["%", "pp"]);
    expect(units("Rovers are 11 points clear at the top after 20 games.")).toEqual(["points", "games"]);
  });

  it("reads a tally after the chamber that passed it", () => {
    expect(units("The budget passed the Senate 51 to 49 on Friday.")).toEqual(["votes", "votes"]);
  });
});

describe("bare numbers named by the words around them", () => {
  it("names a bare count by the casualty verb before it when no count comes before", () => {
    expect(units("The flood, which displaced more than 80,000 last month, has eased.")).toEqual(["displaced"]);
    // A count just before shares its noun, qualified by the verb before the bare number (labels say "people" or "injured").
    expect(units("The blast killed 14 people and injured 62.")).toEqual(["people", "injured people"]);
  });

  it("gives the bare second end of a from-to span the first end's unit", () => {
    expect(units("Commutes fell from 55 minutes to 40.")).toEqual(["minute", "minute"]);
    expect(units("Inflation slowed to 2.9% from 3.4.")).toEqual(["%", "%"]);
    // A count's span is read by the count rules.
    expect(units("Sales rose from 40 units to 55 units.")).toEqual(["units", "units"]);
  });

  it("gives the first end of a range the unit written after its second end, over a subject's noun", () => {
    expect(units("Rents rose 4-5 per cent and fees of 8%-10% apply.")).toEqual(["%", "%", "%", "%"]);
  });

  it("reads a bare number before 'in' as the first count of the frame it repeats", () => {
    expect(units("Salah has 19 goals in 28 league games and 24 in all competitions.")).toEqual(["goals", "league games", "goals"]);
  });

  it("reads a part of a whole joined by a bare 'of'", () => {
    expect(units("Air defences shot down 41 of 47 drones.")).toEqual(["drones", "drones"]);
  });

  it("counts a plural after a word that names a seat or a stage, and reads a rank before 'in' as no ratio", () => {
    expect(units("The new stand will seat 12,000 spectators.")).toEqual(["spectators"]);
    expect(read("The single hit No. 1 in 17 countries.")).toEqual([[17, "COUNT", "countries", "17"]]);
    expect(units("Pakistan made 287 for nine in 50 overs.")).toEqual(["runs", "overs"]);
  });
});

describe("scales written in other house styles", () => {
  it("reads a decimal comma before a scale word or a percent sign, and nowhere else", () => {
    expect(read("Transnet needs R4,7 billion and the jobless rate is 33,1%.", "ZA")).toEqual([
      [4700000000, "MONEY", "ZAR", "R4,7 billion"],
      [33.1, "PERCENT", "%", "33,1%"],
    ]);
    expect(values("Groups 2,3 and 4 met on Monday.")).not.toContain(2.3);
  });

  it("reads a hyphened crore, a spelled compound before a scale and a quarter of a scale", () => {
    expect(read("The ₹800-crore flyover opened.", "IN")).toEqual([[8000000000, "MONEY", "INR", "₹800-crore"]]);
    expect(read("Thirty-two thousand runners took part.")).toEqual([[32000, "COUNT", "runners", "Thirty-two thousand"]]);
    expect(read("Nearly a quarter of a million households lost power.")).toEqual([[250000, "COUNT", "households", "a quarter of a million"]]);
  });

  it("reads a hyphened cent as money", () => {
    expect(read("Voters backed a 15-cent levy.", "US")).toEqual([[0.15, "MONEY", "USD", "15-cent"]]);
  });
});

describe("weather readings and dimensions without a unit on every number", () => {
  it("reads a bare reading after a weather head word as degrees, a share's high as no temperature", () => {
    expect(read("Temperatures soared to 109 in Fresno.", "US")).toEqual([[109, "MEASURE", "°F", "109"]]);
    expect(units("Highs of 29 are likely, with overnight lows of 14.", "IE")).toEqual(["°C", "°C"]);
    expect(units("A high of 97 is forecast for Austin, with lows near 75.", "US")).toEqual(["°F", "°F"]);
    expect(read("The shares touched a high of 97 before closing at 94.", "US").filter((f) => f[1] === "MEASURE")).toEqual([]);
  });

  it("gives each side of a dimension the unit the chain ends with", () => {
    expect(units("The tablet measures 250.5 x 174.3 x 6.1 mm.")).toEqual(["mm", "mm", "mm"]);
    expect(units("The screen is 55 x 32 inches.")).toEqual(["in", "in"]);
  });
});
