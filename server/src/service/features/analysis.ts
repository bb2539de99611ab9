// Runs every enabled rule over every scope of a parsed document: effective configs, findings, severities, suppressions.
import { compareCodeUnits } from '../util/compare';
import type { TypeScriptDialect } from '../dialects/typescript';
import { codeEffective } from '../effective/codeEffective';
import { computeJavaEffective } from '../effective/javaEffective';
import type { EffectiveConfig } from '../effective/types';
import type { SyntaxProblem } from '../model/configDocument';
import type { ConfigDocument, ConfigScope } from '../model/configDocument';
import { RULES, ruleById } from '../rules/registry';
import type { Finding, FindingFix, RelatedLocation, Rule, RuleContext, RuleOptions, Severity } from '../rules/rule';
import type { FixIntent } from '../model/fixIntent';
import type { ServiceSettings } from '../settings';
import { isSuppressed, readSuppressions } from './suppression';

export interface ResolvedFinding {
  readonly rule: Rule;
  readonly finding: Finding;
  readonly severity: Severity;
  readonly scopeId: string;
}

export interface ScopeAnalysis {
  readonly scope: ConfigScope;
  readonly effective: EffectiveConfig;
}

export interface Analysis {
  readonly document: ConfigDocument;
  readonly settings: ServiceSettings;
  readonly scopes: ReadonlyMap<string, ScopeAnalysis>;
  readonly findings: readonly ResolvedFinding[];
  /**
   * The document's parse problems to report: those carrying a rule id as code (a Java value of the wrong type is
   * `invalid-value`) follow that rule's severity setting and suppression comments like any finding.
   */
  readonly problems: readonly SyntaxProblem[];
  /** Rules that threw; their findings are missing, the others are complete. */
  readonly ruleErrors: ReadonlyArray<{ readonly ruleId: string; readonly error: unknown }>;
  /** How effective configurations were computed (fix checks recompute them for changed scopes). */
  readonly effectiveFor: EffectiveProvider;
  /** The code dialect the document was parsed with, so a fixed text can be parsed again the same way. */
  readonly code?: TypeScriptDialect;
}

/** Computes a scope's effective configuration for its client. */
export type EffectiveProvider = (scope: ConfigScope, settings: ServiceSettings, document: ConfigDocument) => EffectiveConfig;

/** Java scopes follow the configured Java client version; code clients are modelled on one release each. */
const defaultEffective: EffectiveProvider = (scope, settings, document) =>
  scope.client === 'java' ? computeJavaEffective(scope, settings.clientVersion) : codeEffective(scope, document);

/**
 * The fixes of one finding reported for two configs: each fix the second config offers too (the same title, or the
 * same intents under its own spelling) does both (a fix of only one config would leave the finding standing for the
 * other); the others are dropped.
 */
function mergeFixes(first: readonly FindingFix[], second: readonly FindingFix[]): FindingFix[] {
  const out: FindingFix[] = [];
  const sameIntents = (a: FindingFix, b: FindingFix) => JSON.stringify(a.intents.map(intentKey).sort()) === JSON.stringify(b.intents.map(intentKey).sort());
  for (const fix of first) {
    const other = second.find((f) => f.title === fix.title) ?? second.find((f) => sameIntents(f, fix));
    if (!other) continue;
    const intents = [...fix.intents];
    const known = new Set(intents.map(intentKey));
    for (const i of other.intents) if (!known.has(intentKey(i))) intents.push(i);
    out.push({ ...fix, intents });
  }
  return out;
}

function intentKey(i: FixIntent): string {
  return JSON.stringify([i.kind, i.scopeId, 'key' in i ? i.key : '', 'value' in i ? i.value : '', 'entry' in i ? [i.entry.key, i.entry.span.start, i.entry.span.end] : '', 'newKey' in i ? i.newKey : '']);
}

/**
 * Where a finding's entry came from, when it was not written where the finding sits: the imported const in the other
 * file, or the object that was spread in.
 */
function originLocations(finding: Finding): RelatedLocation[] {
  const o = finding.entry?.origin;
  if (!o || o.kind === 'inline') return [];
  const name = finding.entry!.rawKey;
  if (o.kind === 'import') return [{ uri: o.uri, range: o.range, message: `\`${name}\` is defined here` }];
  return [{ span: o.span, message: `\`${name}\` arrives through this spread` }];
}

export function analyze(
  document: ConfigDocument,
  settings: ServiceSettings,
  effectiveFor: EffectiveProvider = defaultEffective,
  rules: readonly Rule[] = RULES,
  code?: TypeScriptDialect,
): Analysis {
  const scopes = new Map<string, ScopeAnalysis>();
  for (const scope of document.scopes) scopes.set(scope.id, { scope, effective: effectiveFor(scope, settings, document) });
  const findings: ResolvedFinding[] = [];
  const ruleErrors: Array<{ ruleId: string; error: unknown }> = [];
  const extra = code ? { code } : {};
  if (!settings.enable || document.skipped) {
    const problems = settings.enable ? document.problems : [];
    return { document, settings, scopes, findings, problems, ruleErrors, effectiveFor, ...extra };
  }

  const suppressions = readSuppressions(document);
  const problems: SyntaxProblem[] = [];
  for (const p of document.problems) {
    if (!ruleById(p.code)) {
      problems.push(p);
      continue;
    }
    const configured = settings.rules[p.code];
    if (configured === 'off' || isSuppressed(suppressions, document, p.code, [p.span.start])) continue;
    problems.push(configured ? { ...p, severity: configured } : p);
  }
  const options: RuleOptions = { cluster: settings.cluster, lingerThresholdMs: settings.lingerThresholdMs };
  // One definition spread or imported into several configs, or one client setting merged into several producers, is
  // one finding: reported once, at one place, with fixes that apply to every config it stands for.
  const seen = new Map<string, number>();
  // One context per scope, reused by every rule (the rule being run is `current`): a 300-config file runs forty rules
  // over each, and a fresh context with its own `report` closure per pair was a measurable share of an analysis.
  let current: Rule = rules[0]!;
  let configured: Severity | undefined;
  const contexts: RuleContext[] = [];
  for (const { scope, effective } of scopes.values()) {
    contexts.push({
      document,
      scope,
      effective,
      version: effective.version,
      options,
      scopes,
      report(finding) {
        const rule = current;
        const offsets = finding.entry ? [finding.span.start, finding.entry.span.start] : [finding.span.start];
        if (isSuppressed(suppressions, document, rule.id, offsets)) return;
        const key = `${rule.id}\u0000${finding.span.start}\u0000${finding.span.end}\u0000${finding.message}`;
        const prior = seen.get(key);
        if (prior !== undefined) {
          const first = findings[prior]!;
          findings[prior] = { ...first, finding: { ...first.finding, fixes: mergeFixes(first.finding.fixes ?? [], finding.fixes ?? []) } };
          return;
        }
        seen.set(key, findings.length);
        const origins = originLocations(finding);
        const full = origins.length > 0 ? { ...finding, related: [...(finding.related ?? []), ...origins] } : finding;
        findings.push({ rule, finding: full, scopeId: scope.id, severity: configured ?? finding.severity ?? rule.meta.defaultSeverity });
      },
    });
  }
  for (const rule of rules) {
    const setting = settings.rules[rule.id];
    // Off, or disabled for the whole file (`kafka-lint-disable-file <id>`): every finding would be dropped, so skip it.
    if (setting === 'off' || suppressions.file.has(rule.id) || suppressions.file.has('*')) continue;
    current = rule;
    configured = setting;
    for (const ctx of contexts) {
      if (!rule.meta.clients.includes(ctx.scope.client)) continue;
      try {
        rule.check(ctx);
      } catch (error) {
        // A broken rule must not take the others (or the server) down with it.
        ruleErrors.push({ ruleId: rule.id, error });
      }
    }
  }
  findings.sort((a, b) => a.finding.span.start - b.finding.span.start || compareCodeUnits(a.rule.id, b.rule.id));
  return { document, settings, scopes, findings, problems, ruleErrors, effectiveFor, ...extra };
}
