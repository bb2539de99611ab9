// Spring Boot property names: relaxed-binding comparison and what a `spring.kafka.*` name means for the producer.
import {
  SPRING_KAFKA_PROPERTIES,
  SPRING_LEVEL,
  type SpringKafkaProperty,
  type SpringLevel,
} from '../../catalog/spring/springKafkaProperties';

/** One element of a property name: `producer`, or a bracketed map key `[linger.ms]`. */
export interface NameElement {
  readonly text: string;
  readonly bracketed: boolean;
}

/** Splits a property name at dots outside brackets: `a.b[c.d].e` → `a`, `b`, `[c.d]`, `e`. */
export function splitName(name: string): NameElement[] {
  const out: NameElement[] = [];
  let cur = '';
  let i = 0;
  const flush = () => {
    if (cur !== '') out.push({ text: cur, bracketed: false });
    cur = '';
  };
  while (i < name.length) {
    const ch = name[i]!;
    if (ch === '[') {
      const close = name.indexOf(']', i + 1);
      if (close < 0) {
        cur += name.slice(i);
        break;
      }
      flush();
      out.push({ text: name.slice(i + 1, close), bracketed: true });
      i = close + 1;
      continue;
    }
    if (ch === '.') flush();
    else cur += ch;
    i++;
  }
  flush();
  return out;
}

/**
 * The uniform form Spring compares non-bracketed elements in: case and the `-`/`_` separators do not matter
 * (`batch-size`, `batchSize`, `batch_size` and `BATCH_SIZE` are one property).
 */
export function uniform(element: string): string {
  return element.toLowerCase().replace(/[-_]/g, '');
}

/**
 * A map key written without brackets keeps only letters, digits, `-` and `.` (Spring's "Binding Maps" rule); dots
 * are kept because the pass-through maps hold strings.
 */
function mapKeyOf(rest: readonly NameElement[]): string {
  if (rest.length === 1 && rest[0]!.bracketed) return rest[0]!.text;
  return rest.map((e) => (e.bracketed ? e.text : e.text.replace(/[^A-Za-z0-9.-]/g, ''))).join('.');
}

const FIRST_CLASS = new Map<string, SpringKafkaProperty>(
  SPRING_KAFKA_PROPERTIES.map((p) => [splitName(p.name).map((e) => uniform(e.text)).join('.'), p]),
);

/** Spring producer properties that are real but set no Kafka key we model (SSL bundles become an engine factory). */
const KNOWN_WITHOUT_KEY = new Set(['spring.kafka.producer.ssl.bundle', 'spring.kafka.ssl.bundle'].map((n) => n.replace(/-/g, '')));

/** What a `spring.kafka.*` name does for the producer. */
export type SpringName =
  /** A first-class property (`spring.kafka.producer.acks`, `spring.kafka.bootstrap-servers`). */
  | { readonly kind: 'property'; readonly property: SpringKafkaProperty; readonly level: SpringLevel }
  /** An entry of `spring.kafka.producer.properties` or `spring.kafka.properties`, passed to Kafka as it is. */
  | { readonly kind: 'pass-through'; readonly key: string; readonly level: SpringLevel; readonly bracketed: boolean; readonly map: 'producer' | 'global' }
  /** A name under `spring.kafka.producer` that Spring Boot does not have: it is silently ignored. */
  | { readonly kind: 'unknown-producer'; readonly tail: string }
  /** Real but irrelevant to the analysis, or not about the producer at all. */
  | { readonly kind: 'other' };

export function classifyName(name: string): SpringName {
  const els = splitName(name);
  if (els.length < 3 || els[0]!.bracketed || els[1]!.bracketed) return { kind: 'other' };
  if (uniform(els[0]!.text) !== 'spring' || uniform(els[1]!.text) !== 'kafka') return { kind: 'other' };
  const third = els[2]!;
  const u = (e: NameElement) => (e.bracketed ? `[${e.text}]` : uniform(e.text));
  if (!third.bracketed && uniform(third.text) === 'properties') {
    const rest = els.slice(3);
    if (rest.length === 0) return { kind: 'other' };
    return { kind: 'pass-through', key: mapKeyOf(rest), level: SPRING_LEVEL.globalProperties, bracketed: rest[0]!.bracketed, map: 'global' };
  }
  if (!third.bracketed && uniform(third.text) === 'producer') {
    const fourth = els[3];
    if (!fourth) return { kind: 'other' };
    if (!fourth.bracketed && uniform(fourth.text) === 'properties') {
      const rest = els.slice(4);
      if (rest.length === 0) return { kind: 'other' };
      return { kind: 'pass-through', key: mapKeyOf(rest), level: SPRING_LEVEL.producerProperties, bracketed: rest[0]!.bracketed, map: 'producer' };
    }
    const key = els.map(u).join('.');
    const property = FIRST_CLASS.get(key);
    if (property) return { kind: 'property', property, level: property.level };
    if (KNOWN_WITHOUT_KEY.has(key)) return { kind: 'other' };
    return { kind: 'unknown-producer', tail: els.slice(3).map((e) => (e.bracketed ? `[${e.text}]` : e.text)).join('.') };
  }
  const property = FIRST_CLASS.get(els.map(u).join('.'));
  if (property) return { kind: 'property', property, level: property.level };
  return { kind: 'other' };
}

/** Whether a name is under `spring.kafka` at all (cheap test for dispatch). */
export function isSpringKafkaName(name: string): boolean {
  const els = splitName(name);
  return els.length >= 3 && uniform(els[0]!.text) === 'spring' && uniform(els[1]!.text) === 'kafka';
}
