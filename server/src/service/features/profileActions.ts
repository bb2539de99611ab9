// Safe-profile code actions: "Apply producer profile: …" on any producer configuration, with what it changes.
import type { CodeAction } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { planProfile, printPlan } from '../profiles/planProfile';
import { PROFILES, type Profile } from '../profiles/profiles';
import { profilesApplyTo } from '../profiles/codeProfiles';
import { clientKey, clientValue } from '../rules/clientText';
import type { Analysis } from './analysis';
import { errorsAddedBy } from './fixVerification';
import type { ConfigScope } from '../model/configDocument';
import type { Span } from '../model/span';
import { workspaceEdit } from './workspaceEdit';

export const PROFILE_ACTION_KIND = `${CodeActionKind.RefactorRewrite}.kafkaProducer.profile`;

// Planning, printing and checking a profile is the same for every request on one document version.
const byAnalysis = new WeakMap<Analysis, Map<string, CodeAction>>();

/**
 * The profile actions for the producer configurations the request's range touches (all of them without a range): a
 * code file may hold dozens, and the editor asks on every cursor move.
 */
export function profileActions(analysis: Analysis, only: readonly string[] | undefined, span?: Span): CodeAction[] {
  if (only && !only.some((o) => PROFILE_ACTION_KIND === o || PROFILE_ACTION_KIND.startsWith(`${o}.`))) return [];
  if (analysis.document.skipped) return [];
  let cache = byAnalysis.get(analysis);
  if (!cache) byAnalysis.set(analysis, (cache = new Map()));
  const actions: CodeAction[] = [];
  const producers = [...analysis.scopes.values()].filter(({ scope }) => profilesApplyTo(scope));
  for (const { scope } of producers) {
    if (span && !(scope.span.start <= span.end && span.start <= scope.span.end)) continue;
    for (const profile of PROFILES) {
      const key = `${scope.id}\u0000${profile.id}`;
      let action = cache.get(key);
      if (!action) cache.set(key, (action = profileAction(analysis, scope, profile, producers.length > 1)));
      actions.push(action);
    }
  }
  return actions;
}

function profileAction(analysis: Analysis, scope: ConfigScope, profile: Profile, several: boolean): CodeAction {
  const plan = planProfile(analysis, scope, profile);
  const changes = printPlan(analysis, plan);
  const where = several ? ` to ${scope.label}` : '';
  if (changes.length === 0) {
    return {
      title: `Apply producer profile: ${profile.title}${where}`,
      kind: PROFILE_ACTION_KIND,
      // A plan the printer cannot write (a flow mapping, a map with no place for a new put) is not a met profile.
      disabled: {
        reason: plan.intents.length === 0 ? 'This configuration already meets the profile.' : 'The changes this profile needs cannot be written into this configuration automatically.',
      },
    };
  }
  const summary = plan.changes.map((c) => (scope.client === 'java' ? `${c.key}=${c.to}` : `${clientKey(scope, c.key)}: ${clientValue(scope, c.key, c.to)}`)).join(', ');
  // A profile that would clash with the rest of the file (batch.size above buffer.memory) or with a rule the user
  // raised to error is shown, but disabled with the reason.
  const added = errorsAddedBy(analysis, `profile:${scope.id}:${profile.id}`, plan.intents);
  if (added.length > 0) {
    return {
      title: `Apply producer profile: ${profile.title}${where} (${summary})`,
      kind: PROFILE_ACTION_KIND,
      disabled: { reason: `Applying it would add ${added.join(', ')} errors; fix those settings first.` },
    };
  }
  return { title: `Apply producer profile: ${profile.title}${where} (${summary})`, kind: PROFILE_ACTION_KIND, edit: workspaceEdit(analysis.document, changes) };
}
