// Dialect dispatch: parse a document into the model, and print fix intents back as text changes.
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../model/configDocument';
import type { FixIntent, TextChange } from '../model/fixIntent';
import { computeLineStarts } from '../util/lines';
import { dialectFor, isProducerFileName, isProducerPropertiesContent, KAFKA_PROPERTIES_LANGUAGE } from './detect';
import { toConfigDocument as propertiesDocument, type PropertiesParseCache } from './properties';
import { printPropertiesFix } from './properties/printer';
import { printCodeFix, type TypeScriptDialect } from './typescript';
import { codeRewritesInPlace } from './typescript/printer';
import { JavaDialect, javaSettle, javaValueFits, printJavaFix } from './java';
import { javaRewritesInPlace } from './java/printer';
import { hasSpringKafkaKeys, parseSpringProperties } from './spring/properties';
import { mayHaveSpringKafka, parseSpringYaml } from './spring/yaml';
import { springEntryInfo } from './spring/scope';
import { printSpringFix, springRank, springRewritesInPlace } from './spring/printer';

export interface DocumentInput {
  readonly uri: string;
  /** The editor's language id; `undefined` in the CLI (the file name decides). */
  readonly languageId?: string;
  readonly version: number;
  readonly text: string;
}

export interface ParseOptions {
  readonly maxFileBytes: number;
  /** The TS/JS dialect (holds the lazily loaded compiler); without it code files are not analysed. */
  readonly code?: TypeScriptDialect;
  /** The Java dialect (holds the lazily loaded Java parser); without it the last one created is used, if any. */
  readonly java?: JavaDialect;
  /** Last parses of `.properties` documents (edits re-parse only the lines they touch); without it every parse is whole. */
  readonly properties?: PropertiesParseCache;
}

function emptyDocument(input: DocumentInput, dialect: ConfigDocument['dialect'], skipped?: string): ConfigDocument {
  return {
    uri: input.uri,
    version: input.version,
    dialect,
    text: input.text,
    scopes: [],
    comments: [],
    problems: [],
    lineStarts: computeLineStarts(input.text),
    ...(skipped ? { skipped: { reason: skipped } } : {}),
  };
}

/** A NUL in the first 8 KiB marks a binary file, as git and most editors decide. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

/**
 * Parses a document of ours into the model; `undefined` when the document is not a producer
 * configuration (a `.gitconfig`, a consumer file, a TS file importing no Kafka client).
 */
export function parseDocument(input: DocumentInput, options: ParseOptions): ConfigDocument | undefined {
  const dialect = dialectFor(input.uri, input.languageId);
  if (!dialect) return undefined;
  if (dialect === 'spring-properties' || dialect === 'spring-yaml' || dialect === 'java') {
    // Application files and Java sources are ours only when they hold Kafka producer settings: never a notice for them.
    if (input.text.length > options.maxFileBytes || looksBinary(input.text)) return undefined;
    if (dialect === 'java') return parseCode(input, 'java', () => (options.java ?? JavaDialect.last)?.parse(input.uri, input.version, input.text));
    if (dialect === 'spring-yaml') {
      if (!mayHaveSpringKafka(input.text)) return undefined;
      const doc = parseSpringYaml(input.uri, input.version, input.text);
      return doc.scopes.length > 0 ? doc : undefined;
    }
    if (hasSpringKafkaKeys(input.text)) {
      const doc = parseSpringProperties(input.uri, input.version, input.text);
      if (doc.scopes.length > 0) return doc;
    }
  }
  if (dialect === 'properties' || dialect === 'spring-properties') {
    // A Spring application file without spring.kafka keys is a producer config only if it holds producer keys itself.
    const ours = dialect === 'properties' && (input.languageId === KAFKA_PROPERTIES_LANGUAGE || isProducerFileName(input.uri));
    if (input.text.length > options.maxFileBytes) {
      return ours ? emptyDocument(input, 'properties', `Not analysed: the file is larger than the ${options.maxFileBytes}-byte limit (setting kafkaProducer.maxFileSize).`) : undefined;
    }
    if (looksBinary(input.text)) {
      return ours ? emptyDocument(input, 'properties', 'Not analysed: the file contains binary data (NUL characters), not text.') : undefined;
    }
    const doc = propertiesDocument(input.uri, input.version, input.text, options.properties?.parse(input.uri, input.text));
    if (!ours && !isProducerPropertiesContent(doc.scopes.flatMap((s) => s.entries.map((e) => e.key)))) return undefined;
    return doc;
  }
  if (dialect === 'typescript') {
    // A file over the limit is not even pre-filtered: it is no producer config we could show anything for.
    if (!options.code || input.text.length > options.maxFileBytes || looksBinary(input.text)) return undefined;
    const code = options.code;
    return parseCode(input, 'typescript', () => code.parse(input.uri, input.version, input.text));
  }
  return undefined;
}

/**
 * Runs a code dialect's parser. Compiler parsers recurse once per nesting level, so pathological nesting (thousands of
 * brackets) overflows the stack: the document then gets a notice instead of taking the request down.
 */
function parseCode(input: DocumentInput, dialect: ConfigDocument['dialect'], parse: () => ConfigDocument | undefined): ConfigDocument | undefined {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return emptyDocument(input, dialect, 'Not analysed: the code is nested too deeply to parse.');
  }
}

/** Prints intents as text changes in the document's own syntax. */
export function printFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  switch (doc.dialect) {
    case 'properties':
      return printPropertiesFix(doc, intents);
    case 'typescript':
      return printCodeFix(doc, intents);
    case 'java':
      return printJavaFix(doc, intents);
    case 'spring-properties':
    case 'spring-yaml':
      return printSpringFix(doc, intents);
    default:
      return [];
  }
}

/** How a dialect's printer and parser treat an edit, for checking fixes on the model without printing them. */
export interface FixModel {
  /**
   * Whether a `set` rewrites this entry, the one that takes effect, in place; when not (a value Spring shares with
   * consumers, a Java put inside an `if`), the printer writes a new entry that takes precedence.
   */
  inPlace(entry: ConfigEntry): boolean;
  /** Keys whose analysis-added entry stands only while the file does not set the key itself (Spring's putIfAbsent). */
  readonly defaulted: readonly string[];
  /**
   * Where precedence is not document order (Spring): the precedence of an entry written from `written` (or a new one
   * the printer adds) under `key`; entries are ordered by it, in document order within one.
   */
  readonly rank?: (written: ConfigEntry | undefined, key: string) => number;
  /** The entries the analysis adds itself, derived again from the edited ones (Spring's factory enabling idempotence). */
  readonly settle?: (entries: readonly ConfigEntry[]) => ConfigEntry[];
}

const SYNTHETIC_PUT_IF_ABSENT = new Set(['enable.idempotence']);

export function fixModelOf(doc: ConfigDocument, scope: ConfigScope): FixModel {
  const synthetic = Array.isArray(scope.printHints?.['synthetic']) ? (scope.printHints['synthetic'] as string[]) : [];
  switch (doc.dialect) {
    case 'java':
      // Serializer objects given to the producer always win; the factory's enable.idempotence only when the map lacks it.
      return { inPlace: javaRewritesInPlace, defaulted: synthetic.filter((k) => SYNTHETIC_PUT_IF_ABSENT.has(k)), settle: (entries) => javaSettle(scope, entries) };
    case 'spring-properties':
    case 'spring-yaml':
      return { inPlace: (e) => springRewritesInPlace(scope, e), defaulted: synthetic, rank: springRank };
    case 'typescript':
      return { inPlace: (e) => codeRewritesInPlace(scope, e), defaulted: [] };
    default:
      return { inPlace: () => true, defaulted: [] };
  }
}

/**
 * Whether renaming an entry to `key` keeps it a setting the client accepts and reads: a Java value keeps its Java type,
 * which the new key's ConfigDef type may reject (`5L` for an INT key); Spring ignores `bootstrap.servers` in a
 * `properties` map.
 */
export function renameIsSound(doc: ConfigDocument, entry: ConfigEntry, key: string): boolean {
  switch (doc.dialect) {
    case 'java':
      return javaValueFits(entry, key);
    case 'spring-properties':
    case 'spring-yaml':
      return !(key === 'bootstrap.servers' && springEntryInfo(entry)?.name.kind === 'pass-through');
    default:
      return true;
  }
}
