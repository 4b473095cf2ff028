import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config";
import { printAppSchema } from "../schema";

/** Writes schema.graphql from the decorators (npm run schema); `--check` fails when the file differs. */
async function main(): Promise<void> {
  const file = path.join(PROJECT_ROOT, "schema.graphql");
  const sdl = await printAppSchema();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current !== sdl) {
      process.stderr.write("schema.graphql is out of date: run npm run schema\n");
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(file, sdl);
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
