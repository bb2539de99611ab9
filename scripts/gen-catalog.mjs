// Generates the Java producer key catalog (facts per client version) from the verified reference dumps.
//
//   node scripts/gen-catalog.mjs           write server/src/service/catalog/java/producerKeys.generated.ts
//   node scripts/gen-catalog.mjs --check   exit 1 when the committed file differs from what would be generated
//
// Input: test/reference/kafka-java-producer/{producer-configs.json,version-history.json}, copies of the
// team's reference (../shared/reference/kafka-java-producer), itself produced by dumping ProducerConfig.CONFIG
// of every Kafka release 2.0.0 … 4.3.1 and the 4.4 branch.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const refDir = join(root, 'test/reference/kafka-java-producer');
const out = join(root, 'server/src/service/catalog/java/producerKeys.generated.ts');
const configs = JSON.parse(readFileSync(join(refDir, 'producer-configs.json'), 'utf8'));
const history = JSON.parse(readFileSync(join(refDir, 'version-history.json'), 'utf8'));

/** '2.1.0' → '2.1', '4.4-branch' → '4.4', '<=2.0.0' → '2.0'. */
const minor = (v) => v.replace(/^<=/, '').replace(/-branch$/, '').split('.').slice(0, 2).join('.');
const cmp = (a, b) => {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
};

/** A validator as structured in producer-configs.json. */
function validatorFromRef(v) {
  if (!v) return { kind: 'none' };
  switch (v.kind) {
    case 'none':
      return { kind: 'none' };
    case 'range':
      return prune({ kind: 'range', min: v.min ?? undefined, max: v.max ?? undefined });
    case 'range_or_value':
      return { kind: 'rangeOrValue', min: v.min, max: v.max, values: v.values };
    case 'valid_string':
      return { kind: 'enum', values: v.values, caseSensitive: v.case_sensitive };
    case 'non_empty_string':
      return { kind: 'nonEmptyString' };
    case 'list_no_duplicates':
      return { kind: 'list', allowEmptyList: v.allow_empty_list };
    default:
      throw new Error(`unknown validator kind ${v.kind}`);
  }
}

/** A validator from its ConfigDef toString form, as the version diffs record it. */
function validatorFromString(s, current) {
  if (s === null || s === 'NonNullValidator' || s === 'non-null string') return { kind: 'none' };
  if (s === '') return current; // ValidList prints as ''; the structured form is the current one
  let m = /^\[(-?[\d.]+),\.\.\.(?:,(-?[\d.]+))?\]( or (-?\d+))?$/.exec(s);
  if (m) {
    if (m[3]) return { kind: 'rangeOrValue', min: Number(m[1]), max: Number(m[2]), values: [Number(m[4])] };
    return prune({ kind: 'range', min: Number(m[1]), max: m[2] === undefined ? undefined : Number(m[2]) });
  }
  m = /^(\(case insensitive\) )?\[(.*)\]$/.exec(s);
  if (m) return { kind: 'enum', values: m[2].split(', '), caseSensitive: !m[1] };
  throw new Error(`cannot read validator ${JSON.stringify(s)}`);
}

function prune(o) {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

const defaultFromRef = (c) => (c.required ? '(required)' : c.default);
const defaultFromString = (s) => (s === '(required, no default)' ? '(required)' : s);

// ---- state of every key on the newest line (4.4 branch), then walk the diffs backwards
const records = new Map();
for (const c of configs.configs) {
  const facts = {
    type: c.type,
    default: defaultFromRef(c),
    validator: validatorFromRef(c.validator),
    importance: c.importance,
  };
  records.set(c.name, {
    name: c.name,
    since: minor(c.since),
    internal: c.internal || undefined,
    facts,
    changes: [], // { from, field, before, after }
    source: c.source_4_3_1 ?? c.source_4_4_branch,
  });
}
for (const r of configs.removed_keys) {
  records.set(r.name, {
    name: r.name,
    since: minor(r.first_seen),
    removedIn: minor(r.removed_in),
    internal: r.internal || undefined,
    facts: { type: r.type, default: r.default, validator: { kind: 'none' }, importance: 'LOW' },
    changes: [],
    source: `removed in ${r.removed_in}; last defined in ProducerConfig.java of ${r.last_seen}`,
  });
}

const diffs = [...history.configdef_changes].sort((a, b) => cmp(minor(b.version), minor(a.version)));
for (const d of diffs) {
  const rec = records.get(d.key);
  if (!rec) throw new Error(`diff for unknown key ${d.key}`);
  const v = minor(d.version);
  if (d.change === 'added' || d.change === 'removed') continue; // since/removedIn come from the key lists
  const field = d.change.replace('changed:', '');
  if (!['default', 'type', 'validator', 'importance'].includes(field)) throw new Error(`unknown change ${d.change}`);
  const after = rec.facts[field];
  const before =
    field === 'default' ? defaultFromString(d.from) : field === 'validator' ? validatorFromString(d.from, after) : d.from;
  if (JSON.stringify(before) === JSON.stringify(after)) continue; // only a toString change (NonNullValidator)
  rec.changes.push({ from: v, field, after });
  rec.facts = { ...rec.facts, [field]: before };
}

// ---- construction-time checks and value lifecycles that ConfigDef does not express (docs/sources/java-client-checks.md)
const PATCHES = {
  'compression.type': (rec) => {
    // Before 3.3 (KAFKA-13793) the value was checked by CompressionType.forName in the KafkaProducer
    // constructor: the same five names, case-sensitive, wrapped in KafkaException.
    rec.facts.validator = { kind: 'enum', values: ['none', 'gzip', 'snappy', 'lz4', 'zstd'], caseSensitive: true };
    rec.facts.checkedAt = 'construction';
    rec.changes.push({ from: '3.3', field: 'checkedAt', after: 'config', why: 'KAFKA-13793: ConfigDef validator' });
  },
  'security.protocol': (rec) => {
    // Before 3.3 SecurityProtocol.forName ran at construction (upper-casing the name).
    rec.facts.validator = { kind: 'enum', values: ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'], caseSensitive: false };
    rec.facts.checkedAt = 'construction';
    rec.changes.push({ from: '3.3', field: 'checkedAt', after: 'config', why: 'KAFKA-13793: ConfigDef validator' });
    // KAFKA-15053 made the validator case-insensitive in 3.6.0 and was backported to 3.5.1; our "3.5"
    // means the newest 3.5 patch release, so it already ignores case.
    const ci = rec.changes.find((c) => c.field === 'validator' && c.from === '3.6');
    if (ci) ci.from = '3.5';
  },
  'client.dns.lookup': (rec) => {
    rec.valueLifecycle = [
      { value: 'default', deprecatedIn: '2.6', removedIn: '3.0', note: 'KIP-602 deprecated `default`; KAFKA-12600 removed it' },
    ];
  },
  'partitioner.class': (rec) => {
    const note = 'KIP-794 replaced it with the built-in partitioner (leave partitioner.class unset)';
    rec.valueLifecycle = [
      { value: 'org.apache.kafka.clients.producer.internals.DefaultPartitioner', deprecatedIn: '3.3', removedIn: '4.0', note },
      { value: 'org.apache.kafka.clients.producer.UniformStickyPartitioner', deprecatedIn: '3.3', removedIn: '4.0', note },
    ];
  },
  'auto.include.jmx.reporter': (rec) => {
    rec.deprecatedIn = '3.4';
  },
};
for (const [k, patch] of Object.entries(PATCHES)) patch(records.get(k));

// ---- emit: history = first facts + one record per version with the fields that changed then
const emitted = [...records.values()].map((rec) => {
  const byVersion = new Map();
  for (const c of rec.changes) {
    const e = byVersion.get(c.from) ?? { from: c.from };
    e[c.field] = c.after;
    if (c.why) e.why = c.why;
    byVersion.set(c.from, e);
  }
  const first = { from: rec.since, ...rec.facts };
  if (!first.checkedAt) delete first.checkedAt;
  const later = [...byVersion.values()].sort((a, b) => cmp(a.from, b.from));
  return prune({
    name: rec.name,
    since: rec.since,
    removedIn: rec.removedIn,
    deprecatedIn: rec.deprecatedIn,
    internal: rec.internal,
    history: [first, ...later],
    valueLifecycle: rec.valueLifecycle,
    source: rec.source,
  });
});

const text = `// GENERATED by scripts/gen-catalog.mjs from test/reference/kafka-java-producer — do not edit.
// Facts of every Java producer key per client version (Kafka 2.0 … 4.3.1 and the 4.4 branch).
import type { JavaKeyRecord } from '../types';

export const JAVA_PRODUCER_KEYS: readonly JavaKeyRecord[] = ${JSON.stringify(emitted, null, 2)};
`;

if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error(`${out} is out of date: run node scripts/gen-catalog.mjs`);
    process.exit(1);
  }
  console.log('catalog up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${emitted.length} keys to ${out}`);
}
