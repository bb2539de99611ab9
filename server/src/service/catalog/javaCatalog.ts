// Lookups over the Java producer catalog: key facts for a client version, history, and key suggestions.
import { editDistance } from '../util/editDistance';
import { JAVA_PRODUCER_DOCS } from './java/producerDocs';
import { JAVA_PRODUCER_KEYS } from './java/producerKeys.generated';
import type { JavaKeyRecord, KeyDoc, KeyFacts, ResolvedKey, Unit, ValueLifecycle } from './types';
import { REQUIRED } from './types';
import { atLeast, compareVersions } from './versions';

const RECORDS = new Map<string, JavaKeyRecord>(JAVA_PRODUCER_KEYS.map((r) => [r.name, r]));

export function javaKeyRecord(name: string): JavaKeyRecord | undefined {
  return RECORDS.get(name);
}

export function allJavaKeyRecords(): readonly JavaKeyRecord[] {
  return JAVA_PRODUCER_KEYS;
}

/** The facts of a record as they stood in `version` (the history folded up to it). */
export function factsAt(record: JavaKeyRecord, version: string): KeyFacts {
  let facts = { ...record.history[0] } as KeyFacts & { from?: string; why?: string };
  for (const change of record.history.slice(1)) {
    if (compareVersions(change.from, version) > 0) break;
    facts = { ...facts, ...change };
  }
  const { type, default: def, validator, importance, checkedAt } = facts;
  return { type, default: def, validator, importance, checkedAt: checkedAt ?? 'config' };
}

/** Whether a key exists in a client version, and if not, why. */
export type KeyStatus =
  | { readonly status: 'known'; readonly record: JavaKeyRecord }
  | { readonly status: 'future'; readonly record: JavaKeyRecord; readonly since: string }
  | { readonly status: 'removed'; readonly record: JavaKeyRecord; readonly removedIn: string }
  | { readonly status: 'unknown' };

// Rules ask for the status of every entry's key, on every analysis: answers are kept per version (known names only).
const statuses = new Map<string, Map<string, KeyStatus>>();

export function javaKeyStatus(name: string, version: string): KeyStatus {
  let byName = statuses.get(version);
  if (!byName) statuses.set(version, (byName = new Map()));
  let status = byName.get(name);
  if (!status) {
    status = computeKeyStatus(name, version);
    if (status.status !== 'unknown') byName.set(name, status);
  }
  return status;
}

const UNKNOWN: KeyStatus = Object.freeze({ status: 'unknown' });

function computeKeyStatus(name: string, version: string): KeyStatus {
  const record = RECORDS.get(name);
  if (!record) return UNKNOWN;
  if (record.removedIn && atLeast(version, record.removedIn)) return { status: 'removed', record, removedIn: record.removedIn };
  if (!atLeast(version, record.since)) return { status: 'future', record, since: record.since };
  return { status: 'known', record };
}

const UNIT_BY_SUFFIX: ReadonlyArray<[RegExp, Unit]> = [
  [/\.ms$/, 'ms'],
  [/\.seconds$/, 'seconds'],
  [/(\.bytes$|^batch\.size$|^buffer\.memory$|^max\.request\.size$)/, 'bytes'],
];

function unitOf(name: string, doc: KeyDoc | undefined): Unit | undefined {
  if (doc?.unit) return doc.unit;
  return UNIT_BY_SUFFIX.find(([re]) => re.test(name))?.[1];
}

const FALLBACK_DOC: KeyDoc = { summary: '', whenToChange: '', tradeoff: '' };

function resolve(record: JavaKeyRecord, version: string): ResolvedKey {
  const facts = factsAt(record, version);
  const doc = JAVA_PRODUCER_DOCS[record.name] ?? FALLBACK_DOC;
  return {
    name: record.name,
    client: 'java',
    type: facts.type,
    default: facts.default === REQUIRED ? null : facts.default,
    required: facts.default === REQUIRED,
    validator: facts.validator,
    checkedAt: facts.checkedAt ?? 'config',
    importance: facts.importance,
    since: record.since,
    ...(record.removedIn ? { removedIn: record.removedIn } : {}),
    deprecated: !!record.deprecatedIn && atLeast(version, record.deprecatedIn),
    internal: !!record.internal,
    doc,
    ...(unitOf(record.name, doc) ? { unit: unitOf(record.name, doc)! } : {}),
    record,
  };
}

const byVersion = new Map<string, Map<string, ResolvedKey>>();

/** Every key the client of `version` knows, by name (cached per version). */
export function javaKeysFor(version: string): ReadonlyMap<string, ResolvedKey> {
  let map = byVersion.get(version);
  if (!map) {
    map = new Map();
    for (const record of JAVA_PRODUCER_KEYS) {
      if (javaKeyStatus(record.name, version).status === 'known') map.set(record.name, single.get(version)?.get(record.name) ?? resolve(record, version));
    }
    byVersion.set(version, map);
  }
  return map;
}

const single = new Map<string, Map<string, ResolvedKey | null>>();

/** The key as the client of `version` defines it, or `undefined` when that version does not know it. */
export function resolveJavaKey(name: string, version: string): ResolvedKey | undefined {
  const all = byVersion.get(version);
  if (all) return all.get(name);
  // Rules look up a handful of keys: resolve just those until something needs the whole catalog (completion).
  let some = single.get(version);
  if (!some) single.set(version, (some = new Map()));
  let key = some.get(name);
  if (key === undefined) {
    const record = RECORDS.get(name);
    key = record && javaKeyStatus(name, version).status === 'known' ? resolve(record, version) : null;
    some.set(name, key);
  }
  return key ?? undefined;
}

/** A key's facts for any version that knows it (for hover on keys the configured version lacks). */
export function resolveJavaKeyAnyVersion(name: string, version: string): ResolvedKey | undefined {
  const record = RECORDS.get(name);
  if (!record) return undefined;
  const status = javaKeyStatus(name, version);
  if (status.status === 'known') return resolveJavaKey(name, version);
  // Describe it as it was in the last version that had it, or the first that has it.
  const at = status.status === 'future' ? record.since : lastVersionBefore(record.removedIn ?? record.since, record.since);
  return resolve(record, at);
}

function lastVersionBefore(removedIn: string, since: string): string {
  const [major, minor] = removedIn.split('.').map(Number) as [number, number];
  if (minor > 0) return `${major}.${minor - 1}`;
  // x.0 follows the last minor of the previous major; Kafka's 2.x ended at 2.8, 3.x at 3.9.
  const last: Record<number, string> = { 3: '2.8', 4: '3.9' };
  return last[major] ?? since;
}

/** How a key's default changed over time: the first entry and every change after it. */
export function defaultHistory(record: JavaKeyRecord): ReadonlyArray<{ from: string; default: string | null; required: boolean; why?: string }> {
  const out: Array<{ from: string; default: string | null; required: boolean; why?: string }> = [];
  for (const h of record.history) {
    if (!('default' in h)) continue;
    const d = h.default ?? null;
    out.push({ from: h.from, default: d === REQUIRED ? null : d, required: d === REQUIRED, ...(h.why ? { why: h.why } : {}) });
  }
  return out;
}

/** A value's deprecation/removal as of `version`, if the value is one Kafka retired. */
export function valueLifecycle(record: JavaKeyRecord, value: string): ValueLifecycle | undefined {
  return record.valueLifecycle?.find((l) => l.value === value);
}

/**
 * The known key closest to a mistyped one: case and separator slips first (`ACKS`, `linger_ms`,
 * `lingerMs`), then small edit distances relative to the key's length.
 */
export function suggestJavaKey(input: string, version: string): string | undefined {
  // A file repeats its typos (and a hostile one holds many keys): answers are kept per version, within a bound.
  let memo = suggestions.get(version);
  if (!memo) suggestions.set(version, (memo = new Map()));
  if (memo.has(input)) return memo.get(input);
  if (memo.size >= 4096) memo.clear();
  const answer = computeSuggestion(input, version);
  memo.set(input, answer);
  return answer;
}

const suggestions = new Map<string, Map<string, string | undefined>>();
const shapes = new Map<string, Map<string, string>>();

const knownNames = new Map<string, readonly string[]>();

/** The names `version` knows, in catalog order, without resolving their facts. */
function namesKnownIn(version: string): readonly string[] {
  let names = knownNames.get(version);
  if (!names) knownNames.set(version, (names = JAVA_PRODUCER_KEYS.filter((r) => javaKeyStatus(r.name, version).status === 'known').map((r) => r.name)));
  return names;
}

function computeSuggestion(input: string, version: string): string | undefined {
  const keys = namesKnownIn(version);
  let byShape = shapes.get(version);
  if (!byShape) {
    byShape = new Map();
    for (const name of keys) if (!byShape.has(normalizeKeyShape(name))) byShape.set(normalizeKeyShape(name), name);
    shapes.set(version, byShape);
  }
  const sameShape = byShape.get(normalizeKeyShape(input));
  if (sameShape !== undefined) return sameShape;
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of keys) {
    if (Math.abs(name.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, name, bestDistance - 1);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** `Linger_MS`, `linger-ms`, `lingerMs` and `KAFKA_LINGER_MS` all become `lingerms`. */
function normalizeKeyShape(key: string): string {
  return key
    .replace(/^KAFKA_/, '')
    .replace(/[._\-\s]/g, '')
    .toLowerCase();
}
