// Analysis settings: one typed shape, and the normaliser that turns untrusted JSON into it.
import type { ClusterFact, ClusterFacts } from './cluster';
import { NEWEST_JAVA_VERSION, normalizeJavaVersion, type JavaClientVersion } from './catalog/versions';
import type { Severity } from './rules/rule';

export type RuleSetting = 'off' | Severity;

export interface ServiceSettings {
  readonly enable: boolean;
  readonly clientVersion: JavaClientVersion;
  /** Per-rule severity overrides. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly lingerThresholdMs: number;
  /** Documents larger than this are not analysed (a notice is shown instead). */
  readonly maxFileBytes: number;
  /** At most this many diagnostics per file in the editor (the CLI reports all). */
  readonly maxProblems: number;
  readonly cluster: ClusterFacts;
  /** Base URL of the rule pages; the rule id and `.md` are appended. */
  readonly docsBaseUrl: string;
}

export const DEFAULT_DOCS_BASE_URL = 'https://github.com/kafka-producer-tools/kafka-producer-config/blob/main/docs/rules/';

export const DEFAULT_SETTINGS: ServiceSettings = {
  enable: true,
  clientVersion: NEWEST_JAVA_VERSION,
  rules: {},
  lingerThresholdMs: 1000,
  maxFileBytes: 4 * 1024 * 1024,
  maxProblems: 1000,
  cluster: {},
  docsBaseUrl: DEFAULT_DOCS_BASE_URL,
};

const SEVERITY_ALIASES: Record<string, RuleSetting> = {
  off: 'off',
  none: 'off',
  false: 'off',
  hint: 'hint',
  info: 'information',
  information: 'information',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  on: 'warning',
};

export function normalizeRuleSetting(v: unknown): RuleSetting | undefined {
  return typeof v === 'string' ? SEVERITY_ALIASES[v.trim().toLowerCase()] : v === false ? 'off' : undefined;
}

const positiveInt = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined;

/**
 * Reads settings as they arrive from an editor or a CLI (any JSON): unknown fields are ignored and
 * invalid values fall back to defaults, so a typo in settings.json never breaks the analysis.
 * Accepts the `kafkaProducer` section shape (`clientVersion`, `rules`, `cluster.minInsyncReplicas`, …).
 */
export function normalizeSettings(raw: unknown, base: ServiceSettings = DEFAULT_SETTINGS): ServiceSettings {
  if (!raw || typeof raw !== 'object') return base;
  const r = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = { ...base.rules };
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const s = normalizeRuleSetting(v);
      if (s) rules[id] = s;
    }
  }
  const c = (r.cluster && typeof r.cluster === 'object' ? r.cluster : {}) as Record<string, unknown>;
  const fact = (name: string, v: unknown): ClusterFact<number> | undefined => {
    const n = positiveInt(v);
    return n === undefined ? undefined : { value: n, source: `setting kafkaProducer.cluster.${name}` };
  };
  const cluster: ClusterFacts = {
    ...base.cluster,
    ...definedOnly({
      minInsyncReplicas: fact('minInsyncReplicas', c.minInsyncReplicas),
      replicationFactor: fact('replicationFactor', c.replicationFactor),
      messageMaxBytes: fact('messageMaxBytes', c.messageMaxBytes),
      replicaLagTimeMaxMs: fact('replicaLagTimeMaxMs', c.replicaLagTimeMaxMs),
    }),
  };
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : base.enable,
    clientVersion: normalizeJavaVersion(r.clientVersion) ?? base.clientVersion,
    rules,
    lingerThresholdMs: positiveInt((r.lingerThresholdMs ?? (r.linger as Record<string, unknown> | undefined)?.thresholdMs)) ?? base.lingerThresholdMs,
    maxFileBytes: positiveInt(r.maxFileSize ?? r.maxFileBytes) ?? base.maxFileBytes,
    maxProblems: positiveInt(r.maxProblems) ?? base.maxProblems,
    cluster,
    docsBaseUrl: typeof r.docsBaseUrl === 'string' && r.docsBaseUrl ? r.docsBaseUrl : base.docsBaseUrl,
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
