// Dialect dispatch: parse a document into the model, and print fix intents back as text changes.
import type { ConfigDocument } from '../model/configDocument';
import type { FixIntent, TextChange } from '../model/fixIntent';
import { computeLineStarts } from '../util/lines';
import { dialectFor, isProducerFileName, isProducerPropertiesContent, KAFKA_PROPERTIES_LANGUAGE } from './detect';
import { toConfigDocument as propertiesDocument } from './properties';
import { printPropertiesFix } from './properties/printer';
import { printCodeFix, type TypeScriptDialect } from './typescript';

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
  if (dialect === 'properties') {
    const ours = input.languageId === KAFKA_PROPERTIES_LANGUAGE || isProducerFileName(input.uri);
    if (input.text.length > options.maxFileBytes) {
      return ours ? emptyDocument(input, dialect, `Not analysed: the file is larger than the ${options.maxFileBytes}-byte limit (setting kafkaProducer.maxFileSize).`) : undefined;
    }
    if (looksBinary(input.text)) {
      return ours ? emptyDocument(input, dialect, 'Not analysed: the file contains binary data (NUL characters), not text.') : undefined;
    }
    const doc = propertiesDocument(input.uri, input.version, input.text);
    if (!ours && !isProducerPropertiesContent(doc.scopes.flatMap((s) => s.entries.map((e) => e.key)))) return undefined;
    return doc;
  }
  if (dialect === 'typescript') {
    // A file over the limit is not even pre-filtered: it is no producer config we could show anything for.
    if (!options.code || input.text.length > options.maxFileBytes || looksBinary(input.text)) return undefined;
    return options.code.parse(input.uri, input.version, input.text);
  }
  return undefined;
}

/** Prints intents as text changes in the document's own syntax. */
export function printFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  switch (doc.dialect) {
    case 'properties':
      return printPropertiesFix(doc, intents);
    case 'typescript':
      return printCodeFix(doc, intents);
    default:
      return [];
  }
}
