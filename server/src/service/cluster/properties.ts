// Reads a broker server.properties into cluster facts, with Java's load semantics (the last duplicate wins).
import type { ClusterFacts } from '../cluster';
import { parseProperties } from '../dialects/properties/parser';
import { BROKER_KEYS, displayNameOf, fact, plainPositiveInt, type MutableFacts } from './common';

/** Facts from a broker `server.properties`; `name` is how messages refer to the file (default: its file name). */
export function readServerProperties(uri: string, text: string, name: string = displayNameOf(uri)): ClusterFacts {
  const out: MutableFacts = {};
  try {
    for (const e of parseProperties(text).entries) {
      const key = BROKER_KEYS[e.key];
      if (!key) continue;
      const n = plainPositiveInt(e.value);
      // java.util.Properties keeps the last value of a key, so a later non-number makes the fact unknown again.
      if (n === undefined) delete out[key];
      else out[key] = fact(n, `${name} line ${e.line + 1}`, uri, e.line);
    }
  } catch {
    // The parser is total by design; this only guards the "never throws" promise of every reader.
    return {};
  }
  return out;
}
