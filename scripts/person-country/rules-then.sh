#!/usr/bin/env bash
# Regenerate scripts/person-country/rules-then.json: for each held-out development set below, the people (name,
# aliases, country) that the extractor as it stood just before the set was added finds on its pages, the rules'
# answers on text they were not yet tuned on. The person-country ranker learns how far to trust the rules from them
# (src/cli/train-person-country.ts). Each old tree is exported with git archive into a temporary folder and built
# there; the repository's own tree is not touched. Usage: scripts/person-country/rules-then.sh (after npm run build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# corpus:commit that added it
SETS="holdout-10:a0f6ce4 holdout-11:3ad842c holdout-12:1b1de93 holdout-13:6800689 holdout-14:22a44d6 holdout-15:66e6860 holdout-16:0a108c8"
for pair in $SETS; do
  corpus=${pair%%:*}; commit=${pair##*:}
  mkdir -p "$TMP/$corpus"
  git -C "$ROOT" archive "$commit^" src tsconfig.json tsconfig.build.json package.json | tar -x -C "$TMP/$corpus"
  ln -s "$ROOT/node_modules" "$TMP/$corpus/node_modules"
  # The old trees' database files need migrations/, which are not exported: the extractor builds all the same.
  (cd "$TMP/$corpus" && ./node_modules/.bin/tsc -p tsconfig.build.json >/dev/null 2>&1 || true)
done
node "$ROOT/scripts/person-country/dump-people.js" "$ROOT" "$TMP" $SETS > "$ROOT/scripts/person-country/rules-then.json"
