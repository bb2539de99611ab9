// Safe-profile code actions: "Apply producer profile: …" on any producer configuration, with what it changes.
import type { CodeAction } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { planProfile, printPlan } from '../profiles/planProfile';
import { PROFILES } from '../profiles/profiles';
import type { Analysis } from './analysis';
import { workspaceEdit } from './workspaceEdit';

export const PROFILE_ACTION_KIND = `${CodeActionKind.RefactorRewrite}.kafkaProducer.profile`;

export function profileActions(analysis: Analysis, only: readonly string[] | undefined): CodeAction[] {
  if (only && !only.some((o) => PROFILE_ACTION_KIND === o || PROFILE_ACTION_KIND.startsWith(`${o}.`))) return [];
  if (analysis.document.skipped) return [];
  const actions: CodeAction[] = [];
  for (const { scope } of analysis.scopes.values()) {
    for (const profile of PROFILES) {
      const plan = planProfile(analysis, scope, profile);
      const changes = printPlan(analysis, plan);
      const where = analysis.scopes.size > 1 ? ` to ${scope.label}` : '';
      if (changes.length === 0) {
        actions.push({
          title: `Apply producer profile: ${profile.title}${where}`,
          kind: PROFILE_ACTION_KIND,
          disabled: { reason: 'This configuration already meets the profile.' },
        });
        continue;
      }
      const summary = plan.changes.map((c) => `${c.key}=${c.to}`).join(', ');
      actions.push({
        title: `Apply producer profile: ${profile.title}${where} (${summary})`,
        kind: PROFILE_ACTION_KIND,
        edit: workspaceEdit(analysis.document, changes),
      });
    }
  }
  return actions;
}
