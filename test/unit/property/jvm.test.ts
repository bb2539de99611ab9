// Property tests of the Java and Spring Boot dialects: any (mutated) source never throws, fixes and profiles stay owned, sound and idempotent.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type ServiceSettings } from '../../../server/src/service';
import { printFix } from '../../../server/src/service/dialects';
import { javaEntryInfo, type JavaParserApi } from '../../../server/src/service/dialects/java';
import { parseProperties } from '../../../server/src/service/dialects/properties/parser';
import { classifyName } from '../../../server/src/service/dialects/spring/names';
import { joinPath } from '../../../server/src/service/dialects/spring/yaml';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { FIX_ALL_KIND } from '../../../server/src/service/features/codeActions';
import { PROFILE_ACTION_KIND } from '../../../server/src/service/features/profileActions';
import type { ConfigDocument } from '../../../server/src/service/model/configDocument';
import type { FixIntent, TextChange } from '../../../server/src/service/model/fixIntent';
import type { Span } from '../../../server/src/service/model/span';
import { planProfile, printPlan } from '../../../server/src/service/profiles/planProfile';
import { PROFILES } from '../../../server/src/service/profiles/profiles';
import { applyEdits } from '../../helpers/lint';
import { ambiguousReplay, applyTextChanges, entryRegion, ownedEntries } from '../../helpers/ownership';
import { assertInside, assertSymbolsInside, findingIdentity, findingsLike, newErrorCounts } from '../../helpers/fixChecks';
import { checkProperty, lineLengths, spanProblem } from '../../helpers/property';
import { settingsArb } from '../../helpers/producerArbitraries';
import { javaSourceArb, junkJavaArb, junkYamlArb, mutate, mutationArb, springPropertiesArb, springYamlArb } from '../../helpers/jvmArbitraries';

const logged: string[] = [];
const service = createLanguageService({ log: (m) => logged.push(m) });
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the same parser the service loads, to check fixed Java still parses
const javaParser = require('java-parser') as JavaParserApi;

type Dialect = 'java' | 'spring-properties' | 'spring-yaml';

/** A document as the editor (or the CLI, without a language id) sends it. */
interface Source {
  readonly dialect: Dialect;
  readonly uri: string;
  readonly languageId: string | undefined;
  readonly text: string;
}

const FILES: Readonly<Record<Dialect, { uris: readonly string[]; languageIds: ReadonlyArray<string | undefined> }>> = {
  java: { uris: ['file:///ws/src/main/java/com/example/orders/KafkaConfig.java', 'file:///ws/src/main/java/KafkaProducerConfig.java'], languageIds: ['java', 'java', undefined] },
  'spring-properties': {
    uris: ['file:///ws/src/main/resources/application.properties', 'file:///ws/src/main/resources/application-prod.properties'],
    languageIds: ['properties', 'spring-boot-properties', 'jproperties', undefined],
  },
  'spring-yaml': {
    uris: ['file:///ws/src/main/resources/application.yml', 'file:///ws/src/main/resources/application-dev.yaml'],
    languageIds: ['yaml', 'spring-boot-properties-yaml', undefined],
  },
};

const sourceOf = (dialect: Dialect, text: fc.Arbitrary<string>): fc.Arbitrary<Source> =>
  fc.tuple(text, fc.constantFrom(...FILES[dialect].uris), fc.constantFrom(...FILES[dialect].languageIds)).map(([t, uri, languageId]) => ({ dialect, uri, languageId, text: t }));

const mutated = (text: fc.Arbitrary<string>) => fc.tuple(text, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([t, ms]) => mutate(t, ms));

/** Realistic sources of every JVM dialect: what the fix, code-action and profile properties run on. */
const realisticSource: fc.Arbitrary<Source> = fc.oneof(
  { weight: 3, arbitrary: sourceOf('java', javaSourceArb) },
  { weight: 3, arbitrary: sourceOf('spring-properties', springPropertiesArb) },
  { weight: 3, arbitrary: sourceOf('spring-yaml', springYamlArb) },
);

let version = 0;
const docOf = (s: Pick<Source, 'uri' | 'languageId'>, text: string) => ({ uri: s.uri, version: ++version, text, ...(s.languageId ? { languageId: s.languageId } : {}) });
const analyse = (s: Source, text: string, settings: ServiceSettings): Analysis | undefined => service.analyze(docOf(s, text), settings);

/** Every span of the parsed model lies inside the text. */
function assertModelInside(doc: ConfigDocument): void {
  const n = doc.text.length;
  for (const s of doc.scopes) {
    assert.equal(spanProblem(n, s.span), undefined, `scope ${s.id}`);
    for (const e of s.entries) for (const sp of [e.keySpan, e.valueSpan, e.span]) assert.equal(spanProblem(n, sp), undefined, `entry ${JSON.stringify(e.key)} of ${s.id}`);
  }
  for (const p of doc.problems) assert.equal(spanProblem(n, p.span), undefined, `problem ${p.code}`);
  for (const c of doc.comments) assert.equal(spanProblem(n, c.span), undefined, 'comment');
}

/**
 * Analysis, diagnostics and every feature at some positions: nothing throws or is logged, every range lies inside.
 * Returns whether the document was analysed as a producer configuration.
 */
function checkEverywhere(source: Source, raw: Record<string, unknown>, positions: ReadonlyArray<readonly [number, number]>): boolean {
  logged.length = 0;
  const settings = normalizeSettings(raw);
  const text = source.text;
  const doc = docOf(source, text);
  const where = `${source.uri} (${source.languageId ?? 'no language id'}): ${JSON.stringify(text)}`;
  const analysis = service.analyze(doc, settings);
  if (analysis) {
    assert.deepEqual(analysis.ruleErrors.map((e) => `${e.ruleId}: ${String(e.error)}`), [], where);
    // A Spring .properties file without spring.kafka keys is read as a plain producer file when it holds producer keys.
    assert.ok(analysis.document.dialect === source.dialect || (source.dialect === 'spring-properties' && analysis.document.dialect === 'properties'), where);
    assertModelInside(analysis.document);
  }
  const lengths = lineLengths(text);
  for (const d of service.validate(doc, settings)) {
    assertInside(lengths, d.range, `diagnostic ${String(d.code)}`, text);
    for (const r of d.relatedInformation ?? []) if (r.location.uri === doc.uri) assertInside(lengths, r.location.range, `related of ${String(d.code)}`, text);
    assert.ok(d.message.length > 0);
  }
  const checkActions = (range: Range, diagnostics: Diagnostic[]) => {
    for (const action of service.codeActions(doc, range, { diagnostics }, settings)) {
      const changes = action.edit?.changes ?? {};
      assert.deepEqual(Object.keys(changes).filter((u) => u !== doc.uri), [], `${action.title} edits another file`);
      for (const e of changes[doc.uri] ?? []) assertInside(lengths, e.range, action.title, text);
    }
  };
  const diagnostics = service.validate(doc, settings);
  checkActions({ start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1]! } }, diagnostics);
  for (const [l, c] of positions) {
    // Positions inside the document, and one past its end (editors send those during typing).
    const line = l % (lengths.length + 1);
    const position = { line, character: c % ((lengths[line] ?? 0) + 2) };
    assertInside(lengths, service.hover(doc, position, settings)?.range, 'hover', text);
    for (const item of service.complete(doc, position, settings)?.items ?? []) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertInside(lengths, edit.range, `completion ${item.label}`, text);
      if (edit && 'insert' in edit) {
        assertInside(lengths, edit.insert, `completion ${item.label}`, text);
        assertInside(lengths, edit.replace, `completion ${item.label}`, text);
      }
    }
    checkActions({ start: position, end: position }, diagnostics);
  }
  assertSymbolsInside(lengths, service.documentSymbols(doc, settings), text);
  for (const lens of service.codeLenses(doc, settings)) assertInside(lengths, lens.range, 'code lens', text);
  assert.deepEqual(logged, [], where);
  return analysis !== undefined;
}

const sourceOfJava = { uri: FILES.java.uris[0]!, languageId: 'java' };
const positionsArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });

// ------------------------------------------------------------------------------------------- ownership of an edit

const isEol = (c: string | undefined) => c === '\n' || c === '\r';

function lineStartOf(text: string, at: number): number {
  let s = at;
  while (s > 0 && !isEol(text[s - 1])) s--;
  return s;
}

function lineEndOf(text: string, at: number): number {
  let e = at;
  while (e < text.length && !isEol(text[e])) e++;
  return e;
}

/** The whole lines holding a span, with the terminators on both sides. */
function wholeLines(text: string, span: Span): Span {
  let start = lineStartOf(text, span.start);
  if (text[start - 1] === '\n') start -= text[start - 2] === '\r' ? 2 : 1;
  else if (text[start - 1] === '\r') start -= 1;
  let end = lineEndOf(text, span.end);
  if (text[end] === '\r') end += text[end + 1] === '\n' ? 2 : 1;
  else if (text[end] === '\n') end += 1;
  return { start, end };
}

/** Whether `at` is where a line starts, or the end of the text: where the line-based printers insert. */
const atLineBoundary = (text: string, at: number) => at === 0 || at === text.length || (isEol(text[at - 1]) && !(text[at - 1] === '\r' && text[at] === '\n'));

/** A `k, v` pair of `Map.of` owns the comma (and blanks) that separate it from a neighbour. */
function argumentRegion(text: string, span: Span): Span {
  let start = span.start;
  let j = start - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (text[j] === ',') start = j;
  let end = span.end;
  let i = end;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === ',') {
    i++;
    while (i < text.length && /[ \t]/.test(text[i]!)) i++;
    end = i;
  }
  return { start, end };
}

/** Lines a YAML removal may take besides the entries': headers of mappings it empties, blank and comment lines between. */
const YAML_STRUCTURE_LINE = /^\s*(?:(?:"[^"]*"|'[^']*'|[^#\s'"][^#]*?)\s*:\s*)?(?:#.*)?$/;

/**
 * Why the changes of `intents` touch more than they own (`undefined`: they do not). Replacements and deletions must lie
 * in the entries the intents name (Java: their statements or `Map.of` pairs with a separating comma; Spring: their
 * lines, plus in YAML the headers of mappings the removal empties); insertions go where the printer puts new entries.
 */
function ownershipProblem(doc: ConfigDocument, intents: readonly FixIntent[], changes: readonly TextChange[]): string | undefined {
  const text = doc.text;
  const allowed = new Uint8Array(text.length + 1);
  const allow = (s: Span) => allowed.fill(1, s.start, s.end);
  for (const e of ownedEntries(doc, intents)) {
    if (doc.dialect === 'java') allow(javaEntryInfo(e)?.via === 'mapOf' ? argumentRegion(text, e.span) : wholeLines(text, e.span));
    else if (doc.dialect === 'spring-properties') allow(entryRegion(text, e));
    else allow(wholeLines(text, e.span));
  }
  if (doc.dialect === 'spring-yaml') {
    for (let at = 0; at < text.length; at = lineEndOf(text, at) + 1) {
      const end = lineEndOf(text, at);
      if (YAML_STRUCTURE_LINE.test(text.slice(at, end))) allow(wholeLines(text, { start: at, end }));
      if (text[end] === '\r' && text[end + 1] === '\n') at++;
    }
  }
  const insertionPoints = new Set<number>();
  if (doc.dialect === 'java') {
    const keys = ownedKeys(intents);
    for (const s of doc.scopes) {
      const h = s.printHints ?? {};
      // putIfAbsent calls without effect while their key is set go with the key.
      for (const d of (h['dormant'] ?? []) as Array<{ key: string; span: Span }>) if (keys.has(d.key)) allow(wholeLines(text, d.span));
      if (typeof h['insertAfter'] === 'number') insertionPoints.add(lineEndOf(text, h['insertAfter']));
      if (typeof h['mapOfClose'] === 'number') insertionPoints.add(h['mapOfClose']);
    }
  }
  for (const c of changes) {
    const where = `change ${JSON.stringify(c)} of ${JSON.stringify(intents.map((i) => [i.kind, 'key' in i ? i.key : i.entry.key]))} in ${JSON.stringify(text)}`;
    if (c.span.start === c.span.end) {
      // An insertion at the edge of, or inside, what the intents own (before a removed line) is theirs too.
      const at = c.span.start;
      const inside = (at > 0 && allowed[at - 1] === 1) || allowed[at] === 1;
      const ok = doc.dialect === 'java' ? insertionPoints.has(at) || inside : atLineBoundary(text, at) || inside;
      if (!ok) return `insertion outside the insertion points: ${where}`;
      continue;
    }
    for (let i = c.span.start; i < c.span.end; i++) if (allowed[i] !== 1) return `edits offset ${i} outside what the intents own: ${where}`;
  }
  return undefined;
}

/** The Kafka key a Spring property name sets for the producer, as the Spring dialect reads it. */
function springKeyOf(name: string): string | undefined {
  const c = classifyName(name);
  if (c.kind === 'property') return c.property.kafkaKey;
  if (c.kind === 'pass-through') return c.key;
  if (c.kind === 'unknown-producer') return /^[A-Za-z0-9_-]+$/.test(c.tail) ? c.tail : name;
  return undefined;
}

/** The keys an edit of `intents` may change. */
function ownedKeys(intents: readonly FixIntent[]): Set<string> {
  const keys = new Set<string>();
  for (const i of intents) {
    if (i.kind === 'set' || i.kind === 'unset') keys.add(i.key);
    else keys.add(i.entry.key);
    if (i.kind === 'rename') keys.add(i.newKey);
  }
  return keys;
}

/** Every setting of a Spring file (name and value as Spring binds them), per YAML document, to check that the others are left alone. */
function springSettings(dialect: Dialect, text: string): Array<Array<[string, string]>> {
  if (dialect === 'spring-properties') return [parseProperties(text).entries.map((e): [string, string] => [e.key, e.value])];
  const scalar = (n: unknown) => (isScalar(n) ? String(n.value) : isSeq(n) ? JSON.stringify(n.items.map((x) => (isScalar(x) ? String(x.value) : '?'))) : n == null ? '' : '?');
  return parseAllDocuments(text, { version: '1.1', logLevel: 'silent', uniqueKeys: false }).map((d) => {
    const out: Array<[string, string]> = [];
    const visit = (node: unknown, path: string): void => {
      // A key with nothing after its colon (`producer:` being typed) is no setting: new keys may go under it.
      const empty = node == null || (isScalar(node) && node.value == null && node.range?.[0] === node.range?.[1]);
      if (empty && springKeyOf(path) === undefined) return;
      if (!isMap(node)) {
        out.push([path, scalar(node)]);
        return;
      }
      for (const item of node.items as Pair[]) visit(item.value, joinPath(path, isScalar(item.key) ? String((item.key as Node & { source?: string }).source ?? item.key.value) : '?'));
    };
    if ('contents' in d) visit(d.contents, '');
    return out;
  });
}

/**
 * Why the other settings of a Spring file changed (`undefined`: they did not). A document left without settings is
 * dropped (removing its only Kafka block leaves nothing Spring reads there).
 */
function othersChanged(dialect: Dialect, before: string, after: string, intents: readonly FixIntent[]): string | undefined {
  const keys = ownedKeys(intents);
  const others = (t: string) =>
    springSettings(dialect, t)
      .map((doc) => doc.filter(([name]) => {
        const key = springKeyOf(name);
        return key === undefined || !keys.has(key);
      }))
      .filter((doc) => doc.length > 0);
  const b = JSON.stringify(others(before));
  const a = JSON.stringify(others(after));
  return a === b ? undefined : `other settings changed: ${b} → ${a}`;
}

const yamlErrors = (text: string) => parseAllDocuments(text, { version: '1.1', logLevel: 'silent' }).reduce((n, d) => n + ('errors' in d ? d.errors.length : 0), 0);

/** Whether braces and parentheses outside strings, characters and comments balance. */
function javaBalanced(text: string): boolean {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') i = lineEndOf(text, i);
    else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 1;
    } else if (text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      if (end < 0) return false;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && !isEol(text[j])) j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== c) return false;
      i = j;
    } else if (c === '(' || c === '{') stack.push(c);
    else if (c === ')' || c === '}') {
      if (stack.pop() !== (c === ')' ? '(' : '{')) return false;
    }
  }
  return stack.length === 0;
}

const javaParses = (text: string) => {
  try {
    javaParser.lexAndParse(text);
    return true;
  } catch {
    return false;
  }
};
const propertiesErrors = (text: string) => parseProperties(text).problems.filter((p) => p.severity === 'error').length;

/** Why a fixed text no longer parses where the original did (`undefined`: it still does). */
function syntaxProblem(dialect: Dialect, before: string, after: string): string | undefined {
  if (dialect === 'java') {
    if (javaBalanced(before) && !javaBalanced(after)) return 'braces or parentheses no longer balance';
    if (javaParses(before) && !javaParses(after)) return 'the Java no longer parses';
  } else if (dialect === 'spring-yaml') {
    if (yamlErrors(before) === 0 && yamlErrors(after) > 0) return 'the YAML no longer parses';
  } else if (propertiesErrors(after) > propertiesErrors(before)) return 'a new .properties syntax error';
  return undefined;
}

/** Checks one printed edit: owned, still parses, and (Spring) every other setting unchanged. Returns the edited text. */
function checkEdit(source: Source, doc: ConfigDocument, intents: readonly FixIntent[], changes: readonly TextChange[], where: string): string {
  assert.equal(ownershipProblem(doc, intents, changes), undefined, where);
  const out = applyTextChanges(doc.text, changes);
  assert.equal(syntaxProblem(source.dialect, doc.text, out), undefined, `${where} → ${JSON.stringify(out)}`);
  if (source.dialect !== 'java' && (source.dialect === 'spring-properties' || yamlErrors(doc.text) === 0)) {
    assert.equal(othersChanged(source.dialect, doc.text, out, intents), undefined, `${where} → ${JSON.stringify(out)}`);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------- fix helpers

const wholeRange = (t: string) => ({ start: { line: 0, character: 0 }, end: { line: t.split(/\r\n|\r|\n/).length, character: 0 } });
const input = fc.tuple(realisticSource, settingsArb);

/** How many cases of each dialect a property exercised; each must reach `min` (the generator must find things to fix). */
function exercised(): { add(d: Dialect): void; count(d: Dialect): number; check(what: string, min: number, t: { diagnostic(m: string): void }): void } {
  const n: Record<Dialect, number> = { java: 0, 'spring-properties': 0, 'spring-yaml': 0 };
  return {
    add: (d) => void n[d]++,
    count: (d) => n[d],
    check(what, min, t) {
      t.diagnostic(`${what}: ${JSON.stringify(n)}`);
      for (const [dialect, count] of Object.entries(n)) assert.ok(count >= min, `only ${count} ${dialect} ${what} (${JSON.stringify(n)}): the generator finds too little`);
    },
  };
}

describe('property: Java and Spring Boot sources never break the service', () => {
  // The Java parser loads on first use (half a second): not part of any property's time budget.
  before(() => {
    const warm = 'import org.apache.kafka.clients.producer.ProducerConfig;\nclass A { void m() { var p = new java.util.Properties(); p.put("acks", "1"); new KafkaProducer<>(p); } }\n';
    assert.ok(service.analyze(docOf(sourceOfJava, warm), normalizeSettings({})));
  });

  it('Java config classes, mutated and junk Java: analysis and every feature answer, ranges inside', (t) => {
    const java = fc.oneof(
      { weight: 3, arbitrary: sourceOf('java', javaSourceArb) },
      { weight: 4, arbitrary: sourceOf('java', mutated(javaSourceArb)) },
      { weight: 1, arbitrary: sourceOf('java', junkJavaArb) },
    );
    const analysed = exercised();
    const run = (source: Source, raw: Record<string, unknown>, positions: ReadonlyArray<readonly [number, number]>) => {
      if (checkEverywhere(source, raw, positions)) analysed.add(source.dialect);
    };
    checkProperty('java: never throws, ranges inside', fc.property(java, settingsArb, positionsArb, run), 60);
    analysed.check('documents analysed', 0, t);
    assert.ok(analysed.count('java') >= 20, 'too few Java sources were producer configurations');
  });

  it('Spring application .properties and .yml, mutated and junk: analysis and every feature answer, ranges inside', (t) => {
    const spring = fc.oneof(
      { weight: 3, arbitrary: sourceOf('spring-properties', springPropertiesArb) },
      { weight: 3, arbitrary: sourceOf('spring-properties', mutated(springPropertiesArb)) },
      { weight: 3, arbitrary: sourceOf('spring-yaml', springYamlArb) },
      { weight: 4, arbitrary: sourceOf('spring-yaml', mutated(springYamlArb)) },
      { weight: 2, arbitrary: sourceOf('spring-yaml', junkYamlArb) },
    );
    const analysed = exercised();
    const run = (source: Source, raw: Record<string, unknown>, positions: ReadonlyArray<readonly [number, number]>) => {
      if (checkEverywhere(source, raw, positions)) analysed.add(source.dialect);
    };
    checkProperty('spring: never throws, ranges inside', fc.property(spring, settingsArb, positionsArb, run), 250);
    analysed.check('documents analysed', 0, t);
    assert.ok(analysed.count('spring-properties') >= 50 && analysed.count('spring-yaml') >= 50, 'too few Spring files were producer configurations');
  });
});

describe('property: Java and Spring Boot quick fixes, fix all and profiles', () => {
  it("every rule's quick fix edits only what it owns, still parses, clears its finding, and is idempotent", (t) => {
    const tried = exercised();
    checkProperty(
      'jvm: rule quick fixes',
      fc.property(input, ([source, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(source, source.text, s);
        if (!a) return;
        for (const f of a.findings) {
          for (const fix of f.finding.fixes ?? []) {
            const changes = printFix(a.document, fix.intents);
            if (changes.length === 0) continue; // not offered as a code action
            tried.add(source.dialect);
            const where = `${f.rule.id} "${fix.title}" on ${source.uri}: ${JSON.stringify(source.text)}`;
            const out = checkEdit(source, a.document, fix.intents, changes, where);
            const after = analyse(source, out, s);
            const id = findingIdentity(f);
            assert.ok(findingsLike(after, id) < findingsLike(a, id), `${where}: the finding is still there in ${JSON.stringify(out)}`);
            if (after && !ambiguousReplay(after.document, fix.intents)) {
              assert.deepEqual(printFix(after.document, fix.intents), [], `${where}: applying it again changes ${JSON.stringify(out)}`);
            }
          }
        }
      }),
      90,
    );
    tried.check('rule quick fixes exercised', 40, t);
  });

  it('every quick-fix code action (fixes and suppressions) removes a diagnostic it names and adds no error', (t) => {
    const applied = exercised();
    checkProperty(
      'jvm: quick-fix code actions',
      fc.property(input, ([source, raw]) => {
        const s = normalizeSettings(raw);
        const d = docOf(source, source.text);
        const before = service.validate(d, s);
        for (const action of service.codeActions(d, wholeRange(source.text), { diagnostics: before, only: ['quickfix'] }, s)) {
          const named = action.diagnostics ?? [];
          if (!action.edit || named.length === 0) continue;
          applied.add(source.dialect);
          const out = applyEdits(source.text, action.edit.changes?.[source.uri] ?? []);
          const after = service.validate(docOf(source, out), s);
          const code = String(named[0]!.code);
          const count = (ds: readonly Diagnostic[]) => ds.filter((x) => String(x.code) === code).length;
          assert.ok(count(after) < count(before), `"${action.title}" left every ${code} in ${JSON.stringify(out)}`);
          assert.deepEqual(newErrorCounts(before, after), [], `"${action.title}" on ${JSON.stringify(source.text)} → ${JSON.stringify(out)}`);
        }
      }),
      120,
    );
    applied.check('quick-fix code actions applied', 40, t);
  });

  it('fix all adds no error, and once applied is not offered again', (t) => {
    const applied = exercised();
    checkProperty(
      'jvm: fix all',
      fc.property(input, ([source, raw]) => {
        const s = normalizeSettings(raw);
        const d = docOf(source, source.text);
        const before = service.validate(d, s);
        const fixAll = service.codeActions(d, wholeRange(source.text), { diagnostics: before, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        if (!fixAll?.edit) return;
        applied.add(source.dialect);
        const out = applyEdits(source.text, fixAll.edit.changes?.[source.uri] ?? []);
        assert.equal(syntaxProblem(source.dialect, source.text, out), undefined, `${JSON.stringify(source.text)} → ${JSON.stringify(out)}`);
        const d2 = docOf(source, out);
        const after = service.validate(d2, s);
        assert.deepEqual(newErrorCounts(before, after), [], `${JSON.stringify(source.text)} → ${JSON.stringify(out)}`);
        const again = service.codeActions(d2, wholeRange(out), { diagnostics: after, only: [FIX_ALL_KIND] }, s).find((x) => x.kind === FIX_ALL_KIND);
        assert.equal(again, undefined, `fix all offered again on ${JSON.stringify(out)}`);
      }),
      500,
    );
    applied.check('fix-alls applied', 15, t);
  });

  it('every offered profile edits only what it must, adds no error, and is met (not offered again) once applied', (t) => {
    const applied = exercised();
    checkProperty(
      'jvm: profiles',
      fc.property(input, ([source, raw]) => {
        const s = normalizeSettings(raw);
        const a = analyse(source, source.text, s);
        if (!a) return;
        const d = docOf(source, source.text);
        const before = service.validate(d, s);
        const several = a.scopes.size > 1;
        for (const { scope } of a.scopes.values()) {
          for (const profile of PROFILES) {
            const plan = planProfile(a, scope, profile);
            const changes = printPlan(a, plan);
            const where = `profile ${profile.id} on ${scope.label} of ${source.uri}: ${JSON.stringify(source.text)}`;
            if (changes.length > 0) checkEdit(source, a.document, plan.intents, changes, where);
            const title = `Apply producer profile: ${profile.title}${several ? ` to ${scope.label}` : ''}`;
            // Actions for the scope's own range; scopes with the same label are told apart by the edit they make.
            const candidates = profileActionsFor(d, a.document, scope.span, title, s);
            assert.ok(candidates.length > 0, `${where}: no code action`);
            const expected = applyTextChanges(source.text, changes);
            // The action whose edit is the plan's, else a disabled one (met, or it would add an error).
            const action =
              candidates.find((x) => x.edit && applyEdits(source.text, x.edit.changes?.[source.uri] ?? []) === expected) ??
              candidates.find((x) => !x.edit && (changes.length === 0 || x.disabled)) ??
              candidates[0]!;
            if (action.disabled) {
              // Met already, or it would add an error (the reason says which): never "met" while the plan changes something.
              if (plan.changes.length > 0) assert.doesNotMatch(action.disabled.reason, /already meets/, where);
              continue;
            }
            assert.ok(changes.length > 0 && action.edit, where);
            const out = applyEdits(source.text, action.edit.changes?.[source.uri] ?? []);
            assert.equal(out, expected, `${where}: the code action and the plan disagree`);
            applied.add(source.dialect);
            const after = analyse(source, out, s);
            assert.ok(after, `${where}: not analysed after applying it → ${JSON.stringify(out)}`);
            assert.deepEqual(newErrorCounts(before, service.validate(docOf(source, out), s)), [], `${where} → ${JSON.stringify(out)}`);
            const again = planProfile(after, after.scopes.get(scope.id)!.scope, profile);
            assert.deepEqual(again.changes, [], `${where}: not met after applying it → ${JSON.stringify(out)}`);
            const next = profileActionsFor(docOf(source, out), after.document, after.scopes.get(scope.id)!.scope.span, title, s);
            assert.ok(next.length > 0 && next.some((x) => x.disabled), `${where}: still offered after applying it → ${JSON.stringify(out)}`);
          }
        }
      }),
      90,
    );
    applied.check('profiles applied', 20, t);
  });
});

function posOf(doc: ConfigDocument, offset: number) {
  let line = 0;
  while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1]! <= offset) line++;
  return { line, character: offset - doc.lineStarts[line]! };
}

/** The profile code actions titled `title` that a request over a scope's span gets. */
function profileActionsFor(d: ReturnType<typeof docOf>, doc: ConfigDocument, span: Span, title: string, s: ServiceSettings) {
  return service
    .codeActions(d, { start: posOf(doc, span.start), end: posOf(doc, span.end) }, { diagnostics: [], only: [PROFILE_ACTION_KIND] }, s)
    .filter((x) => x.title === title || x.title.startsWith(`${title} (`));
}
