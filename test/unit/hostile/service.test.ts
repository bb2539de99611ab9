// Hostile input through the service: binary, undecodable, 200,000 lines, a 5 MB line, broken TypeScript, a throwing rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import { parseDocument } from '../../../server/src/service/dialects';
import { analyze } from '../../../server/src/service/features/analysis';
import type { Rule } from '../../../server/src/service/rules/rule';
import { RULES } from '../../../server/src/service/rules/registry';
import { lineLengths, rangeProblem } from '../../helpers/property';
import { BINARY_TEXT, COMPLETE_TS, deeplyNestedTs, giantLine, halfTypedTs, manyLines, UNDECODABLE_TEXT } from '../../helpers/hostileInputs';

let version = 0;
const props = (text: string) => ({ uri: 'file:///ws/orders-producer.properties', languageId: 'kafka-properties', version: ++version, text });
const ts = (text: string) => ({ uri: 'file:///ws/src/producer.ts', languageId: 'typescript', version: ++version, text });
const defaults = normalizeSettings({});

/** Runs `fn`, failing when it takes longer than `ms`: a hang would otherwise go unnoticed (real timing is in bench/). */
function within<T>(ms: number, what: string, fn: () => T): T {
  const started = Date.now();
  const result = fn();
  const took = Date.now() - started;
  assert.ok(took < ms, `${what} took ${took} ms (bound ${ms} ms)`);
  return result;
}

const BOOM: Rule = {
  id: 'boom',
  meta: {
    description: 'A rule that always throws.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'none',
    clients: ['java', 'librdkafka', 'kafkajs', 'confluent-kafkajs'],
    docs: { what: '', why: '', examples: { invalid: '', valid: '' }, fix: '', references: [] },
  },
  check() {
    throw new Error('boom: rule bug');
  },
};

describe('hostile input: the language service', () => {
  it('a binary file gets one notice and no analysis', () => {
    const service = createLanguageService();
    const diagnostics = service.validate(props(BINARY_TEXT), defaults);
    assert.deepEqual(diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(diagnostics[0]!.message, /binary/);
    // Every feature still answers on it.
    assert.doesNotThrow(() => service.hover(props(BINARY_TEXT), { line: 0, character: 2 }, defaults));
    assert.doesNotThrow(() => service.complete(props(BINARY_TEXT), { line: 3, character: 1 }, defaults));
  });

  it('text that was not UTF-8 is analysed, with a warning on the undecodable line', () => {
    const service = createLanguageService();
    const diagnostics = service.validate(props(UNDECODABLE_TEXT), defaults);
    const binary = diagnostics.filter((d) => d.code === 'binary-content');
    assert.equal(binary.length, 1);
    assert.equal(binary[0]!.range.start.line, 1);
    assert.ok(!diagnostics.some((d) => d.code === 'not-analysed'));
  });

  it('a file over kafkaProducer.maxFileSize gets a size-limit notice naming the setting; the limit is configurable', () => {
    const service = createLanguageService();
    const text = manyLines(200);
    const small = normalizeSettings({ maxFileSize: 1000 });
    const notice = service.validate(props(text), small);
    assert.deepEqual(notice.map((d) => d.code), ['not-analysed']);
    assert.match(notice[0]!.message, /1000-byte limit.*kafkaProducer\.maxFileSize/);
    assert.ok(!service.validate(props(text), normalizeSettings({ maxFileSize: text.length })).some((d) => d.code === 'not-analysed'));
  });

  it('200,000 lines are analysed, every range inside the document', () => {
    const service = createLanguageService();
    const text = manyLines(200_000);
    assert.ok(text.length < defaults.maxFileBytes, 'under the default limit, so really analysed');
    const diagnostics = within(10_000, 'validate 200,000 lines', () => service.validate(props(text), defaults));
    const lengths = lineLengths(text);
    assert.ok(diagnostics.some((d) => d.code === 'unknown-key'));
    for (const d of diagnostics) assert.equal(rangeProblem(lengths, d.range), undefined);
    within(2_000, 'hover on the last section', () => service.hover(props(text), { line: 199_990, character: 2 }, defaults));
  });

  it('a single 5 MB line: a notice under the default limit, analysed when the limit allows it', () => {
    const service = createLanguageService();
    const text = giantLine(5 * 1024 * 1024);
    assert.deepEqual(service.validate(props(text), defaults).map((d) => d.code), ['not-analysed']);
    const raised = normalizeSettings({ maxFileSize: 8 * 1024 * 1024 });
    const diagnostics = within(10_000, 'validate a 5 MB line', () => service.validate(props(text), raised));
    assert.ok(!diagnostics.some((d) => d.code === 'not-analysed'));
    within(2_000, 'hover in a 5 MB line', () => service.hover(props(text), { line: 0, character: 4_000_000 }, raised));
    within(2_000, 'completion in a 5 MB line', () => service.complete(props(text), { line: 0, character: 4_000_000 }, raised));
  });

  it('deeply nested TypeScript never throws and answers within bounds', () => {
    const service = createLanguageService();
    for (const depth of [100, 2_000, 20_000]) {
      const text = deeplyNestedTs(depth);
      const diagnostics = within(10_000, `validate nesting depth ${depth}`, () => service.validate(ts(text), defaults));
      const lengths = lineLengths(text);
      for (const d of diagnostics) assert.equal(rangeProblem(lengths, d.range), undefined);
      assert.doesNotThrow(() => service.hover(ts(text), { line: 2, character: 45 }, defaults));
    }
  });

  it('code the TypeScript parser itself fails on gets a notice; an imported file it fails on stays unknown', () => {
    // Found by the code property tests: `@O await` makes TypeScript 5.9's parser fail an assertion ("Debug Failure").
    const files = new Map([['file:///ws/src/shared.ts', '@O await\nexport const ACKS = 0;\n']]);
    const service = createLanguageService({ readFile: (uri) => files.get(uri) });
    for (const uri of ['file:///ws/src/producer.js', 'file:///ws/src/producer.ts']) {
      const doc = { uri, version: ++version, text: "import { Kafka } from 'kafkajs';\n@O await\n" };
      const diagnostics = service.validate(doc, defaults);
      assert.deepEqual(diagnostics.map((d) => d.code), ['not-analysed'], uri);
      assert.match(diagnostics[0]!.message, /TypeScript parser fails/);
      assert.doesNotThrow(() => service.hover(doc, { line: 1, character: 3 }, defaults));
    }
    // The same document edited into code the parser reads is analysed again (the failed parse left nothing cached).
    const fixed = { uri: 'file:///ws/src/producer.ts', version: ++version, text: "import { Kafka } from 'kafkajs';\nexport const p = new Kafka({ brokers: [] }).producer({ acks: 0 });\n" };
    assert.ok(service.validate(fixed, defaults).some((d) => d.code === 'option-ignored'));
    const importing = "import { Kafka } from 'kafkajs';\nimport { ACKS } from './shared';\nconst p = new Kafka({ brokers: [] }).producer({ idempotent: true });\np.send({ topic: 't', acks: ACKS, messages: [] });\n";
    const codes = service.validate(ts(importing), defaults).map((d) => d.code);
    assert.ok(!codes.includes('not-analysed') && !codes.includes('idempotence-conflict'), codes.join(', '));
  });

  it('half-typed TypeScript (the file cut at every point) never throws, ranges inside', () => {
    const service = createLanguageService();
    for (let at = 0; at <= COMPLETE_TS.length; at += 7) {
      const text = halfTypedTs(at);
      const lengths = lineLengths(text);
      const diagnostics = service.validate(ts(text), defaults);
      for (const d of diagnostics) assert.equal(rangeProblem(lengths, d.range), undefined, `cut at ${at}`);
      const end = { line: lengths.length - 1, character: lengths[lengths.length - 1]! };
      assert.doesNotThrow(() => service.complete(ts(text), end, defaults), `completion at the end, cut at ${at}`);
      assert.doesNotThrow(() => service.hover(ts(text), end, defaults), `hover at the end, cut at ${at}`);
    }
  });

  it('a rule that throws is isolated: the other rules still report', () => {
    const text = 'bootstrap.servers=k:9092\nacks=ALL\nlinger_ms=5\n';
    const doc = parseDocument(props(text), { maxFileBytes: defaults.maxFileBytes })!;
    const a = analyze(doc, defaults, undefined, [BOOM, ...RULES]);
    assert.deepEqual(a.ruleErrors.map((e) => e.ruleId), ['boom']);
    const ids = a.findings.map((f) => f.rule.id);
    assert.ok(ids.includes('invalid-value') && ids.includes('unknown-key'), ids.join(', '));
  });

  it('the service logs the failing rule and keeps answering', () => {
    const logged: string[] = [];
    const service = createLanguageService({ log: (m) => logged.push(m) });
    const registry = RULES as Rule[];
    registry.unshift(BOOM);
    try {
      const diagnostics = service.validate(props('acks=ALL\nlinger_ms=5\n'), defaults);
      assert.ok(diagnostics.some((d) => d.code === 'invalid-value'));
      assert.ok(diagnostics.some((d) => d.code === 'unknown-key'));
      assert.ok(logged.some((m) => /rule boom failed on file:\/\/\/ws\/orders-producer\.properties: Error: boom: rule bug/.test(m)), logged.join('\n'));
      assert.ok(service.hover(props('acks=ALL\n'), { line: 0, character: 1 }, defaults));
    } finally {
      registry.splice(registry.indexOf(BOOM), 1);
    }
  });
});
