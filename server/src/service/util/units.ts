// Human units: showing milliseconds and bytes readably, and reading "5ms" / "32MB" / "1_000" back into numbers.
import type { Unit } from '../catalog/types';

/** `120000` ms → `2 min`; `33554432` bytes → `32 MiB`. */
export function humanize(value: number, unit: Unit): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (unit === 'ms') return humanMs(value);
  if (unit === 'seconds') return humanMs(value * 1000);
  return humanBytes(value);
}

function humanMs(ms: number): string | undefined {
  if (ms < 0) return undefined;
  if (ms === 2147483647 || ms === 9223372036854775807) return 'effectively forever';
  const units: Array<[number, string]> = [
    [86400000, 'day'],
    [3600000, 'h'],
    [60000, 'min'],
    [1000, 's'],
  ];
  for (const [size, name] of units) {
    if (ms >= size) {
      const n = ms / size;
      const shown = Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1).replace(/\.?0+$/, '');
      return name === 'day' ? `${shown} day${n === 1 ? '' : 's'}` : `${shown} ${name}`;
    }
  }
  return `${ms} ms`;
}

function humanBytes(b: number): string | undefined {
  if (b < 0) return undefined;
  const units: Array<[number, string]> = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, name] of units) {
    if (b >= size) {
      const n = b / size;
      return `${Number.isInteger(n) ? n : n.toFixed(2).replace(/\.?0+$/, '')} ${name}`;
    }
  }
  return `${b} bytes`;
}

const MS_FACTORS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, secs: 1000, m: 60000, min: 60000, mins: 60000, h: 3600000 };
const BYTE_FACTORS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Reads what a person meant by a number the Java client cannot parse: digit separators
 * (`1_000`, `1,000`) and unit suffixes matching the key's unit (`5ms`, `2s`, `32MB`).
 */
export function coerceNumber(text: string, unit: Unit | undefined): number | undefined {
  const m = /^\s*([+-]?\d[\d_,]*(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/[_,]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const suffix = m[2]!.toLowerCase();
  if (suffix === '') return Number.isInteger(n) ? n : undefined;
  const factor = unit === 'ms' ? MS_FACTORS[suffix] : unit === 'seconds' ? (suffix === 's' ? 1 : undefined) : unit === 'bytes' ? BYTE_FACTORS[suffix] : undefined;
  if (factor === undefined) return undefined;
  const v = n * factor;
  return Number.isInteger(v) ? v : undefined;
}
