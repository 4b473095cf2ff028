/**
 * Figure.kind and FigureFilter.kind / search, end to end: raw pages go in through ingestArticle, the
 * quantities stage gives each figure its kind and unit, and the filters read them back through GraphQL.
 */
import { startTestApp, type TestApp } from "../helpers/test-app";

let app: TestApp;

/** A scraped page in the shape the parser reads: navigation, title, outlet and date line, paragraphs. */
function page(title: string, source: string, paragraphs: string[]): string {
  return ["Home", "", title, "", `${source} 2 hours ago`, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");
}

beforeAll(async () => {
  app = await startTestApp();
  await app.ingest(
    page("Wind Farm Off Victoria Approved", "coastpost-example.com.au", [
      "The state government approved a 1,500MW wind farm 12 km off the coast of Victoria in southern Australia on Tuesday, at a cost of $2.1 billion.",
      "Construction will take three years and employ about 900 workers, the developer said.",
      "Power prices in the state rose 4.2% last year.",
    ]),
  );
  await app.ingest(
    page("Reservoir Levels Fall in Drought", "valleynews-example.com", [
      "The Clearwater reservoir has dropped 15 metres since March, and engineers said 40,000 households could face limits within 90 days.",
      "Farm Minister Dana Whitcombe, 58, said the state would spend $45 million on emergency pipelines.",
      "Water use fell 11 percent in the county after the first restrictions.",
    ]),
  );
});

afterAll(() => app.close());

const q = `query ($f: FigureFilter) { figures(filter: $f, first: 50) { nodes { value kind unit text context } } }`;
async function figures(f: object): Promise<string[]> {
  const res = await app.gql(q, { f });
  expect(res.errors).toBeUndefined();
  return res.data.figures.nodes.map((n: any) => `${n.kind} ${n.value} ${n.unit}`).sort();
}

describe("Figure.kind", () => {
  it("is served on every figure, from the extraction", async () => {
    const all = await figures({});
    expect(all).toEqual(
      expect.arrayContaining([
        "MEASURE 1500 MW",
        "MEASURE 12 km",
        "MONEY 2100000000 AUD",
        "DURATION 3 year",
        "COUNT 900 workers",
        "PERCENT 4.2 %",
        "MEASURE 15 m",
        "COUNT 40000 households",
        "DURATION 90 day",
        "AGE 58 year",
        "MONEY 45000000 USD",
        "PERCENT 11 %",
      ]),
    );
  });

  it("is read with an article's figures too", async () => {
    const res = await app.gql(`{ articles(filter: { search: "reservoir" }) { nodes { figures { kind unit } } } }`);
    expect(res.errors).toBeUndefined();
    const kinds = res.data.articles.nodes[0].figures.map((f: any) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(["MEASURE", "COUNT", "DURATION", "AGE", "MONEY", "PERCENT"]));
  });
});

describe("FigureFilter.kind", () => {
  it("selects one kind", async () => {
    expect(await figures({ kind: "MEASURE" })).toEqual(["MEASURE 12 km", "MEASURE 15 m", "MEASURE 1500 MW"]);
    expect(await figures({ kind: "AGE" })).toEqual(["AGE 58 year"]);
    expect(await figures({ kind: "DURATION" })).toEqual(["DURATION 3 year", "DURATION 90 day"]);
  });

  it("combines with unit (a measure symbol in any case), value range and country", async () => {
    expect(await figures({ kind: "MEASURE", unit: "mw" })).toEqual(["MEASURE 1500 MW"]);
    expect(await figures({ kind: "MONEY", minValue: 100_000_000 })).toEqual(["MONEY 2100000000 AUD"]);
    expect(await figures({ kind: "PERCENT", country: "AU" })).toEqual(["PERCENT 4.2 %"]);
  });

  it("refuses a kind that does not exist, before any SQL", async () => {
    const res = await app.gql(q, { f: { kind: "WEIGHT" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/kind/);
    expect(res.statements).toBe(0);
  });
});

describe("FigureFilter.search", () => {
  it("matches words of the figure's context (stemmed, web-search syntax)", async () => {
    expect(await figures({ search: "households" })).toEqual(["COUNT 40000 households", "DURATION 90 day", "MEASURE 15 m"]);
    expect(await figures({ search: '"emergency pipelines"' })).toEqual(["AGE 58 year", "MONEY 45000000 USD"]);
    expect(await figures({ search: "restriction -county" })).toEqual([]);
  });

  it("combines with kind and the other fields", async () => {
    expect(await figures({ search: "reservoir", kind: "DURATION" })).toEqual(["DURATION 90 day"]);
    expect(await figures({ search: "pipelines", kind: "MONEY", maxValue: 50_000_000 })).toEqual(["MONEY 45000000 USD"]);
    expect(await figures({ search: "wind farm", kind: "MEASURE", unit: "km" })).toEqual(["MEASURE 12 km"]);
  });

  it("gives each figure its sentence as context", async () => {
    const res = await app.gql(q, { f: { kind: "AGE" } });
    expect(res.data.figures.nodes[0].context).toBe("Farm Minister Dana Whitcombe, 58, said the state would spend $45 million on emergency pipelines.");
  });
});
