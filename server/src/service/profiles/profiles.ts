// The four safe profiles as data: each a list of requirements on producer settings, all of them durable.
import type { PrintableValue } from '../model/fixIntent';
import type { JavaParsed } from '../effective/javaValues';

/** One requirement: satisfied by the current effective value, or fixed by setting `value`. */
export interface ProfileRequirement {
  readonly key: string;
  /** The value written when the requirement is not met. */
  readonly value: PrintableValue;
  /** Whether the current effective value already meets the requirement (unset keys are judged by their default). */
  readonly satisfied: (current: JavaParsed | undefined) => boolean;
  /** Why the profile wants it, for the preview. */
  readonly why: string;
}

export interface Profile {
  readonly id: 'reliable' | 'exactly-once' | 'high-throughput' | 'low-latency';
  readonly title: string;
  readonly description: string;
  readonly requirements: readonly ProfileRequirement[];
}

const num = (v: JavaParsed | undefined) => (typeof v === 'number' ? v : undefined);
const atLeast = (min: number) => (v: JavaParsed | undefined) => (num(v) ?? -Infinity) >= min;
const atMost = (max: number) => (v: JavaParsed | undefined) => (num(v) ?? Infinity) <= max;
const equals = (x: JavaParsed) => (v: JavaParsed | undefined) => v === x;

/** Every profile starts from these: acknowledged by all in-sync replicas, idempotent, retried until the delivery timeout. */
const DURABLE: readonly ProfileRequirement[] = [
  { key: 'acks', value: 'all', satisfied: equals('-1'), why: 'wait for every in-sync replica' },
  { key: 'enable.idempotence', value: true, satisfied: equals(true), why: 'retries cannot write duplicates or reorder' },
  { key: 'retries', value: 2147483647, satisfied: atLeast(1), why: 'retry transient errors until delivery.timeout.ms' },
  { key: 'max.in.flight.requests.per.connection', value: 5, satisfied: atMost(5), why: 'idempotence allows at most 5' },
];

export const PROFILES: readonly Profile[] = [
  {
    id: 'reliable',
    title: 'Reliable',
    description: 'No loss, no duplicates: acks=all, idempotence, unlimited retries within a 2-minute delivery timeout.',
    requirements: [
      ...DURABLE,
      { key: 'delivery.timeout.ms', value: 120000, satisfied: atLeast(120000), why: 'give retries two minutes to succeed' },
    ],
  },
  {
    id: 'exactly-once',
    title: 'Exactly-once (transactional)',
    description: 'Reliable plus transactions: adds a transactional.id placeholder you must replace with a stable, unique id per producer instance.',
    requirements: [
      ...DURABLE,
      { key: 'delivery.timeout.ms', value: 120000, satisfied: atLeast(120000), why: 'give retries two minutes to succeed' },
      {
        key: 'transactional.id',
        value: 'CHANGE-ME-unique-transactional-id',
        satisfied: (v) => typeof v === 'string' && v !== '',
        why: 'transactions need a stable id per producer instance; replace the placeholder',
      },
    ],
  },
  {
    id: 'high-throughput',
    title: 'High throughput',
    description: 'Durable, and tuned for volume: 20 ms linger, 128 KiB batches, lz4 compression.',
    requirements: [
      ...DURABLE,
      { key: 'linger.ms', value: 20, satisfied: atLeast(20), why: 'wait up to 20 ms to fill batches' },
      { key: 'batch.size', value: 131072, satisfied: atLeast(65536), why: 'larger batches mean fewer requests' },
      { key: 'compression.type', value: 'lz4', satisfied: (v) => typeof v === 'string' && v !== 'none', why: 'lz4 is cheap on CPU and shrinks batches' },
    ],
  },
  {
    id: 'low-latency',
    title: 'Low latency',
    description: 'Durable, and tuned for latency: no linger, small batches.',
    requirements: [
      ...DURABLE,
      { key: 'linger.ms', value: 0, satisfied: equals(0), why: 'send as soon as a record arrives' },
      { key: 'batch.size', value: 16384, satisfied: atMost(16384), why: 'small batches leave sooner' },
    ],
  },
];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
