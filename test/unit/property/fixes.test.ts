// Property tests of every quick fix, "fix all" and every profile: idempotent, clears its diagnostic, no new error, owned lines only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type ServiceSettings } from '../../../server/src/service';
import { printFix } from '../../../server/src/service/dialects';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { FIX_ALL_KIND } from '../../../server/src/service/features/codeActions';
import { PROFILE_ACTION_KIND } from '../../../server/src/service/features/profileActions';
import { planProfile, printPlan } from '../../../server/src/service/profiles/planProfile';
import { PROFILES } from '../../../server/src/service/profiles/profiles';
import { applyEdits } from '../../helpers/lint';
import { ambiguousReplay, applyTextChanges, ownershipProblem } from '../../helpers/ownership';
import { findingIdentity, findingsLike, newErrorCounts } from '../../helpers/fixChecks';
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


// Files with something to fix: realistic text, settings that turn on the cluster-dependent rules now and then.
const input = fc.tuple(realisticText, settingsArb);

describe('property: quick fixes, fix all and profiles', () => {
  // Whether a fix adds an error depends on the rest of the file and on the severities the user chose, so a fix that
  // would is not offered: the code-action and fix-all properties below check what users get.
  it("every rule's quick fix edits only its own lines, clears its diagnostic, and is idempotent", () => {
    let fixesTried = 0;
    checkProperty(
      'rule quick fixes',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(text, s);
        if (a.document.skipped) return;
        for (const f of a.findings) {
          for (const fix of f.finding.fixes ?? []) {
            const changes = printFix(a.document, fix.intents);
            if (changes.length === 0) continue; // not offered as a code action
            fixesTried++;
            const where = `${f.rule.id} "${fix.title}" on ${JSON.stringify(text)}`;
            assert.equal(ownershipProblem(a.document, fix.intents, changes), undefined, where);
            const out = applyTextChanges(text, changes);
            const after = analyse(out, s);
            const id = findingIdentity(f);
            assert.ok(findingsLike(after, id) < findingsLike(a, id), `${where}: the finding is still there in ${JSON.stringify(out)}`);
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
          assert.deepEqual(newErrorCounts(before, after), [], `"${action.title}" on ${JSON.stringify(text)} → ${JSON.stringify(out)}`);
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
        assert.deepEqual(newErrorCounts(before, after), [], `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
        const again = service.codeActions(d2, whole, { diagnostics: after, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        assert.equal(again, undefined, `fix all offered again on ${JSON.stringify(out)}`);
      }),
      200,
    );
  });

  it('every offered profile edits only the keys it sets, adds no error, and is met (not offered again) once applied', () => {
    let applied = 0;
    checkProperty(
      'profiles',
      fc.property(input, ([text, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(text, s);
        if (a.document.skipped) return;
        const d = docOf(text);
        const before = service.validate(d, s);
        const whole = (t: string) => ({ start: { line: 0, character: 0 }, end: { line: t.split(/\r\n|\r|\n/).length, character: 0 } });
        const offered = service.codeActions(d, whole(text), { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s);
        for (const { scope } of a.scopes.values()) {
          for (const profile of PROFILES) {
            const plan = planProfile(a, scope, profile);
            const changes = printPlan(a, plan);
            const where = `profile ${profile.id} on ${JSON.stringify(text)}`;
            assert.equal(ownershipProblem(a.document, plan.intents, changes), undefined, where);
            const action = offered.find((x) => x.title.startsWith(`Apply producer profile: ${profile.title}`));
            assert.ok(action, `${where}: no code action`);
            if (action.disabled) continue; // met already, or would add an error (the reason says which)
            assert.ok(changes.length > 0 && action.edit, where);
            applied++;
            const out = applyEdits(text, action.edit.changes?.[URI] ?? []);
            assert.equal(out, applyTextChanges(text, changes), `${where}: the code action and the plan disagree`);
            const after = analyse(out, s);
            assert.deepEqual(newErrorCounts(before, service.validate(docOf(out), s)), [], `${where} → ${JSON.stringify(out)}`);
            const again = planProfile(after, after.scopes.get(scope.id)!.scope, profile);
            assert.deepEqual(printPlan(after, again), [], `${where}: not met after applying it → ${JSON.stringify(out)} still plans ${JSON.stringify(again.changes)}`);
            const d2 = docOf(out);
            const next = service.codeActions(d2, whole(out), { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s).find((x) => x.title.startsWith(`Apply producer profile: ${profile.title}`));
            assert.ok(next?.disabled, `${where}: still offered after applying it`);
          }
        }
      }),
      200,
    );
    assert.ok(applied > 50, `only ${applied} profiles applied`);
  });
});

describe('regressions found by npm run fuzz', () => {
  const whole = (t: string) => ({ start: { line: 0, character: 0 }, end: { line: t.split(/\r\n|\r|\n/).length, character: 0 } });
  const s = normalizeSettings({});
  /** The text after the quick fix titled `title` (offered for the whole file), and the codes still reported then. */
  const afterQuickFix = (text: string, title: string): { out: string; codes: unknown[] } => {
    const d = docOf(text);
    const action = service.codeActions(d, whole(text), { diagnostics: service.validate(d, s), only: ['quickfix'] }, s).find((a) => a.title === title);
    assert.ok(action?.edit, title);
    const out = applyEdits(text, action.edit.changes?.[URI] ?? []);
    return { out, codes: service.validate(docOf(out), s).map((x) => x.code) };
  };

  it('"disable for this line" works above a line holding only a BOM (Java reads it as a key)', () => {
    const { out, codes } = afterQuickFix('\ufeff\nbootstrap.servers=all', 'Disable compression-disabled for this line');
    assert.ok(!codes.includes('compression-disabled'), JSON.stringify(out));
  });

  it('a profile raises delivery.timeout.ms it writes to cover linger.ms + request.timeout.ms', () => {
    const text = 'delivery.timeout.ms=1\nlinger.ms=90001';
    const a = analyse(text, s);
    const scope = [...a.scopes.values()][0]!.scope;
    const reliable = PROFILES.find((p) => p.id === 'reliable')!;
    const out = applyTextChanges(text, printPlan(a, planProfile(a, scope, reliable)));
    assert.match(out, /^delivery\.timeout\.ms=120001$/m);
    const after = analyse(out, s);
    assert.deepEqual(printPlan(after, planProfile(after, [...after.scopes.values()][0]!.scope, reliable)), []);
  });

  it('"Remove transaction.timeout.ms" (two-phase commit) removes it when it is written twice (seed 772507341)', () => {
    const text = 'transaction.timeout.ms=all\ntransaction.timeout.ms=all\ntransaction.two.phase.commit.enable=TRUE';
    const { out, codes } = afterQuickFix(text, 'Remove transaction.timeout.ms');
    assert.equal(out, 'transaction.two.phase.commit.enable=TRUE');
    assert.ok(!codes.includes('two-phase-commit-timeout'));
  });
});
