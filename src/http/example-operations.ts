import { ANALYTICS_EXAMPLES } from "./analytics-examples";

/**
 * Operations preloaded in Apollo Sandbox and GraphiQL: one per common filter, each returning data from the
 * sample articles a fresh `npm start` loads (tests/integration/readme-examples.test.ts checks it).
 */
export const EXAMPLES: ReadonlyArray<{ name: string; document: string }> = [
  {
    name: "LatestArticles",
    document: `query LatestArticles {
  articles(first: 5) {
    totalCount
    nodes { id title source publishedAt countries { code name } topics { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    name: "ArticlesByCountryTopicAndDate",
    document: `query ArticlesByCountryTopicAndDate {
  articles(filter: { country: "ua", topic: "conflict-war-and-peace", from: "2025-06-01", to: "2025-06-30" }, first: 10) {
    nodes {
      title publishedAt
      quotes { text speaker { name country { code } } }
      figures { value unit text }
    }
  }
}`,
  },
  {
    name: "SearchArticles",
    document: `query SearchArticles {
  articles(filter: { search: "central bank rates" }, first: 5) {
    nodes { title source publishedAt }
  }
}`,
  },
  {
    name: "QuotesBySpeakerCountry",
    document: `query QuotesBySpeakerCountry {
  quotes(filter: { speakerCountry: "US" }, first: 10) {
    nodes { text start end speaker { name title country { name } } article { title } }
  }
}`,
  },
  {
    name: "MoneyFigures",
    document: `query MoneyFigures {
  figures(filter: { unit: "USD", minValue: 1000000 }, first: 10) {
    nodes { value unit text context article { title } }
  }
}`,
  },
  {
    name: "PeopleFromACountry",
    document: `query PeopleFromACountry {
  actors(filter: { country: "UA", kind: PERSON }, first: 10) {
    nodes { id name title aliases quotes(first: 3) { totalCount nodes { text } } }
  }
}`,
  },
  {
    name: "TopicsAndCountries",
    document: `query TopicsAndCountries {
  topics { slug code name }
  countries { code name }
}`,
  },
  ...ANALYTICS_EXAMPLES,
  {
    name: "Ingest",
    document: `# Writes need the header  Authorization: Bearer <key>  (the key npm start prints; Headers tab).
mutation Ingest {
  ingestArticle(input: { raw: "Home\\n\\nExample Title About Kenya Floods\\n\\nexample.com 2 hours ago\\n\\nFlooding in Kenya displaced 4,000 people, officials said.\\n\\nThe Kenya Red Cross said in a statement that relief was under way." }) {
    created
    article { id title publishedAt countries { code } figures { value unit } }
  }
}`,
  },
];

/** All examples as one document, for Apollo Sandbox (it offers each operation to run). */
export const EXAMPLE_OPERATIONS = `# Newsgraph: pick an operation below and press Run.\n\n${EXAMPLES.map((e) => e.document).join("\n\n")}\n`;
