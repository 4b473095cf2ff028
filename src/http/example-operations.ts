import { ANALYTICS_EXAMPLES } from "./analytics-examples";

/** Operations preloaded in Apollo Sandbox: one per common filter, ready to run. */
export const EXAMPLE_OPERATIONS = `# Newsgraph: pick an operation below and press Run.

query LatestArticles {
  articles(first: 5) {
    totalCount
    nodes { id title source publishedAt countries { code name } topics { slug } }
    pageInfo { hasNextPage endCursor }
  }
}

query ArticlesByCountryTopicAndDate {
  articles(filter: { country: "ua", topic: "conflict-war-and-peace", from: "2024-01-01", to: "2026-12-31" }, first: 10) {
    nodes {
      title publishedAt
      quotes { text speaker { name country { code } } }
      figures { value unit text }
    }
  }
}

query SearchArticles {
  articles(filter: { search: "central bank interest rates" }, first: 5) {
    nodes { title source publishedAt }
  }
}

query QuotesBySpeakerCountry {
  quotes(filter: { speakerCountry: "US" }, first: 10) {
    nodes { text start end speaker { name title country { name } } article { title } }
  }
}

query MoneyFigures {
  figures(filter: { unit: "USD", minValue: 1000000 }, first: 10) {
    nodes { value unit text context article { title } }
  }
}

query PeopleFromACountry {
  actors(filter: { country: "RU", kind: PERSON }, first: 10) {
    nodes { id name title aliases quotes(first: 3) { totalCount nodes { text } } }
  }
}

query TopicsAndCountries {
  topics { slug code name }
  countries { code name }
}

${ANALYTICS_EXAMPLES.map((e) => e.document).join("\n\n")}

# Writes need the header  Authorization: Bearer <key>  (Sandbox: Headers tab).
mutation Ingest {
  ingestArticle(input: { raw: "Home\\n\\nExample Title About Kenya Floods\\n\\nexample.com 2 hours ago\\n\\nFlooding in Kenya displaced 4,000 people, officials said.\\n\\nThe Kenya Red Cross said in a statement that relief was under way." }) {
    created
    article { id title publishedAt countries { code } figures { value unit } }
  }
}
`;
