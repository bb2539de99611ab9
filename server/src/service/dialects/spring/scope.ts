// Builds the producer scope of one Spring Boot configuration document from its `spring.kafka.*` entries, the way
// KafkaProperties.buildProducerProperties and KafkaAutoConfiguration merge them.
import { resolveJavaKeyAnyVersion } from '../../catalog/javaCatalog';
import { SPRING_LEVEL, type SpringKafkaProperty } from '../../catalog/spring/springKafkaProperties';
import { NEWEST_JAVA_VERSION } from '../../catalog/versions';
import type { ConfigEntry, ConfigScope, SyntaxProblem } from '../../model/configDocument';
import type { Span } from '../../model/span';
import type { Value } from '../../model/value';
import { classifyName, type SpringName } from './names';

/** A `spring.kafka.*` setting as a Spring dialect read it, before Spring's merge. */
export interface RawSpringEntry {
  /** The flattened property name (`spring.kafka.producer.properties[linger.ms]`). */
  readonly name: string;
  /** The text Spring binds, or `undefined` when it is resolved at run time (`${…}` placeholders). */
  readonly text: string | undefined;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  readonly span: Span;
}

/** A raw entry with what its name means (the printers use it). */
export interface SpringEntryInfo {
  readonly entry: ConfigEntry;
  readonly name: SpringName;
  readonly raw: RawSpringEntry;
}

/** `printHints` of a Spring scope. */
export interface SpringPrintHints {
  /** Keys whose only entry is one Spring adds itself (`enable.idempotence` for a transaction-id prefix). */
  readonly synthetic: readonly string[];
  /** Index of the YAML document / `#---` section this scope covers. */
  readonly section: number;
}

const PLACEHOLDER = /\$\{/;

/** What each entry of a Spring scope was written as; the printers read it. */
const ENTRY_INFO = new WeakMap<ConfigEntry, SpringEntryInfo>();

export function springEntryInfo(entry: ConfigEntry): SpringEntryInfo | undefined {
  return ENTRY_INFO.get(entry);
}

/**
 * Spring's `DataSize.parse` with bytes as the default unit: whitespace removed, `^[+-]?\d+` and a case-sensitive
 * suffix B, KB, MB, GB or TB (binary multiples).
 */
export function parseDataSize(text: string): number | undefined {
  const m = /^([+-]?\d+)(B|KB|MB|GB|TB)?$/.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const factor = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[m[2] ?? 'B']!;
  return Number(m[1]) * factor;
}

function valueFor(property: SpringKafkaProperty, text: string | undefined): Value {
  if (text === undefined) return { kind: 'unknown', reason: 'a placeholder resolved at run time' };
  if (property.kind === 'dataSize') {
    const bytes = parseDataSize(text);
    // Spring fails to bind a malformed size; the raw text keeps the value check reporting it.
    return bytes === undefined ? { kind: 'string', value: text } : { kind: 'number', value: bytes };
  }
  return { kind: 'string', value: text };
}

/**
 * Scope labels that tell sections apart: two sections activated by the same profile would otherwise show the same name
 * in code action titles, code lenses and the outline, so such labels get the section's number
 * (`application.yml (profile test, document 3)`).
 */
export function distinctLabels(built: ReadonlyArray<{ readonly scope: ConfigScope; readonly section: number }>, unit: 'section' | 'document'): ConfigScope[] {
  const count = new Map<string, number>();
  for (const { scope } of built) count.set(scope.label, (count.get(scope.label) ?? 0) + 1);
  return built.map(({ scope, section }) =>
    count.get(scope.label)! > 1 && scope.label.endsWith(')') ? { ...scope, label: `${scope.label.slice(0, -1)}, ${unit} ${section + 1})` } : scope,
  );
}

export interface SpringScopeResult {
  readonly scope: ConfigScope | undefined;
  readonly infos: readonly SpringEntryInfo[];
  readonly problems: readonly SyntaxProblem[];
}

/**
 * One scope for the producer settings of a document section. Entries are ordered by Spring's precedence (lowest
 * first, document order within a level), so the "last entry wins" rule of the Java semantics picks Spring's winner.
 */
export function buildSpringScope(
  raws: readonly RawSpringEntry[],
  opts: { readonly id: string; readonly label: string; readonly span: Span; readonly section: number },
): SpringScopeResult {
  const infos: Array<SpringEntryInfo & { rank: number; order: number }> = [];
  const problems: SyntaxProblem[] = [];
  raws.forEach((raw, order) => {
    if (raw.text !== undefined && PLACEHOLDER.test(raw.text)) raw = { ...raw, text: undefined };
    const name = classifyName(raw.name);
    let entry: ConfigEntry | undefined;
    let rank = 0;
    switch (name.kind) {
      case 'property':
        entry = {
          key: name.property.kafkaKey,
          rawKey: name.property.kafkaKey,
          value: valueFor(name.property, raw.text),
          keySpan: raw.keySpan,
          valueSpan: raw.valueSpan,
          span: raw.span,
          origin: { kind: 'inline' },
        };
        rank = name.level;
        break;
      case 'pass-through': {
        // spring.kafka.properties is shared by consumers, admin clients and streams: only producer keys concern the producer.
        if (name.map === 'global' && !resolveJavaKeyAnyVersion(name.key, NEWEST_JAVA_VERSION)) return;
        // Spring Boot 3.1+ writes bootstrap.servers from the first-class properties after every map.
        const overridden = name.key === 'bootstrap.servers';
        entry = {
          key: name.key,
          rawKey: name.key,
          value: raw.text === undefined ? { kind: 'unknown', reason: 'a placeholder resolved at run time' } : { kind: 'string', value: raw.text },
          keySpan: raw.keySpan,
          valueSpan: raw.valueSpan,
          span: raw.span,
          origin: { kind: 'inline' },
          ...(overridden ? { maybeOverridden: true } : {}),
        };
        rank = name.level;
        if (overridden) {
          problems.push({
            span: raw.keySpan,
            severity: 'warning',
            // Spring silently drops it: the rule for options a client ignores, so its severity setting applies.
            code: 'option-ignored',
            message:
              '`bootstrap.servers` in a `properties` map is ignored: Spring Boot (3.1+) sets it from `spring.kafka.producer.bootstrap-servers` ' +
              'or `spring.kafka.bootstrap-servers` (default `localhost:9092`) after the maps. Use `spring.kafka.bootstrap-servers` instead.',
          });
        }
        break;
      }
      case 'unknown-producer': {
        // Spring ignores unknown names under spring.kafka.producer. A separator-only tail (`linger-ms`) is reported under
        // its own shape so the unknown-key rule can suggest the Kafka key; a dotted tail keeps the whole name, which no
        // Kafka key matches.
        const tail = name.tail;
        const key = /^[A-Za-z0-9_-]+$/.test(tail) ? tail : raw.name;
        entry = {
          key,
          rawKey: key,
          value: raw.text === undefined ? { kind: 'unknown', reason: 'a placeholder resolved at run time' } : { kind: 'string', value: raw.text },
          keySpan: raw.keySpan,
          valueSpan: raw.valueSpan,
          span: raw.span,
          origin: { kind: 'inline' },
        };
        rank = -1;
        break;
      }
      case 'other':
        return;
    }
    infos.push({ entry, name, raw, rank, order });
  });
  if (infos.length === 0) return { scope: undefined, infos: [], problems };

  infos.sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const i of infos) ENTRY_INFO.set(i.entry, { entry: i.entry, name: i.name, raw: i.raw });
  const entries = infos.map((i) => i.entry);
  const synthetic: string[] = [];
  // DefaultKafkaProducerFactory.setTransactionIdPrefix puts enable.idempotence=true unless the map has the key.
  const prefix = infos.find((i) => i.name.kind === 'property' && i.name.property.viaFactory);
  if (prefix && !entries.some((e) => e.key === 'enable.idempotence')) {
    entries.push({
      key: 'enable.idempotence',
      rawKey: 'enable.idempotence',
      value: { kind: 'boolean', value: true },
      keySpan: prefix.entry.keySpan,
      valueSpan: prefix.entry.valueSpan,
      span: prefix.entry.span,
      origin: { kind: 'spread', span: prefix.entry.span },
    });
    synthetic.push('enable.idempotence');
  }
  const hints: SpringPrintHints = { synthetic, section: opts.section };
  return {
    scope: {
      id: opts.id,
      client: 'java',
      role: 'producer',
      entries,
      span: opts.span,
      label: opts.label,
      // Other property sources (profiles, environment variables, command-line arguments) can add keys.
      open: true,
      printHints: { ...hints },
    },
    infos: infos.map(({ entry, name, raw }) => ({ entry, name, raw })),
    problems,
  };
}

export { SPRING_LEVEL };
