import fs from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { EXAMPLES } from "./example-operations";

/**
 * GraphiQL served whole by this server (the graphiql package's prebuilt UMD bundle with React 18's UMD builds,
 * read from node_modules), so the explorer works with no network: nothing loads from a CDN.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

/** Our start-up script: reads its settings from the page's JSON block, so the page needs no inline script. */
const INIT_SCRIPT = `"use strict";
(function () {
  var settings = JSON.parse(document.getElementById("graphiql-settings").textContent);
  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: settings.tabs, defaultEditorToolsVisibility: false, shouldPersistHeaders: false })
  );
})();
`;

/** Scripts and styles from this origin only; React and GraphiQL set style attributes, fonts and icons are data: URLs. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

/** JSON that is safe inside a <script> element (no "</script>", no HTML comment openers). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function page(endpoint: string): string {
  const tabs = EXAMPLES.map((e) => ({ query: e.document }));
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Newsgraph · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="application/json" id="graphiql-settings">${scriptJson({ endpoint, tabs })}</script>
    <script src="/graphiql/assets/react.js"></script>
    <script src="/graphiql/assets/react-dom.js"></script>
    <script src="/graphiql/assets/graphiql.js"></script>
    <script src="/graphiql/assets/init.js"></script>
  </body>
</html>
`;
}

/** Mounts GET /graphiql (the page) and /graphiql/assets/* (its scripts and styles, cached for a day). */
export function mountGraphiql(app: express.Express, endpoint = "/graphql"): void {
  const html = page(endpoint);
  app.get("/graphiql", (_req, res) => {
    res.setHeader("content-security-policy", CSP);
    res.type("html").send(html);
  });
  app.get("/graphiql/assets/:name", (req, res) => {
    const name = req.params.name;
    if (name === "init.js") {
      res.type("text/javascript").send(INIT_SCRIPT);
      return;
    }
    const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) {
      res.status(404).json({ error: "not found" });
      return;
    }
    const file = path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
    res.setHeader("cache-control", "public, max-age=86400");
    res.type(asset.type);
    fs.createReadStream(file).on("error", () => res.status(500).end()).pipe(res);
  });
}

const OFFLINE = "Apollo Sandbox cannot be loaded; it appears that you might be offline.";

/**
 * Apollo's landing page (Sandbox, loaded from Apollo's CDN) with its offline notice pointing to /graphiql, which
 * this server bundles and so works without a network.
 */
export function withGraphiqlLink(plugin: ApolloServerPlugin): ApolloServerPlugin {
  return {
    async serverWillStart(context) {
      const listener = await plugin.serverWillStart?.(context);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const landing = await render();
          const original = landing.html;
          const link = (html: string) =>
            html.replace(OFFLINE, `${OFFLINE} <a href="/graphiql">Open GraphiQL</a> instead: this server bundles it, so it works offline, with the same example operations.`);
          return { html: typeof original === "string" ? link(original) : async () => link(await original()) };
        },
      };
    },
  };
}
