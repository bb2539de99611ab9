// The one model every dialect parses into: scopes of entries with exact spans, comments and syntax problems.
import type { Span } from './span';
import type { Value } from './value';

/** Which client library interprets a scope's keys, and so which catalog and semantics apply. */
export type ClientId = 'java' | 'librdkafka' | 'kafkajs' | 'confluent-kafkajs';

/** The dialect a document was parsed with. */
export type DialectId = 'properties' | 'typescript' | 'java' | 'spring-properties' | 'spring-yaml';

/** Where an entry's value came from, for related information and for edits. */
export type EntryOrigin =
  | { readonly kind: 'inline' }
  /** Written in another object that was spread or assigned into this one. */
  | { readonly kind: 'spread'; readonly uri?: string; readonly span: Span }
  /** Written in another file (an imported const); `range` is its 0-based line/character range there. */
  | { readonly kind: 'import'; readonly uri: string; readonly span: Span; readonly range: LineRange };

/** A 0-based line/character range (LSP shape), for locations in documents other than the one parsed. */
export interface LineRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** One key/value pair, as written. */
export interface ConfigEntry {
  /** The key in the scope client's canonical spelling (catalog name), e.g. `enable.idempotence`. */
  readonly key: string;
  /** The key exactly as the client receives it (escapes resolved), e.g. `idempotent` in kafkajs. */
  readonly rawKey: string;
  readonly value: Value;
  /** Span of the key text in the document. */
  readonly keySpan: Span;
  /** Span of the value text in the document (empty span right after the separator when the value is empty). */
  readonly valueSpan: Span;
  /** The whole entry including continuation lines (not the line terminator), for removal and symbols. */
  readonly span: Span;
  readonly origin: EntryOrigin;
  /** Set by dialects whose entries may be overridden by something unresolvable written after them. */
  readonly maybeOverridden?: boolean;
}

/** A comment; suppression directives are read from these. */
export interface Comment {
  readonly span: Span;
  /** The comment text without its marker (`#`, `!`, `//`). */
  readonly text: string;
  /** 0-based line on which the comment starts. */
  readonly line: number;
}

/** A syntax problem found by a dialect parser; reported as a diagnostic, never thrown. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  /** Parse problems are errors or warnings; `information`/`hint` only come from a user's rule severity setting. */
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
}

/** One producer configuration: a `.properties` file, or one config object in code. */
export interface ConfigScope {
  readonly id: string;
  readonly client: ClientId;
  /**
   * What this scope configures within its client: the client object (`new Kafka({...})`), a producer, one send call,
   * a `transaction()` call (no entries of its own), or a send inside a transaction.
   */
  readonly role: 'producer' | 'client' | 'send' | 'transaction' | 'transaction-send';
  readonly entries: readonly ConfigEntry[];
  /** The span of the scope as a whole (whole file, or the object literal). */
  readonly span: Span;
  /** A short label for outlines, e.g. `kafka.producer({...})`. */
  readonly label: string;
  /** Whether keys not listed in `entries` may be set by something the analyser cannot see. */
  readonly open: boolean;
  /** Ids of scopes that configure the same producer (client config, send calls). */
  readonly linked?: readonly string[];
  /** Offset after which a new entry is inserted; dialect printers use it. */
  readonly insertOffset?: number;
  /** Dialect-private data a printer needs (indentation, quoting style). */
  readonly printHints?: Readonly<Record<string, unknown>>;
  /**
   * The keys of the records a send call writes, when the code spells them out (`messages: [{ key: 'orders', … }]`);
   * absent when the records are not written in the call.
   */
  readonly recordKeys?: ReadonlyArray<{ readonly value: Value; readonly span: Span }>;
}

/** A parsed document: the result of a dialect parser. */
export interface ConfigDocument {
  readonly uri: string;
  readonly version: number;
  readonly dialect: DialectId;
  readonly text: string;
  readonly scopes: readonly ConfigScope[];
  readonly comments: readonly Comment[];
  readonly problems: readonly SyntaxProblem[];
  /** Offsets at which each line starts (line 0 starts at 0). */
  readonly lineStarts: readonly number[];
  /** Set when the document was too large or not text and was not analysed. */
  readonly skipped?: { readonly reason: string };
  /**
   * Code dialects: the compression codecs (`snappy`, `lz4`, `zstd`) the code registers in kafkajs' `CompressionCodecs`,
   * in this file or the files it imports; `undefined` when that cannot be told (registered through code not followed).
   */
  readonly registeredCodecs?: readonly string[];
}
