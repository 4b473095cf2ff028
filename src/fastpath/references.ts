/**
 * Countries and topics in fast-path answers, from ReferenceData as the resolvers serve them (they change only by
 * migration): the SQL hands over only the codes and ids, marked (REFERENCE_MARK), and Node writes each one's JSON
 * for the selection, so PostgreSQL joins neither table per article.
 */

import type { Country, Topic } from "../entities";
import type { ReferenceData } from "../services/reference.service";
import type { SelectedField } from "./json-sql";

/**
 * A marked list of keys in the SQL's JSON text: U+0003, the writer's index, U+0002, the keys joined by commas,
 * U+0003 (a single reference: the key alone, marked with U+0004 instead of the first U+0003). PostgreSQL's JSON
 * output escapes every control character, so these bytes occur nowhere else.
 */
export const REFERENCE_MARK = /([\u0003\u0004])(\d+)\u0002([^\u0003]*)\u0003/g;

type Reference = Country | Topic;

/** The fields each reference type serves, as the resolvers read them off the ReferenceData objects. */
const FIELDS: Record<string, string[]> = { Country: ["code", "name"], Topic: ["slug", "code", "name"] };

/** Whether a type's objects come from ReferenceData. */
export const isReference = (type: string) => type in FIELDS;

/** Compact JSON of one reference object for a selection (keys in selection order); Unsupported-style errors via `fail`. */
function objectWriter(type: string, fields: SelectedField[], fail: (what: string) => Error): (value: Reference) => string {
  if (!fields.length) throw fail(`${type}: empty selection`);
  const parts = fields.map((field, i): ((value: Reference) => string) => {
    const prefix = `${i === 0 ? "{" : ","}${JSON.stringify(field.key)}:`;
    if (field.name === "__typename") {
      const text = prefix + JSON.stringify(type);
      return () => text;
    }
    if (type === "Topic" && field.name === "parent" && field.fields && !field.args) {
      const parent = objectWriter("Topic", field.fields, fail);
      return (value) => {
        const up = (value as Topic).parent;
        return prefix + (up ? parent(up) : "null");
      };
    }
    if (!FIELDS[type].includes(field.name) || field.fields || field.args) throw fail(`${type}.${field.name}`);
    const name = field.name as keyof Reference;
    return (value) => prefix + JSON.stringify(value[name]);
  });
  return (value) => {
    let text = "";
    for (const part of parts) text += part(value);
    return `${text}}`;
  };
}

/** Writes one selection of one reference type for keys the SQL handed over; remembers each key's JSON. */
export interface ReferenceWriter {
  write(reference: ReferenceData, key: string): string;
}

export function referenceWriter(type: string, fields: SelectedField[], fail: (what: string) => Error): ReferenceWriter {
  const json = objectWriter(type, fields, fail);
  let source: ReferenceData | null = null;
  const cache = new Map<string, string>();
  return {
    write(reference, key) {
      if (source !== reference) {
        source = reference;
        cache.clear();
      }
      let text = cache.get(key);
      if (text === undefined) {
        const value = type === "Country" ? reference.country(key) : reference.topic(Number(key));
        // A key the reference data does not hold: the fast path declines and the resolvers answer.
        if (!value) throw new Error(`fast path: no ${type} ${JSON.stringify(key)} in the reference data`);
        cache.set(key, (text = json(value)));
      }
      return text;
    },
  };
}

/** Replaces the marked keys in `text` with their JSON (a list for U+0003, one object for U+0004). */
export function writeReferences(text: string, writers: ReferenceWriter[], reference: ReferenceData): string {
  return text.replace(REFERENCE_MARK, (_, mark: string, index: string, keys: string) => {
    const writer = writers[Number(index)];
    if (mark === "\u0004") return writer.write(reference, keys);
    if (keys === "") return "[]";
    let out = "[";
    let start = 0;
    for (;;) {
      const end = keys.indexOf(",", start);
      out += writer.write(reference, end < 0 ? keys.slice(start) : keys.slice(start, end));
      if (end < 0) break;
      out += ",";
      start = end + 1;
    }
    return `${out}]`;
  });
}
