// Print, as JSON, the people each old build (argv[3]/<corpus>) extracts from the pages of eval/<corpus>:
// { "<corpus>/<label file>": [{ name, aliases, country }] }. Called by rules-then.sh.
"use strict";
const path = require("node:path");
const [root, tmp, ...sets] = process.argv.slice(2);
const { loadCorpus } = require(path.join(root, "dist/src/cli/eval-corpus.js"));
const out = {};
for (const pair of sets) {
  const corpus = pair.split(":")[0];
  const { extractArticle } = require(path.join(tmp, corpus, "dist/src/ingestion/index.js"));
  for (const entry of loadCorpus(path.join(root, "eval", corpus))) {
    let article;
    try {
      article = extractArticle(entry.raw, { fetchedAt: entry.fetchedAt });
    } catch {
      continue; // a page the old parser refused: no answers from it
    }
    out[`${corpus}/${entry.name}`] = article.actors.filter((a) => a.kind === "PERSON").map((a) => ({ name: a.name, aliases: a.aliases, country: a.country }));
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
