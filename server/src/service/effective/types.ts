// What a client will actually run with: effective values per canonical key and the derived producer state.
import type { ClientId, ConfigEntry, ConfigScope } from '../model/configDocument';
import type { JavaParsed } from './javaValues';

/** Where an effective value comes from. */
export type ValueSource =
  /** The user wrote it (last occurrence wins). */
  | 'explicit'
  /** The client's default for the configured version. */
  | 'default'
  /** The client replaced the configured or default value (e.g. delivery timeout raised). */
  | 'override'
  /** The analyser cannot know it (unresolved code value, or a scope others can extend). */
  | 'unknown';

export interface EffectiveValue {
  readonly key: string;
  /** The parsed value; `undefined` when unknown or when the written value is invalid. */
  readonly value: JavaParsed | undefined;
  readonly source: ValueSource;
  /** The entry that set it (the last one when the key repeats). */
  readonly entry?: ConfigEntry;
  /** Whether an explicit value failed to parse or validate (the client would reject it). */
  readonly invalid?: boolean;
  /** Why the client changed it, when `source` is `override`. */
  readonly note?: string;
}

/** A check the client runs at construction that this configuration fails. */
export interface ConstructionConflict {
  /** Which of the client's checks fails; each maps to one rule. */
  readonly kind: 'idempotence' | 'transactional-id' | 'delivery-timeout' | 'sasl-mechanism' | 'two-phase-commit' | 'transaction-timeout';
  /** The key whose value must change. */
  readonly key: string;
  readonly entry?: ConfigEntry;
  /** The other half of the conflict (e.g. the explicit `enable.idempotence=true`). */
  readonly related?: ReadonlyArray<{ readonly key: string; readonly entry?: ConfigEntry }>;
  readonly message: string;
  /** The value that resolves it when it is clear. */
  readonly fixValue?: string | number | boolean;
  /** `false` when this version does not throw at construction but fails later (e.g. when connecting). */
  readonly throws?: false;
  /**
   * How a non-Java client fails, as a clause that completes a sentence ("`kafka.producer()` throws",
   * "`connect()` fails", "every `send()` throws"); absent for the Java client (`new KafkaProducer` throws).
   */
  readonly failure?: string;
}

export interface IdempotenceState {
  /** Whether the producer runs idempotent after the client's own adjustments; `undefined` = unknown. */
  readonly enabled: boolean | undefined;
  /** Whether `enable.idempotence` was written by the user. */
  readonly explicit: boolean;
  readonly entry?: ConfigEntry;
  /** Settings that made the client silently turn idempotence off (idempotence not explicit). */
  readonly disabledBy: ReadonlyArray<{ readonly key: string; readonly entry?: ConfigEntry; readonly reason: string }>;
}

/** The effective configuration of one scope. */
export interface EffectiveConfig {
  readonly client: ClientId;
  readonly version: string;
  readonly scope: ConfigScope;
  /** The effective value of a canonical key (any key; unknown keys come back `unknown`/`undefined`). */
  get(key: string): EffectiveValue;
  /** All entries per key, in document order. */
  readonly entriesByKey: ReadonlyMap<string, readonly ConfigEntry[]>;
  readonly idempotence: IdempotenceState;
  /** Whether a `transactional.id` is set; `undefined` = unknown. */
  readonly transactional: boolean | undefined;
  /** Every cross-key check `new KafkaProducer(props)` would fail, in the client's order. */
  readonly conflicts: readonly ConstructionConflict[];
  /**
   * Whether the client has this setting in this scope at all (code clients: kafkajs has no `linger.ms`, and reads
   * `acks` only per send). Absent for the Java client, whose catalog decides.
   */
  readonly supports?: (key: string) => boolean;
}

/** Convenience: the number an effective value holds, if it holds one. */
export function numberOf(v: EffectiveValue): number | undefined {
  return typeof v.value === 'number' && !Number.isNaN(v.value) ? v.value : undefined;
}

export function stringOf(v: EffectiveValue): string | undefined {
  return typeof v.value === 'string' ? v.value : undefined;
}

export function booleanOf(v: EffectiveValue): boolean | undefined {
  return typeof v.value === 'boolean' ? v.value : undefined;
}
