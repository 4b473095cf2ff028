// The four operations of issue 11 (1, 3, 4, 6 of `npm run bench`) for Newsgraph and for PostGraphile v5, and
// how PostGraphile's answer maps onto Newsgraph's shape, so the data can be compared value by value.
const NG_ARTICLE = `id title url source publishedAt countries { code name } topics { slug name } actors { id name kind } quotes { text speaker { id name } } figures { value unit text }`;
const PGL_ARTICLE = `rowId title url source publishedAt
  articleCountriesByArticleId(orderBy: COUNTRY_CODE_ASC) { nodes { countryByCountryCode { code name } } }
  articleTopicsByArticleId(orderBy: [RANK_ASC, TOPIC_ID_ASC]) { nodes { topicByTopicId { slug name } } }
  articleActorsByArticleId(orderBy: [MENTIONS_DESC, ACTOR_ID_ASC]) { nodes { actorByActorId { rowId name kind } } }
  quotesByArticleId(orderBy: POSITION_ASC) { nodes { text actorBySpeakerId { rowId name } } }
  figuresByArticleId(orderBy: POSITION_ASC) { nodes { value unit text } }`;

const iso = (d) => new Date(d).toISOString();
const article = (a) => ({
  id: String(a.rowId), title: a.title, url: a.url, source: a.source, publishedAt: iso(a.publishedAt),
  countries: a.articleCountriesByArticleId.nodes.map((n) => n.countryByCountryCode),
  topics: a.articleTopicsByArticleId.nodes.map((n) => n.topicByTopicId),
  actors: a.articleActorsByArticleId.nodes.map((n) => ({ id: String(n.actorByActorId.rowId), name: n.actorByActorId.name, kind: n.actorByActorId.kind })),
  quotes: a.quotesByArticleId.nodes.map((q) => ({ text: q.text, speaker: q.actorBySpeakerId ? { id: String(q.actorBySpeakerId.rowId), name: q.actorBySpeakerId.name } : null })),
  figures: a.figuresByArticleId.nodes.map((f) => ({ value: Number(f.value), unit: f.unit, text: f.text })),
});

export const OPS = [
  {
    name: "1. articles: country + topic + dates, 20, all relations",
    ng: { query: `query Op1($f: ArticleFilter, $n: Int) { articles(filter: $f, first: $n) { nodes { ${NG_ARTICLE} } pageInfo { hasNextPage endCursor } } }`, variables: (p) => ({ f: { country: p.country, topic: p.topic, from: p.from, to: p.to }, n: 20 }) },
    // Driven from the link table, as Newsgraph's SQL is: its (country_code, published_at, article_id) index yields the page in order.
    pgl: {
      query: `query Op1($c: String!, $from: Datetime!, $to: Datetime!, $topic: Int!, $n: Int) { allArticleCountries(condition: { countryCode: $c },
        filter: { publishedAt: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }, articleByArticleId: { articleTopicsByArticleId: { some: { topicId: { equalTo: $topic } } } } },
        orderBy: [PUBLISHED_AT_DESC, ARTICLE_ID_DESC], first: $n) { nodes { articleByArticleId { ${PGL_ARTICLE} } } pageInfo { hasNextPage endCursor } } }`,
      variables: (p) => ({ c: p.country, from: p.from, to: p.to, topic: p.topicId, n: 20 }),
    },
    ngNodes: (d) => d.articles.nodes,
    pglNodes: (d) => d.allArticleCountries.nodes.map((n) => article(n.articleByArticleId)),
  },
  {
    name: "3. quotes: speakerCountry + dates, 50, speaker + article title",
    ng: { query: `query Op3($f: QuoteFilter, $n: Int) { quotes(filter: $f, first: $n) { nodes { id text publishedAt speaker { id name } article { id title } } pageInfo { hasNextPage endCursor } } }`, variables: (p) => ({ f: { speakerCountry: p.speakerCountry, from: p.from, to: p.to }, n: 50 }) },
    pgl: {
      query: `query Op3($c: String!, $from: Datetime!, $to: Datetime!, $n: Int) { allQuotes(filter: { publishedAt: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }, actorBySpeakerId: { countryCode: { equalTo: $c } } },
        orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC], first: $n) { nodes { rowId text publishedAt actorBySpeakerId { rowId name } articleByArticleId { rowId title } } pageInfo { hasNextPage endCursor } } }`,
      variables: (p) => ({ c: p.speakerCountry, from: p.from, to: p.to, n: 50 }),
    },
    ngNodes: (d) => d.quotes.nodes,
    pglNodes: (d) => d.allQuotes.nodes.map((q) => ({ id: String(q.rowId), text: q.text, publishedAt: iso(q.publishedAt), speaker: { id: String(q.actorBySpeakerId.rowId), name: q.actorBySpeakerId.name }, article: { id: String(q.articleByArticleId.rowId), title: q.articleByArticleId.title } })),
  },
  {
    name: "4. figures: country + unit + value range, 50",
    ng: { query: `query Op4($f: FigureFilter, $n: Int) { figures(filter: $f, first: $n) { nodes { id value unit text context publishedAt } pageInfo { hasNextPage endCursor } } }`, variables: (p) => ({ f: { country: p.country, unit: p.unit, minValue: p.minValue, maxValue: p.maxValue }, n: 50 }) },
    pgl: {
      query: `query Op4($c: String!, $u: String!, $min: BigFloat!, $max: BigFloat!, $n: Int) { allFigures(condition: { unit: $u }, filter: { value: { greaterThanOrEqualTo: $min, lessThanOrEqualTo: $max },
        articleByArticleId: { articleCountriesByArticleId: { some: { countryCode: { equalTo: $c } } } } }, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_DESC], first: $n) { nodes { rowId value unit text context publishedAt } pageInfo { hasNextPage endCursor } } }`,
      variables: (p) => ({ c: p.country, u: p.unit, min: String(p.minValue), max: String(p.maxValue), n: 50 }),
    },
    ngNodes: (d) => d.figures.nodes,
    pglNodes: (d) => d.allFigures.nodes.map((f) => ({ id: String(f.rowId), value: Number(f.value), unit: f.unit, text: f.text, context: f.context, publishedAt: iso(f.publishedAt) })),
  },
  {
    name: "6. deep paging: page 50 of a country's articles",
    ng: { query: `query Op6($f: ArticleFilter, $n: Int, $after: String) { articles(filter: $f, first: $n, after: $after) { nodes { id title source publishedAt } pageInfo { hasNextPage endCursor } } }`, variables: (p) => ({ f: { country: p.deepCountry }, n: 20, after: p.ngCursor }) },
    pgl: {
      query: `query Op6($c: String!, $n: Int, $after: Cursor) { allArticleCountries(condition: { countryCode: $c }, orderBy: [PUBLISHED_AT_DESC, ARTICLE_ID_DESC], first: $n, after: $after) {
        nodes { articleByArticleId { rowId title source publishedAt } } pageInfo { hasNextPage endCursor } } }`,
      variables: (p) => ({ c: p.deepCountry, n: 20, after: p.pglCursor }),
    },
    ngNodes: (d) => d.articles.nodes,
    pglNodes: (d) => d.allArticleCountries.nodes.map((n) => ({ id: String(n.articleByArticleId.rowId), title: n.articleByArticleId.title, source: n.articleByArticleId.source, publishedAt: iso(n.articleByArticleId.publishedAt) })),
  },
];
