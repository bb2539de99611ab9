// How kafkajs reads one option value (it checks almost nothing itself), in the parsed forms the shared rules read.
import { KAFKAJS_COMPRESSION_NAMES, type KafkajsOption } from '../catalog/kafkajsCatalog';
import { UNKNOWN_REASON, type Value } from '../model/value';
import type { JavaParsed } from './javaValues';

export type KafkajsCheck =
  | { readonly ok: true; readonly value: JavaParsed }
  /** `severity`: error when kafkajs throws or sends a wrong value; warning when it silently misreads it. */
  | { readonly ok: false; readonly message: string; readonly severity: 'error' | 'warning'; readonly expected?: readonly string[] };

const describe = (v: Value): string => {
  switch (v.kind) {
    case 'string':
      return `the string \`'${v.value}'\``;
    case 'number':
      return `\`${v.value}\``;
    case 'boolean':
      return `\`${v.value}\``;
    case 'null':
      return '`null`';
    default:
      return v.reason;
  }
};

/**
 * Checks a resolved value against what kafkajs does with it. Unknown values are never judged (the caller skips them);
 * `null` only means "unlimited" for `maxInFlightRequests`.
 */
export function checkKafkajsValue(option: KafkajsOption, v: Value): KafkajsCheck {
  if (v.kind === 'unknown') {
    if (option.type === 'brokers' && v.reason === UNKNOWN_REASON.array) return { ok: true, value: null };
    if ((option.type === 'object' || option.type === 'ssl') && v.reason === UNKNOWN_REASON.object) return { ok: true, value: null };
    if ((option.type === 'function' || option.type === 'brokers') && v.reason === UNKNOWN_REASON.function) return { ok: true, value: null };
    return { ok: true, value: null };
  }
  switch (option.type) {
    case 'acks':
      if (v.kind === 'number' && (v.value === -1 || v.value === 0 || v.value === 1)) return { ok: true, value: String(v.value) };
      if (v.kind === 'string' && v.value.toLowerCase() === 'all') {
        return {
          ok: false,
          severity: 'error',
          message: "kafkajs writes `acks` as a 16-bit number, so the string `'all'` goes out as 0 while the client still waits for an answer; write `-1` for all in-sync replicas",
          expected: ['-1'],
        };
      }
      return { ok: false, severity: 'error', message: `${describe(v)} is not an acks value kafkajs understands: use -1 (all in-sync replicas), 1 (leader) or 0 (none)`, expected: ['-1', '1', '0'] };
    case 'compression':
      if (v.kind === 'number' && Number.isInteger(v.value) && v.value >= 0 && v.value <= 4) return { ok: true, value: KAFKAJS_COMPRESSION_NAMES[v.value]! };
      return {
        ok: false,
        severity: 'error',
        message: `${describe(v)} is not a kafkajs compression type: kafkajs looks the codec up by number (\`CompressionTypes.GZIP\` = 1), finds none and fails the send with a TypeError`,
        expected: ['none', 'gzip'],
      };
    case 'boolean':
      if (v.kind === 'boolean') return { ok: true, value: v.value };
      return {
        ok: false,
        severity: 'warning',
        message: `kafkajs does not check the type and reads ${describe(v)} by truthiness (as \`${v.kind === 'string' ? v.value !== '' : v.kind === 'number' ? v.value !== 0 : false}\`)`,
        expected: ['true', 'false'],
      };
    case 'number':
    case 'logLevel':
      if (v.kind === 'null' && option.path === 'maxInFlightRequests') return { ok: true, value: null };
      if (v.kind === 'number' && !Number.isNaN(v.value)) {
        if (v.value < 0 && option.path !== 'maxInFlightRequests') return { ok: false, severity: 'error', message: `\`${v.value}\` is negative` };
        if (option.path === 'maxInFlightRequests' && v.value < 1) return { ok: false, severity: 'error', message: `\`${v.value}\` in-flight requests would never send anything; use 1 or more (or leave it unset for unlimited)` };
        return { ok: true, value: v.value };
      }
      return { ok: false, severity: 'warning', message: `kafkajs expects a number here, not ${describe(v)}; it does not check and computes with it as it is` };
    case 'string':
      if (v.kind === 'string') {
        if (option.path === 'transactionalId' && v.value === '') return { ok: false, severity: 'error', message: 'an empty transactional id counts as none: `transaction()` throws "Must provide transactional id"' };
        return { ok: true, value: v.value };
      }
      return { ok: false, severity: 'warning', message: `kafkajs expects a string here, not ${describe(v)}` };
    case 'brokers':
      if (v.kind === 'string') return { ok: false, severity: 'error', message: 'kafkajs expects an array of `host:port` strings (or a function returning one), not a single string' };
      return { ok: false, severity: 'error', message: `kafkajs expects an array of \`host:port\` strings, not ${describe(v)}` };
    case 'ssl':
      if (v.kind === 'boolean') return { ok: true, value: v.value };
      return { ok: false, severity: 'warning', message: `\`ssl\` takes \`true\` or TLS options, not ${describe(v)}` };
    default:
      return { ok: true, value: v.kind === 'null' ? null : (v.value as JavaParsed) };
  }
}
