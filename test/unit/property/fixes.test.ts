// Property tests of every quick fix, "fix all" and every profile: idempotent, clears its diagnostic, no new error, owned lines only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type ServiceSettings } from '../../../server/src/service';
import { printFix } from '../../../server/src/service/dialects';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { FIX_ALL_KIND, isSafe } from '../../../server/src/service/features/codeActions';
import { PROFILE_ACTION_KIND } from '../../../server/src/service/features/profileActions';
import { planProfile, printPlan } from '../../../server/src/service/profiles/planProfile';
import { PROFILES } from '../../../server/src/service/profiles/profiles';
import { applyEdits } from '../../helpers/lint';
import { ambiguousReplay, applyTextChanges, ownershipProblem } from '../../helpers/ownership';
import { checkProperty } from '../../helpers/property';
import { realisticText, settingsArb } from '../../helpers/producerArbitraries';

const URI = 'file:///ws/producer.properties';
const service = createLanguageService();
let version = 0;
const docOf = (text: string) => ({ uri: URI, languageId: 'kafka-properties', version: ++version, text });
const analyse = (text: string, s: ServiceSettings): Analysis => {
  const a = service.analyze(docOf(text), s);
  assert.ok(a);
  return a;
};

/** Error-severity diagnostics (rules and syntax problems) per code. */
function errorsByCode(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error) m.set(String(d.code), (m.get(String(d.code)) ?? 0) + 1);
  return m;
}
function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): string[] {
  const b = errorsByCode(before);
  return [...errorsByCode(after)].filter(([code, n]) => n > (b.get(code) ?? 0)).map(([code, n]) => `${code} (${b.get(code) ?? 0} → ${n})`);
}
const findingsOf = (a: Analysis, rule: string, key: string | undefined) =>
  a.findings.filter((f) => f.rule.id === rule && (f.finding.key ?? f.finding.entry?.key) === key).length;

// Files with something to fix: realistic text, settings that turn on the cluster-dependent rules now and then.
const input = fc.tuple(realisticText, settingsArb);

describe('property: quick fixes, fix all and profiles', () => {
  // Unsafe fixes that would add an error are not offered (the code-action property below checks what is offered); safe
  // ones are applied unseen by "fix all", so none of them may add an error.
  it("every rule's quick fix edits only its own lines, clears its diagnostic, and is idempotent; safe ones add no error", () => {
    let fixesTried = 0;
    checkProperty(
      'rule quick fixes',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(text, s);
        if (a.document.skipped) return;
        const before = service.validate(docOf(text), s);
        for (const f of a.findings) {
          for (const fix of f.finding.fixes ?? []) {
            const changes = printFix(a.document, fix.intents);
            if (changes.length === 0) continue; // not offered as a code action
            fixesTried++;
            const where = `${f.rule.id} "${fix.title}" on ${JSON.stringify(text)}`;
            assert.equal(ownershipProblem(a.document, fix.intents, changes), undefined, where);
            const out = applyTextChanges(text, changes);
            const after = analyse(out, s);
            const key = f.finding.key ?? f.finding.entry?.key;
            assert.ok(findingsOf(after, f.rule.id, key) < findingsOf(a, f.rule.id, key), `${where}: the finding is still there in ${JSON.stringify(out)}`);
            if (isSafe(f, fix)) assert.deepEqual(newErrors(before, service.validate(docOf(out), s)), [], `${where} → ${JSON.stringify(out)}`);
            if (!ambiguousReplay(after.document, fix.intents)) assert.deepEqual(printFix(after.document, fix.intents), [], `${where}: applying it again changes ${JSON.stringify(out)}`);
          }
        }
      }),
      300,
    );
    assert.ok(fixesTried > 50, `only ${fixesTried} fixes exercised: the generator finds too little to fix`);
  });

  it('every quick-fix code action (fixes and suppressions) removes a diagnostic it names and adds no error', () => {
    checkProperty(
      'quick-fix code actions',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const d = docOf(text);
        const before = service.validate(d, s);
        const whole = { start: { line: 0, character: 0 }, end: { line: text.split(/\r\n|\r|\n/).length, character: 0 } };
        for (const action of service.codeActions(d, whole, { diagnostics: before, only: ['quickfix'] }, s)) {
          const named = action.diagnostics ?? [];
          if (!action.edit || named.length === 0) continue;
          const out = applyEdits(text, action.edit.changes?.[URI] ?? []);
          const after = service.validate(docOf(out), s);
          const code = String(named[0]!.code);
          const count = (ds: readonly Diagnostic[]) => ds.filter((x) => String(x.code) === code).length;
          assert.ok(count(after) < count(before), `"${action.title}" left every ${code} in ${JSON.stringify(out)}`);
          assert.deepEqual(newErrors(before, after), [], `"${action.title}" on ${JSON.stringify(text)} → ${JSON.stringify(out)}`);
        }
      }),
      150,
    );
  });

  it('fix all adds no error, and once applied is not offered again', () => {
    checkProperty(
      'fix all',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const d = docOf(text);
        const before = service.validate(d, s);
        const whole = { start: { line: 0, character: 0 }, end: { line: text.split(/\r\n|\r|\n/).length, character: 0 } };
        const fixAll = service.codeActions(d, whole, { diagnostics: before, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        if (!fixAll?.edit) return;
        const out = applyEdits(text, fixAll.edit.changes?.[URI] ?? []);
        const d2 = docOf(out);
        const after = service.validate(d2, s);
        assert.deepEqual(newErrors(before, after), [], `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
        const again = service.codeActions(d2, whole, { diagnostics: after, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        assert.equal(again, undefined, `fix all offered again on ${JSON.stringify(out)}`);
      }),
      200,
    );
  });

  it('every profile edits only the keys it sets, adds no error, and is met (not offered again) once applied', () => {
    checkProperty(
      'profiles',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(text, s);
        if (a.document.skipped) return;
        const before = service.validate(docOf(text), s);
        for (const { scope } of a.scopes.values()) {
          for (const profile of PROFILES) {
            const plan = planProfile(a, scope, profile);
            const changes = printPlan(a, plan);
            const where = `profile ${profile.id} on ${JSON.stringify(text)}`;
            assert.equal(ownershipProblem(a.document, plan.intents, changes), undefined, where);
            if (changes.length === 0) continue;
            const out = applyTextChanges(text, changes);
            const after = analyse(out, s);
            assert.deepEqual(newErrors(before, service.validate(docOf(out), s)), [], `${where} → ${JSON.stringify(out)}`);
            const again = planProfile(after, after.scopes.get(scope.id)!.scope, profile);
            assert.deepEqual(printPlan(after, again), [], `${where}: not met after applying it → ${JSON.stringify(out)} still plans ${JSON.stringify(again.changes)}`);
            // The code action agrees: that profile is now disabled ("already meets").
            const d = docOf(out);
            const whole = { start: { line: 0, character: 0 }, end: { line: out.split(/\r\n|\r|\n/).length, character: 0 } };
            const action = service.codeActions(d, whole, { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s).find((x) => x.title.startsWith(`Apply producer profile: ${profile.title}`));
            assert.ok(action?.disabled, `${where}: still offered after applying it`);
          }
        }
      }),
      200,
    );
  });
});
