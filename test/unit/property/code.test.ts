// Property tests of the TS/JS dialect: generated, half-typed and junk code never breaks the service; fixes and profiles stay owned, sound, idempotent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type DocumentInput, type LanguageService, type ServiceSettings } from '../../../server/src/service';
import { printFix } from '../../../server/src/service/dialects';
import type { TypeScriptApi } from '../../../server/src/service/dialects/typescript';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { FIX_ALL_KIND } from '../../../server/src/service/features/codeActions';
import { PROFILE_ACTION_KIND } from '../../../server/src/service/features/profileActions';
import { profilesApplyTo } from '../../../server/src/service/profiles/codeProfiles';
import { planProfile, printPlan } from '../../../server/src/service/profiles/planProfile';
import { PROFILES } from '../../../server/src/service/profiles/profiles';
import { anyCode, realisticCode, type CodeCase } from '../../helpers/codeArbitraries';
import { codeOwnershipProblem, sameOffsetInsertions, untouchedEntriesProblem } from '../../helpers/codeOwnership';
import { ROOT } from '../../helpers/code';
import { applyEdits } from '../../helpers/lint';
import { ambiguousReplay, applyTextChanges } from '../../helpers/ownership';
import { assertInside, assertSymbolsInside, findingIdentity, findingsLike } from '../../helpers/fixChecks';
import { checkProperty, lineLengths } from '../../helpers/property';
import { settingsArb } from '../../helpers/producerArbitraries';

// The `./shared` module a generated file may import: each case sets its text, the services read it from here.
const files = new Map<string, string>();
const readFile = (uri: string) => files.get(uri);
const logged: string[] = [];
const log = (m: string) => logged.push(m);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const wholeTypeScript = () => require('typescript') as TypeScriptApi;
const service = createLanguageService({ log, readFile, loadTypeScript: wholeTypeScript });

const BUNDLED = join(ROOT, 'dist/typescript.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundledService = existsSync(BUNDLED) ? createLanguageService({ log, readFile, loadTypeScript: () => require(BUNDLED) as TypeScriptApi }) : undefined;

let version = 0;
const docOf = (c: CodeCase, text = c.text) => ({ uri: c.uri, version: ++version, text });
/**
 * Starts a case: its `./shared` module readable (or absent), and no earlier parse of its uri kept, so that every case
 * (and its shrunk counterexample) runs the same on its own; the incremental reparse has a property of its own.
 */
function use(c: CodeCase): void {
  files.clear();
  if (c.sharedText !== undefined) files.set(c.sharedUri, c.sharedText);
  service.close(c.uri);
  bundledService?.close(c.uri);
}
const analyse = (c: CodeCase, text: string, s: ServiceSettings): Analysis | undefined => service.analyze(docOf(c, text), s);
const wholeRange = (t: string): Range => ({ start: { line: 0, character: 0 }, end: { line: t.split(/\r\n|\r|\n/).length, character: 0 } });

/** Error-severity diagnostics per code: how many, and their messages with the numbers taken out. */
function errorsByCode(diagnostics: readonly Diagnostic[]): Map<string, { n: number; messages: Set<string> }> {
  const m = new Map<string, { n: number; messages: Set<string> }>();
  for (const d of diagnostics) {
    if (d.severity !== DiagnosticSeverity.Error) continue;
    const e = m.get(String(d.code)) ?? { n: 0, messages: new Set<string>() };
    e.n++;
    e.messages.add(d.message.replace(/\d+/g, '#'));
    m.set(String(d.code), e);
  }
  return m;
}
/**
 * Codes with more errors after an edit than before, one of them saying something new. A problem of a definition several
 * configs share (a spread const, a client's setting) is reported once for all of them; a fix that gives one config its
 * own literal shows that same problem at both places, which is no new error (and an error whose message changes with
 * the values it quotes is still the one error).
 */
function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): string[] {
  const b = errorsByCode(before);
  return [...errorsByCode(after)]
    .filter(([code, a]) => a.n > (b.get(code)?.n ?? 0) && [...a.messages].some((msg) => !b.get(code)?.messages.has(msg)))
    .map(([code, a]) => `${code} (${b.get(code)?.n ?? 0} → ${a.n})`);
}


/**
 * Everything an editor asks of a document, through one service: the analysis without rule failures or log output,
 * diagnostics and same-document related locations inside the text, and every feature at `positions` answering with
 * ranges inside it. Returns the diagnostics.
 */
function exercise(svc: LanguageService, doc: DocumentInput, s: ServiceSettings, positions: readonly Position[]): Diagnostic[] {
  logged.length = 0;
  const text = doc.text;
  const a = svc.analyze(doc, s);
  if (a) assert.deepEqual(a.ruleErrors.map((e) => `${e.ruleId}: ${String(e.error)}`), [], JSON.stringify(text));
  const lengths = lineLengths(text);
  const diagnostics = svc.validate(doc, s);
  for (const d of diagnostics) {
    assertInside(lengths, d.range, `diagnostic ${String(d.code)}`, text);
    for (const r of d.relatedInformation ?? []) if (r.location.uri === doc.uri) assertInside(lengths, r.location.range, `related of ${String(d.code)}`, text);
    assert.ok(d.message.length > 0);
  }
  for (const position of positions) {
    assertInside(lengths, svc.hover(doc, position, s)?.range, 'hover', text);
    for (const item of svc.complete(doc, position, s)?.items ?? []) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertInside(lengths, edit.range, `completion ${item.label}`, text);
      if (edit && 'insert' in edit) {
        assertInside(lengths, edit.insert, `completion ${item.label}`, text);
        assertInside(lengths, edit.replace, `completion ${item.label}`, text);
      }
      for (const e of item.additionalTextEdits ?? []) assertInside(lengths, e.range, `completion ${item.label}`, text);
    }
    for (const action of svc.codeActions(doc, { start: position, end: position }, { diagnostics }, s)) {
      for (const edits of Object.values(action.edit?.changes ?? {})) for (const e of edits) assertInside(lengths, e.range, action.title, text);
    }
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1]! } };
  for (const action of svc.codeActions(doc, whole, { diagnostics }, s)) {
    for (const edits of Object.values(action.edit?.changes ?? {})) for (const e of edits) assertInside(lengths, e.range, action.title, text);
  }
  assertSymbolsInside(lengths, svc.documentSymbols(doc, s), text);
  for (const lens of svc.codeLenses(doc, s)) assertInside(lengths, lens.range, 'code lens', text);
  assert.deepEqual(logged, [], JSON.stringify(text));
  return diagnostics;
}

/** Positions to ask at: anywhere (one past a line's end too), the start of the first diagnostic, the very end. */
function positionsFor(text: string, l: number, ch: number): Position[] {
  const lengths = lineLengths(text);
  const line = l % lengths.length;
  const last = lengths.length - 1;
  return [
    { line, character: ch % (lengths[line]! + 2) },
    { line: last, character: lengths[last]! },
  ];
}

const input = fc.tuple(anyCode, settingsArb, fc.nat(), fc.nat());
// Generated code as written (not broken), with settings: what fixes and profiles run on.
const fixInput = fc.tuple(realisticCode, settingsArb);

describe('property: TS/JS code', () => {
  it('analysis, hover, completion, code actions, symbols and lenses never throw on any code, with ranges inside', () => {
    let analysed = 0;
    checkProperty(
      'code: never throws, ranges inside',
      fc.property(input, ([c, raw, l, ch]) => {
        use(c);
        const s = normalizeSettings(raw);
        const doc = docOf(c);
        if (service.analyze(doc, s)) analysed++;
        exercise(service, doc, s, positionsFor(c.text, l, ch));
      }),
      60,
    );
    assert.ok(analysed > 25, `only ${analysed} documents analysed: the generator produces too little that is ours`);
  });

  it('the bundled (trimmed) TypeScript gives the same diagnostics as the whole compiler on any code', { skip: bundledService ? false : 'dist/typescript.js is not built (npm run build)' }, () => {
    checkProperty(
      'code: bundled TypeScript',
      fc.property(input, ([c, raw, l, ch]) => {
        use(c);
        const s = normalizeSettings(raw);
        const doc = docOf(c);
        const bundled = exercise(bundledService!, doc, s, positionsFor(c.text, l, ch));
        const whole = service.validate(doc, s);
        assert.deepEqual(bundled, whole, JSON.stringify(c.text));
      }),
      40,
    );
    assert.equal(bundledService!.typeScriptLoaded, true);
  });

  it('an edit (incremental reparse) gives the same diagnostics as a fresh parse of the edited text', () => {
    const fresh = createLanguageService({ readFile, loadTypeScript: wholeTypeScript });
    checkProperty(
      'code: incremental = fresh',
      fc.property(realisticCode, anyCode, settingsArb, (first, c, raw) => {
        use(c);
        const s = normalizeSettings(raw);
        service.validate(docOf(first), s);
        const edited = { uri: first.uri, version: ++version, text: c.text };
        const incremental = service.validate(edited, s);
        fresh.close(edited.uri);
        assert.deepEqual(incremental, fresh.validate(edited, s), `${JSON.stringify(first.text)} → ${JSON.stringify(c.text)}`);
      }),
      40,
    );
  });

  it("every rule's quick fix on code edits only what it owns, clears its finding, and is idempotent", () => {
    let fixesTried = 0;
    const rules = new Set<string>();
    checkProperty(
      'code: rule quick fixes',
      fc.property(fixInput, ([c, raw]) => {
        use(c);
        const s = normalizeSettings(raw);
        const a = analyse(c, c.text, s);
        if (!a || a.document.skipped) return;
        for (const f of a.findings) {
          for (const fix of f.finding.fixes ?? []) {
            const changes = printFix(a.document, fix.intents);
            if (changes.length === 0) continue; // not offered as a code action
            fixesTried++;
            rules.add(f.rule.id);
            const where = `${f.rule.id} "${fix.title}" on ${JSON.stringify(c.text)}`;
            assert.equal(codeOwnershipProblem(a.document, fix.intents, changes), undefined, where);
            assert.equal(sameOffsetInsertions(changes), undefined, where);
            const out = applyTextChanges(c.text, changes);
            const after = analyse(c, out, s);
            assert.ok(after, `${where}: the fixed text is no longer analysed: ${JSON.stringify(out)}`);
            assert.equal(untouchedEntriesProblem(a.document, after.document, fix.intents), undefined, `${where} → ${JSON.stringify(out)}`);
            const id = findingIdentity(f);
            assert.ok(findingsLike(after, id) < findingsLike(a, id), `${where}: the finding is still there in ${JSON.stringify(out)}`);
            if (!ambiguousReplay(after.document, fix.intents)) assert.deepEqual(printFix(after.document, fix.intents), [], `${where}: applying it again changes ${JSON.stringify(out)}`);
          }
        }
      }),
      60,
    );
    assert.ok(fixesTried > 150, `only ${fixesTried} fixes exercised: the generator finds too little to fix`);
    assert.ok(rules.size > 10, `fixes of only ${rules.size} rules exercised: ${[...rules].join(', ')}`);
  });

  it('every quick-fix code action on code removes a diagnostic it names and adds no error', () => {
    let actions = 0;
    checkProperty(
      'code: quick-fix code actions',
      fc.property(fixInput, ([c, raw]) => {
        use(c);
        const s = normalizeSettings(raw);
        const d = docOf(c);
        const before = service.validate(d, s);
        for (const action of service.codeActions(d, wholeRange(c.text), { diagnostics: before, only: ['quickfix'] }, s)) {
          const named = action.diagnostics ?? [];
          if (!action.edit || named.length === 0) continue;
          actions++;
          const out = applyEdits(c.text, action.edit.changes?.[c.uri] ?? []);
          const after = service.validate(docOf(c, out), s);
          const code = String(named[0]!.code);
          const count = (ds: readonly Diagnostic[]) => ds.filter((x) => String(x.code) === code).length;
          assert.ok(count(after) < count(before), `"${action.title}" left every ${code} in ${JSON.stringify(out)}`);
          assert.deepEqual(newErrors(before, after), [], `"${action.title}" on ${JSON.stringify(c.text)} → ${JSON.stringify(out)}`);
        }
      }),
      30,
    );
    assert.ok(actions > 150, `only ${actions} code actions exercised`);
  });

  it('fix all on code adds no error, and once applied is not offered again', () => {
    let applied = 0;
    checkProperty(
      'code: fix all',
      fc.property(fixInput, ([c, raw]) => {
        use(c);
        const s = normalizeSettings(raw);
        const d = docOf(c);
        const before = service.validate(d, s);
        const fixAll = service.codeActions(d, wholeRange(c.text), { diagnostics: before, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        if (!fixAll?.edit) return;
        applied++;
        const out = applyEdits(c.text, fixAll.edit.changes?.[c.uri] ?? []);
        const d2 = docOf(c, out);
        const after = service.validate(d2, s);
        assert.deepEqual(newErrors(before, after), [], `${JSON.stringify(c.text)} → ${JSON.stringify(out)}`);
        const again = service.codeActions(d2, wholeRange(out), { diagnostics: after, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        assert.equal(again, undefined, `fix all offered again on ${JSON.stringify(out)}`);
      }),
      100,
    );
    assert.ok(applied > 20, `fix all applied only ${applied} times`);
  });

  it('every offered profile on code edits only what it must, adds no error, and is met (not offered again) once applied', () => {
    let applied = 0;
    checkProperty(
      'code: profiles',
      fc.property(fixInput, ([c, raw]) => {
        use(c);
        const s = normalizeSettings(raw);
        const a = analyse(c, c.text, s);
        if (!a || a.document.skipped) return;
        const d = docOf(c);
        const before = service.validate(d, s);
        const offered = service.codeActions(d, wholeRange(c.text), { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s);
        // One action per producer and profile, producers in document order.
        const producers = [...a.scopes.values()].filter(({ scope }) => profilesApplyTo(scope));
        assert.equal(offered.length, producers.length * PROFILES.length);
        producers.forEach(({ scope }, i) => {
          PROFILES.forEach((profile, k) => {
            const plan = planProfile(a, scope, profile);
            const changes = printPlan(a, plan);
            const where = `profile ${profile.id} on ${scope.label} in ${JSON.stringify(c.text)}`;
            assert.equal(codeOwnershipProblem(a.document, plan.intents, changes), undefined, where);
            assert.equal(sameOffsetInsertions(changes), undefined, where);
            const action = offered[i * PROFILES.length + k]!;
            assert.ok(action.title.startsWith(`Apply producer profile: ${profile.title}`), `${where}: ${action.title}`);
            if (action.disabled) return; // met already, or would add an error (the reason says which)
            assert.ok(changes.length > 0 && action.edit, where);
            applied++;
            const out = applyEdits(c.text, action.edit.changes?.[c.uri] ?? []);
            assert.equal(out, applyTextChanges(c.text, changes), `${where}: the code action and the plan disagree`);
            const after = analyse(c, out, s);
            assert.ok(after, `${where}: no longer analysed`);
            assert.equal(untouchedEntriesProblem(a.document, after.document, plan.intents), undefined, `${where} → ${JSON.stringify(out)}`);
            assert.deepEqual(newErrors(before, service.validate(docOf(c, out), s)), [], `${where} → ${JSON.stringify(out)}`);
            const again = after.document.scopes[a.document.scopes.indexOf(scope)]!;
            const plan2 = planProfile(after, again, profile);
            assert.deepEqual(printPlan(after, plan2), [], `${where}: not met after applying it → ${JSON.stringify(out)} still plans ${JSON.stringify(plan2.changes)}`);
            const next = service
              .codeActions(docOf(c, out), wholeRange(out), { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s)
              .filter((x) => x.title.startsWith(`Apply producer profile: ${profile.title}`))[i];
            assert.ok(next?.disabled, `${where}: still offered after applying it → ${JSON.stringify(out)}`);
          });
        });
      }),
      30,
    );
    assert.ok(applied > 60, `only ${applied} profiles applied`);
  });
});
