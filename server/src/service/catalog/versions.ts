// Kafka client versions the analysis understands, and how to compare them.

/** Java client versions (`X.Y`, meaning the newest patch release of that line) a user can configure. */
export const JAVA_CLIENT_VERSIONS = [
  '2.8', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3',
] as const;

export type JavaClientVersion = (typeof JAVA_CLIENT_VERSIONS)[number];

export const NEWEST_JAVA_VERSION: JavaClientVersion = '4.3';

/** Negative when `a` is older than `b`, 0 when equal, positive when newer. Accepts `X.Y` and `X.Y.Z`. */
export function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  const pa = parsedVersion(a);
  const pb = parsedVersion(b);
  for (let i = 0; i < 3; i++) {
    const d = pa[i]! - pb[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

// Rules compare the configured version with every key's since/removed versions: a handful of strings, parsed once.
const parsed = new Map<string, readonly number[]>();
function parsedVersion(v: string): readonly number[] {
  let p = parsed.get(v);
  if (!p) {
    const parts = v.split('.').map((x) => parseInt(x, 10) || 0);
    p = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
    if (parsed.size < 1024) parsed.set(v, p);
  }
  return p;
}

export const atLeast = (version: string, min: string): boolean => compareVersions(version, min) >= 0;

/**
 * Reads a user's version setting (`"3.9"`, `"3.9.1"`, `"v4.0"`, `3.9`) into a supported `X.Y`, or
 * `undefined` when it names no supported line.
 */
export function normalizeJavaVersion(input: unknown): JavaClientVersion | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const m = /^\s*v?(\d+)\.(\d+)/.exec(String(input));
  if (!m) return undefined;
  const v = `${Number(m[1])}.${Number(m[2])}`;
  return (JAVA_CLIENT_VERSIONS as readonly string[]).includes(v) ? (v as JavaClientVersion) : undefined;
}
