// Lookups over the librdkafka property catalog: aliases, canonical model keys, value checks as librdkafka parses values.
import { editDistance } from '../util/editDistance';
import { javaKeyRecord } from './javaCatalog';
import { LIBRDKAFKA_CONSUMER_ONLY, LIBRDKAFKA_PROPERTIES } from './librdkafka/properties.generated';
import type { LibrdkafkaProperty } from './librdkafka/types';

export type { LibrdkafkaProperty } from './librdkafka/types';

/** The librdkafka release the catalog describes (node-rdkafka 3.6.1 bundles 2.12.0; confluent-kafka-javascript 1.10.1 bundles 2.15.x). */
export const LIBRDKAFKA_VERSION = '2.15.0';

const BY_NAME = new Map<string, LibrdkafkaProperty>(LIBRDKAFKA_PROPERTIES.map((p) => [p.name, p]));
const CONSUMER_ONLY = new Set(LIBRDKAFKA_CONSUMER_ONLY);

/** Every name of a property: the primary name and its aliases. */
const GROUPS = new Map<string, string[]>();
for (const p of LIBRDKAFKA_PROPERTIES) {
  const primary = p.aliasOf ?? p.name;
  const group = GROUPS.get(primary) ?? [primary];
  if (!group.includes(p.name)) group.push(p.name);
  GROUPS.set(primary, group);
}

/**
 * The model key of each name. Where a name (or one of its aliases) is also the Java producer's name for the same
 * setting, the Java name is the key, so rules written for Java read librdkafka configs unchanged
 * (`queue.buffering.max.ms` → `linger.ms`, `message.timeout.ms` → `delivery.timeout.ms`). Other names keep librdkafka's
 * primary name.
 */
const CANONICAL = new Map<string, string>();
for (const [primary, names] of GROUPS) {
  const java = names.find((n) => javaKeyRecord(n) !== undefined);
  for (const n of names) CANONICAL.set(n, java ?? primary);
}

export function librdkafkaProperty(name: string): LibrdkafkaProperty | undefined {
  return BY_NAME.get(name);
}

/** The property an alias stands for (itself when it is not an alias). */
export function librdkafkaPrimary(name: string): LibrdkafkaProperty | undefined {
  const p = BY_NAME.get(name);
  return p?.aliasOf ? BY_NAME.get(p.aliasOf) ?? p : p;
}

/** The model key of a librdkafka name; unknown names stay as written. */
export function librdkafkaCanonicalKey(name: string): string {
  return CANONICAL.get(name) ?? name;
}

/** The names that mean a model key (primary first), or none when librdkafka has no such property. */
export function librdkafkaNamesFor(key: string): readonly string[] {
  const names: string[] = [];
  for (const [name, canonical] of CANONICAL) if (canonical === key) names.push(name);
  const primary = names.map((n) => BY_NAME.get(n)!).find((p) => !p.aliasOf);
  return primary ? [primary.name, ...names.filter((n) => n !== primary.name)] : names;
}

/** The name a fix writes for a model key: the model key itself when librdkafka accepts it, else its primary name. */
export function librdkafkaSpelling(key: string): string | undefined {
  if (BY_NAME.has(key)) return key;
  return librdkafkaNamesFor(key)[0];
}

export function isLibrdkafkaConsumerOnly(name: string): boolean {
  return CONSUMER_ONLY.has(name);
}

export function allLibrdkafkaProperties(): readonly LibrdkafkaProperty[] {
  return LIBRDKAFKA_PROPERTIES;
}

/** The closest property name to a mistyped one (case and separator slips first, then small edit distances). */
export function suggestLibrdkafkaName(input: string): string | undefined {
  const shape = (s: string) => s.replace(/[._\-\s]/g, '').toLowerCase();
  for (const name of BY_NAME.keys()) if (shape(name) === shape(input)) return name;
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of BY_NAME.keys()) {
    const d = editDistance(input.toLowerCase(), name, limit);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** A JS value as the bindings hand it to librdkafka. */
export type JsConfigValue = string | number | boolean | null;

export type LibrdkafkaCheck =
  | { readonly ok: true; readonly value: string | number | boolean | null }
  | { readonly ok: false; readonly message: string; readonly expected?: readonly string[] };

/**
 * node-rdkafka and confluent-kafka-javascript turn every value into a string before `rd_kafka_conf_set`
 * (`src/config.cc`: integers in decimal, booleans as `true`/`false`, everything else `String(value)`).
 */
export function librdkafkaString(v: JsConfigValue): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

const WS = /^[ \t\n\v\f\r]*/;

/** `strtol(s, &end, 0)`: the leading integer (decimal, `0x` hex or `0` octal) or `undefined` when none is there. */
export function strtol(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s.replace(WS, ''));
  if (!m) return undefined;
  const body = m[2]!;
  const n = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body.startsWith('0') ? parseInt(body, 8) : parseInt(body, 10);
  return m[1] === '-' ? -n : n;
}

/** `strtod`: the leading decimal number, or `undefined`. */
export function strtod(s: string): number | undefined {
  const m = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s.replace(WS, ''));
  if (!m) return undefined;
  const t = m[0].toLowerCase().replace(/^([+-]?)inf(inity)?$/, '$1Infinity');
  return Number(t);
}

/**
 * Checks a value the way `rd_kafka_conf_set` parses it (rdkafka_conf.c `rd_kafka_anyconf_set_prop`): integers with
 * `strtol` (leading number, then range), floats with `strtod`, booleans `true/t/1/false/f/0`, enums case-insensitively.
 * The parsed value is in the form the shared rules read (acks as `'-1'|'0'|'1'`, enums in lower case).
 */
export function checkLibrdkafkaValue(prop: LibrdkafkaProperty, v: JsConfigValue, canonicalKey: string): LibrdkafkaCheck {
  const primary = librdkafkaPrimary(prop.name) ?? prop;
  if (primary.type === 'callback') return { ok: true, value: null };
  if (v === null) return { ok: false, message: 'librdkafka receives the string `"null"`' };
  const s = librdkafkaString(v);
  switch (primary.type) {
    case 'string':
    case 'pattern':
      if (primary.name === 'partitioner' && primary.values && !primary.values.includes(s)) {
        return { ok: false, message: `not a partitioner librdkafka knows (${primary.values.map((x) => `\`${x}\``).join(', ')})`, expected: primary.values };
      }
      return { ok: true, value: s };
    case 'boolean': {
      if (s === '') return { ok: false, message: 'a boolean cannot be empty', expected: ['true', 'false'] };
      const lower = s.toLowerCase();
      if (lower === 'true' || lower === 't' || s === '1') return { ok: true, value: true };
      if (lower === 'false' || lower === 'f' || s === '0') return { ok: true, value: false };
      return { ok: false, message: 'expected `true` or `false`', expected: ['true', 'false'] };
    }
    case 'integer': {
      if (s === '') return { ok: false, message: 'an integer cannot be empty' };
      let n = strtol(s);
      if (n === undefined) {
        const alias = Object.entries(primary.valueAliases ?? {}).find(([word]) => word.toLowerCase() === s.toLowerCase());
        if (!alias) return { ok: false, message: 'not a number' };
        n = alias[1];
      }
      if ((primary.min !== undefined && n < primary.min) || (primary.max !== undefined && n > primary.max)) {
        return { ok: false, message: `outside the allowed range ${primary.min}..${primary.max}` };
      }
      return { ok: true, value: canonicalKey === 'acks' ? String(n) : n };
    }
    case 'float': {
      if (s === '') return { ok: false, message: 'a number cannot be empty' };
      const n = strtod(s);
      if (n === undefined) return { ok: false, message: 'not a number' };
      if ((primary.min !== undefined && n < primary.min) || (primary.max !== undefined && n > primary.max)) {
        return { ok: false, message: `outside the allowed range ${primary.min}..${primary.max}` };
      }
      return { ok: true, value: n };
    }
    case 'enum': {
      const values = primary.values ?? [];
      const hit = values.find((x) => x.toLowerCase() === s.trim().toLowerCase());
      if (!hit) return { ok: false, message: `must be one of ${values.map((x) => `\`${x}\``).join(', ')}`, expected: values };
      return { ok: true, value: hit };
    }
    case 'flags': {
      const values = primary.values;
      if (!values) return { ok: true, value: s };
      for (const part of s.split(',')) {
        const word = part.trim().replace(/^[+-]/, '');
        if (word !== '' && !values.some((x) => x.toLowerCase() === word.toLowerCase())) {
          return { ok: false, message: `\`${word}\` is not one of ${values.map((x) => `\`${x}\``).join(', ')}` };
        }
      }
      return { ok: true, value: s };
    }
    default:
      return { ok: true, value: s };
  }
}

/** The documented default in the parsed form the rules read. */
export function librdkafkaDefault(prop: LibrdkafkaProperty, canonicalKey: string): string | number | boolean | null {
  const p = librdkafkaPrimary(prop.name) ?? prop;
  if (p.default === null) return null;
  if (canonicalKey === 'acks' && typeof p.default === 'number') return String(p.default);
  return p.default;
}
