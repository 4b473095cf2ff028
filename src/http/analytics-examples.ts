/** Analytics operations preloaded in Sandbox beside the other examples; each returns data from the samples. */
export const ANALYTICS_EXAMPLES: ReadonlyArray<{ name: string; document: string }> = [
  {
    name: "FacetsAndTimeline",
    document: `query FacetsAndTimeline {
  articles(filter: { topic: "conflict-war-and-peace" }, first: 3) {
    totalCount
    nodes { title }
    facets {
      countries(first: 5) { country { code name } count }
      topics(first: 5) { topic { slug } count }
      sources(first: 5) { source count }
      actors(first: 5, kind: PERSON) { actor { name } count }
    }
    histogram(interval: WEEK) { start count }
  }
}`,
  },
  {
    name: "QuoteAndFigureFacets",
    document: `query QuoteAndFigureFacets {
  quotes(filter: { from: "2025-01-01" }, first: 0) {
    facets { speakers(first: 5) { actor { name } count } speakerCountries(first: 5) { country { code } count } }
    histogram(interval: MONTH) { start count }
  }
  figures(filter: { topic: "economy-business-and-finance" }, first: 0) {
    facets { units(first: 5) { kind unit count } }
  }
}`,
  },
  {
    name: "FigureSeries",
    document: `query FigureSeries {
  figureSeries(filter: { unit: "USD" }, interval: WEEK) { start count min max median latest { value text article { title } } }
}`,
  },
  {
    name: "CoMentioned",
    document: `query CoMentioned {
  actors(filter: { search: "World Food Programme" }) {
    nodes { name coMentioned(first: 5) { actor { name } count } }
  }
}`,
  },
  {
    name: "SameStory",
    document: `query SameStory {
  articles(filter: { search: "Niger hunger" }) { nodes { title source sameStory { title source publishedAt } } }
  unique: articles(filter: { country: "ne", uniqueStories: true }) { totalCount nodes { title source } }
}`,
  },
];
