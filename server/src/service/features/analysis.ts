// Runs every enabled rule over every scope of a parsed document: effective configs, findings, severities, suppressions.
import { computeJavaEffective } from '../effective/javaEffective';
import type { EffectiveConfig } from '../effective/types';
import type { ConfigDocument, ConfigScope } from '../model/configDocument';
import { RULES } from '../rules/registry';
import type { Finding, Rule, RuleOptions, Severity } from '../rules/rule';
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
  /** Rules that threw; their findings are missing, the others are complete. */
  readonly ruleErrors: ReadonlyArray<{ readonly ruleId: string; readonly error: unknown }>;
  /** How effective configurations were computed (fix checks recompute them for changed scopes). */
  readonly effectiveFor: EffectiveProvider;
}

/** Computes a scope's effective configuration for its client. */
export type EffectiveProvider = (scope: ConfigScope, settings: ServiceSettings, document: ConfigDocument) => EffectiveConfig;

const defaultEffective: EffectiveProvider = (scope, settings) => computeJavaEffective(scope, settings.clientVersion);

export function analyze(
  document: ConfigDocument,
  settings: ServiceSettings,
  effectiveFor: EffectiveProvider = defaultEffective,
  rules: readonly Rule[] = RULES,
): Analysis {
  const scopes = new Map<string, ScopeAnalysis>();
  for (const scope of document.scopes) scopes.set(scope.id, { scope, effective: effectiveFor(scope, settings, document) });
  const findings: ResolvedFinding[] = [];
  const ruleErrors: Array<{ ruleId: string; error: unknown }> = [];
  if (!settings.enable || document.skipped) return { document, settings, scopes, findings, ruleErrors, effectiveFor };

  const suppressions = readSuppressions(document);
  const options: RuleOptions = { cluster: settings.cluster, lingerThresholdMs: settings.lingerThresholdMs };
  for (const rule of rules) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    for (const { scope, effective } of scopes.values()) {
      if (!rule.meta.clients.includes(scope.client)) continue;
      try {
        rule.check({
          document,
          scope,
          effective,
          version: effective.version,
          options,
          scopes,
          report(finding) {
            const offsets = finding.entry ? [finding.span.start, finding.entry.span.start] : [finding.span.start];
            if (isSuppressed(suppressions, document, rule.id, offsets)) return;
            findings.push({ rule, finding, scopeId: scope.id, severity: configured ?? finding.severity ?? rule.meta.defaultSeverity });
          },
        });
      } catch (error) {
        // A broken rule must not take the others (or the server) down with it.
        ruleErrors.push({ ruleId: rule.id, error });
      }
    }
  }
  findings.sort((a, b) => a.finding.span.start - b.finding.span.start || a.rule.id.localeCompare(b.rule.id));
  return { document, settings, scopes, findings, ruleErrors, effectiveFor };
}
