// Shapes of the Kafka knowledge base: keys, their types, validators and defaults per client version.

/** Kafka's ConfigDef types, spelled as Kafka spells them. */
export type JavaType = 'BOOLEAN' | 'STRING' | 'INT' | 'SHORT' | 'LONG' | 'DOUBLE' | 'LIST' | 'CLASS' | 'PASSWORD';

export type Importance = 'HIGH' | 'MEDIUM' | 'LOW';

/** A ConfigDef validator (or the equivalent check the client runs at construction). */
export type Validator =
  | { readonly kind: 'none' }
  | { readonly kind: 'range'; readonly min?: number; readonly max?: number }
  /** `[min..max] or one of values` (compression.gzip.level). */
  | { readonly kind: 'rangeOrValue'; readonly min: number; readonly max: number; readonly values: readonly number[] }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly caseSensitive: boolean }
  | { readonly kind: 'nonEmptyString' }
  /** ValidList.anyNonDuplicateValues (4.2+): no empty elements, duplicates removed with a WARN. */
  | { readonly kind: 'list'; readonly allowEmptyList: boolean };

/** Marker for `NO_DEFAULT_VALUE`: the key must be supplied. */
export const REQUIRED = '(required)';

/**
 * The facts of one key valid from a client version onwards, until the next record. Every field of the
 * first record is set; later records override only what changed.
 */
export interface KeyFacts {
  readonly type: JavaType;
  /** `.properties` form of the default; `null` = no default (unset); `REQUIRED` = must be supplied. */
  readonly default: string | null;
  readonly validator: Validator;
  readonly importance: Importance;
  /** When the validator is a check the constructor runs rather than a ConfigDef validator. */
  readonly checkedAt?: 'config' | 'construction';
}

export interface KeyFactsChange extends Partial<KeyFacts> {
  /** First client version (`X.Y`) these facts apply to. */
  readonly from: string;
  /** Why it changed (KIP / JIRA), for hover. */
  readonly why?: string;
}

/** A value that a version of the client no longer accepts, or warns about. */
export interface ValueLifecycle {
  readonly value: string;
  readonly deprecatedIn?: string;
  readonly removedIn?: string;
  readonly note: string;
}

/** One Java producer key across versions, as generated from the reference dumps. */
export interface JavaKeyRecord {
  readonly name: string;
  /** First version (`X.Y`) that knows the key; `2.0` for keys older than our history. */
  readonly since: string;
  /** First version that no longer knows the key. */
  readonly removedIn?: string;
  readonly deprecatedIn?: string;
  readonly internal?: boolean;
  /** Facts history, oldest first. */
  readonly history: readonly KeyFactsChange[];
  readonly valueLifecycle?: readonly ValueLifecycle[];
  /** Where Kafka defines it (4.3.1 source). */
  readonly source: string;
}

/** Units that hover shows in human form. */
export type Unit = 'ms' | 'bytes' | 'seconds';

/** Documentation of a key in our own words. */
export interface KeyDoc {
  /** What the key does, one or two sentences. */
  readonly summary: string;
  /** When to change it. */
  readonly whenToChange: string;
  /** The trade-off of changing it. */
  readonly tradeoff: string;
  /** What each notable value means (enum members, special numbers). */
  readonly values?: Readonly<Record<string, string>>;
  readonly unit?: Unit;
}

/** A key as it is for one client version: what hover, completion and rules read. */
export interface ResolvedKey {
  readonly name: string;
  readonly client: 'java';
  readonly type: JavaType;
  readonly default: string | null;
  readonly required: boolean;
  readonly validator: Validator;
  readonly checkedAt: 'config' | 'construction';
  readonly importance: Importance;
  readonly since: string;
  readonly removedIn?: string;
  readonly deprecated: boolean;
  readonly internal: boolean;
  readonly doc: KeyDoc;
  readonly unit?: Unit;
  readonly record: JavaKeyRecord;
}

/** Kinds of keys that belong to something other than a Java producer. */
export type ForeignKind = 'consumer' | 'admin' | 'broker' | 'topic' | 'streams' | 'connect' | 'librdkafka' | 'kafkajs';
