// Previews of every safe profile for a document (the profile picker shows them before applying).
import { planProfile, printPlan } from '../profiles/planProfile';
import { PROFILES } from '../profiles/profiles';
import { profilesApplyTo } from '../profiles/codeProfiles';
import type { Analysis } from './analysis';
import { workspaceEdit } from './workspaceEdit';

export interface ProfilePreviewData {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scopeLabel: string;
  readonly changes: ReadonlyArray<{ key: string; from: string | null; to: string; why: string }>;
  readonly edit: ReturnType<typeof workspaceEdit>;
}

export function profilePreviews(analysis: Analysis): ProfilePreviewData[] {
  const out: ProfilePreviewData[] = [];
  if (analysis.document.skipped) return out;
  for (const { scope } of analysis.scopes.values()) {
    if (!profilesApplyTo(scope)) continue;
    for (const profile of PROFILES) {
      const plan = planProfile(analysis, scope, profile);
      out.push({
        id: profile.id,
        title: profile.title,
        description: profile.description,
        scopeLabel: scope.label,
        changes: plan.changes,
        edit: workspaceEdit(analysis.document, printPlan(analysis, plan)),
      });
    }
  }
  return out;
}
