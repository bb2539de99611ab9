// The rule contract: metadata, docs and a check that reports findings with fix intents on the model.
import type { ClusterFacts } from '../cluster';
import type { ClientId, ConfigDocument, ConfigEntry, ConfigScope, LineRange } from '../model/configDocument';
import type { FixIntent } from '../model/fixIntent';
import type { Span } from '../model/span';
import type { EffectiveConfig } from '../effective/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export type RuleCategory = 'correctness' | 'durability' | 'delivery' | 'performance' | 'compatibility' | 'security' | 'style';

/** Long-form documentation; the docs page under docs/rules/ is generated from it. */
export interface RuleDocs {
  /** What the rule checks. */
  readonly what: string;
  /** Why it matters (what breaks, when). */
  readonly why: string;
  /** Examples (`.properties`, or TypeScript when `language` says so); tests check that `invalid` reports this rule and `valid` does not. */
  readonly examples: { readonly invalid: string; readonly valid: string };
  /** How to fix it, and what the quick fix does. */
  readonly fix: string;
  /** Kafka / client sources that justify the rule. */
  readonly references: readonly string[];
  /** Settings the examples assume (e.g. `{ cluster: { minInsyncReplicas: 1 } }` for cluster-dependent rules). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The language of the examples when they are code (rules only code clients have); `.properties` otherwise. */
  readonly language?: 'typescript';
}

export interface RuleMeta {
  readonly description: string;
  readonly category: RuleCategory;
  /** Default severity of the rule's most serious finding (some rules report lower ones too). */
  readonly defaultSeverity: Severity;
  /** `safe` fixes are applied by "fix all"; `unsafe` ones only on request. */
  readonly fix: 'safe' | 'unsafe' | 'none';
  /** Clients whose scopes the rule checks. */
  readonly clients: readonly ClientId[];
  readonly docs: RuleDocs;
}

export interface FindingFix {
  readonly title: string;
  readonly intents: readonly FixIntent[];
  readonly preferred?: boolean;
  /** Overrides the rule's `fix` safety for this fix. */
  readonly safe?: boolean;
}

/** Another location that explains a finding: a span of this document, or a range in another one. */
export type RelatedLocation =
  | { readonly span: Span; readonly message: string }
  | { readonly uri: string; readonly range: LineRange; readonly message: string };

/** One problem a rule found. */
export interface Finding {
  readonly message: string;
  /** Where the diagnostic sits: normally the value that must change. */
  readonly span: Span;
  /** The entry it is about, if any (for suppression and symbols). */
  readonly entry?: ConfigEntry;
  /** The key it is about (also when no entry exists, e.g. a missing key). */
  readonly key?: string;
  /** This finding's severity when it differs from the rule's default. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly FindingFix[];
  readonly tags?: ReadonlyArray<'unnecessary' | 'deprecated'>;
}

/** Facts rules may use beyond the configuration itself; all optional, all from settings or the workspace. */
export interface RuleOptions {
  readonly cluster: ClusterFacts;
  /** linger-too-high fires above this many milliseconds. */
  readonly lingerThresholdMs: number;
}

export interface RuleContext {
  readonly document: ConfigDocument;
  readonly scope: ConfigScope;
  readonly effective: EffectiveConfig;
  /** The configured client version (`X.Y`). */
  readonly version: string;
  readonly options: RuleOptions;
  /** All effective configs of the document, by scope id (linked scopes). */
  readonly scopes: ReadonlyMap<string, { readonly scope: ConfigScope; readonly effective: EffectiveConfig }>;
  report(finding: Finding): void;
}

export interface Rule {
  /** Kebab-case id, equal to the module's file name. */
  readonly id: string;
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The span a finding about an absent key sits on: the scope's first entry key, or its start. */
export function anchorSpan(scope: ConfigScope): Span {
  // In code, the first property written in the config itself (not one spread in from a shared object).
  const first = scope.client === 'java' ? scope.entries[0] : scope.entries.find((e) => e.origin.kind === 'inline') ?? scope.entries[0];
  if (first) return first.keySpan;
  // A code scope with nothing written (`kafka.producer()`): the call itself.
  if (scope.client !== 'java') return scope.span;
  return { start: scope.span.start, end: scope.span.start };
}

/** Where to report a value problem: the value, or the key when the value is empty. */
export function valueSpan(entry: ConfigEntry): Span {
  return entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
}
