// Spring Boot dialect regressions found by the JVM property tests (test/unit/property/jvm.test.ts), one focused case each.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import { printFix } from '../../../server/src/service/dialects';
import { applyChanges } from '../../../server/src/service/dialects/properties/printer';
import { FIX_ALL_KIND } from '../../../server/src/service/features/codeActions';
import { lineLengths, rangeProblem } from '../../helpers/property';
import { actionTitles, analyse, applyQuickFix, codeActions, input } from './springHelpers';
import { applyEdits } from '../../helpers/lint';

const YML = 'file:///app/src/main/resources/application.yml';
const PROPS = 'file:///app/src/main/resources/application.properties';

function printSet(text: string, uri: string, values: Record<string, string | number | boolean>, scope = 0): string {
  const doc = analyse(text, uri)!.document;
  const scopeId = doc.scopes[scope]!.id;
  return applyChanges(text, printFix(doc, Object.entries(values).map(([key, value]) => ({ kind: 'set' as const, scopeId, key, value }))));
}

const yamlErrors = (text: string) => parseAllDocuments(text, { version: '1.1' }).flatMap((d) => d.errors.map((e) => e.message));

describe('spring-yaml regressions: inserting', () => {
  test('keys for two missing mappings that share a level get that level once (no duplicate `producer:`)', () => {
    const out = printSet('spring:\n  kafka:\n    bootstrap-servers: b:1\n', YML, { 'compression.type': 'zstd', 'linger.ms': 5 });
    assert.equal(out, 'spring:\n  kafka:\n    bootstrap-servers: b:1\n    producer:\n      compression-type: zstd\n      properties:\n        linger.ms: 5\n');
  });
  test('a key still being typed (`producer:` with nothing after it) receives the new keys', () => {
    const out = printSet('spring:\n  kafka:\n    bootstrap-servers: b:1\n    producer: # todo\n  application:\n    name: x\n', YML, { acks: 'all' });
    assert.equal(out, 'spring:\n  kafka:\n    bootstrap-servers: b:1\n    producer: # todo\n      acks: all\n  application:\n    name: x\n');
    const flat = printSet('spring.kafka.producer.acks: 1\nspring.kafka.producer.properties:\n', YML, { 'compression.type': 'zstd', 'linger.ms': 5 });
    assert.deepEqual(yamlErrors(flat), [], flat);
    assert.match(flat, /^spring\.kafka\.producer\.properties:\n {2}linger\.ms: 5\n/m);
  });
  test('nothing is written under a key that holds a value, or into a document YAML cannot read', () => {
    const scalar = 'spring:\n  kafka:\n    bootstrap-servers: b:1\n    producer: 64MB\n';
    assert.equal(printSet(scalar, YML, { acks: 'all' }), scalar);
    const broken = 'spring:\n  kafka:\n    producer:\n      acks: 0\n    consumer: {auto-offset-reset: prefix-${random.uuid}}\n';
    assert.notDeepEqual(yamlErrors(broken), []);
    assert.equal(printSet(broken, YML, { 'compression.type': 'lz4' }), broken);
  });
});

describe('spring-yaml regressions: removing and renaming', () => {
  test('removing a pair of a flow mapping keeps the other pairs', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      properties: {enable.idempotence: yes, "[enable.idempotence]": yes}\n';
    assert.equal(applyQuickFix(text, YML, 'duplicate-key'), 'spring:\n  kafka:\n    producer:\n      properties: {"[enable.idempotence]": yes}\n');
  });
  test('a rename keeps the map path written in the key', () => {
    const nested = 'spring:\n  kafka:\n    producer:\n      properties.max.block.mss: 1000\n';
    assert.equal(applyQuickFix(nested, YML, 'unknown-key'), nested.replace('max.block.mss', 'max.block.ms'));
    const flat = 'spring.kafka.producer.properties.linger_ms: 5\nspring.kafka.producer.acks: all\n';
    assert.equal(applyQuickFix(flat, YML, 'unknown-key'), flat.replace('linger_ms', 'linger.ms'));
  });
  test('no rename into a key the same mapping already has (YAML refuses duplicate keys)', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      properties:\n        security.protocol: SSL\n        security_protocol: SASL_SSL\n';
    assert.ok(!actionTitles(text, YML).some((t) => t.startsWith('Rename to `security.protocol`')), actionTitles(text, YML).join(' | '));
  });
});

describe('spring-yaml regressions: positions and fix all', () => {
  test('a document ending inside a CRLF line break still gives ranges inside its lines', () => {
    const text =
      '# Orders service\r\nspring:\r\n  kafka:\r\n    producer:\r\n      properties: {|"[buffer.memory]": -1, security.protocol: \'SASL_SSL\', "[compression.type]": none}\r\n' +
      '      client-id: orders\r\n      BOOTSTRAP-SERVERS: \'16KB\'\r\n  application:\r\n    name: orders\r\nmanagement:\r\n  endpoints.web:\r\n    exposure:\r\n      include: TRUE\r\n---\r\n' +
      'spring:\r\n kafka:\r\n  producer:\r\n   properties:\r\n    sasl.mechanism: [x, \'a:1\']\r\n    partitioner.class:\n     - x\n     - broker-1:9092\r\n';
    const svc = createLanguageService();
    const lengths = lineLengths(text);
    const walk = (symbols: ReturnType<typeof svc.documentSymbols>): void => {
      for (const s of symbols) {
        assert.equal(rangeProblem(lengths, s.range), undefined, s.name);
        walk(s.children ?? []);
      }
    };
    walk(svc.documentSymbols(input(text, YML), normalizeSettings({})));
  });
  test('an unclosed flow mapping at the end of the file: every span stays inside the text', () => {
    const text = 'spring:\n kafka.producer:\n  ssl: {keyPassword: yes, key-password: "all"}\nlogging.level:\n org:\n  apache: {kafka: ({1MB}\n';
    const doc = analyse(text, YML)!.document;
    for (const s of doc.scopes) {
      assert.ok(s.span.end <= text.length, JSON.stringify(s.span));
      for (const e of s.entries) assert.ok(e.span.end <= text.length && e.valueSpan.end <= text.length, e.key);
    }
  });
  test('fix all: a key added where a removed mapping was is not mangled', () => {
    const text =
      'spring:\n  config.activate:\n    on-profile: dev\n  kafka:\n    properties:\n      acks: ALL\n    producer:\n      security:\n        protocol: SASL_SSL\n' +
      '      properties.bootstrap.servers:\n    security:\n      protocol: SASL_SSL\n  application: {name: orders}\n';
    const fixAll = codeActions(text, YML, [FIX_ALL_KIND]).find((a) => a.kind === FIX_ALL_KIND);
    assert.ok(fixAll?.edit);
    const out = applyEdits(text, fixAll.edit.changes?.[YML] ?? []);
    assert.deepEqual(yamlErrors(out), [], out);
    assert.ok(out.endsWith('      properties.bootstrap.servers:\n      acks: all\n  application: {name: orders}\n'), out);
  });
});

describe('spring-properties regressions', () => {
  test('`#---` continuing the line before it (`acks=\\`) is that value, not a section separator', () => {
    const a = analyse('spring.kafka.producer.acks=\\\n#---\nspring.kafka.producer.retries=3\n', PROPS)!;
    assert.equal(a.document.scopes.length, 1);
    assert.deepEqual(a.document.scopes[0]!.entries.find((e) => e.key === 'acks')!.value, { kind: 'string', value: '#---' });
  });
  test('a value written over a dangling continuation backslash at the end of the file does not swallow the next line', () => {
    const text = 'spring.kafka.producer.retries=3\nspring.kafka.producer.acks=\\';
    const out = printSet(text, PROPS, { acks: 'all', 'compression.type': 'lz4' });
    assert.equal(out, 'spring.kafka.producer.retries=3\nspring.kafka.producer.acks=all\nspring.kafka.producer.compression-type=lz4');
  });
  test('a key added while the last line is removed goes where that line was', () => {
    const text = 'spring.kafka.producer.properties.acks=0\nspring.kafka.producer.properties.partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner';
    const a = analyse(text, PROPS, { clientVersion: '3.5' })!;
    const fix = a.findings.find((f) => f.rule.id === 'hot-partition-risk')!.finding.fixes!.find((x) => x.title.includes('partitioner.ignore.keys'))!;
    const out = applyChanges(text, printFix(a.document, fix.intents));
    assert.equal(out, 'spring.kafka.producer.properties.acks=0\nspring.kafka.producer.properties.partitioner.ignore.keys=true\n');
  });
});

describe('fix checks on the model match what the Spring printer writes', () => {
  test('a profile whose new producer-level key duplicates a shared one is disabled when duplicate-key is an error', () => {
    const text = 'spring.kafka:\n  properties:\n    acks: true\n';
    const svc = createLanguageService();
    const d = input(text, YML);
    const s = normalizeSettings({ rules: { 'duplicate-key': 'error' } });
    const actions = svc.codeActions(d, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, { diagnostics: svc.validate(d, s) }, s);
    const reliable = actions.find((a) => a.title.startsWith('Apply producer profile: Reliable'));
    assert.match(reliable?.disabled?.reason ?? '', /duplicate-key/);
  });
  test('no rename that makes an invalid value win: Spring re-ranks the renamed entry, and drops its own enable.idempotence', () => {
    const ranked = 'spring.kafka.producer.linger-ms=16KB\nspring.kafka.properties.linger.ms=300000\n';
    assert.ok(!actionTitles(ranked, PROPS).includes('Rename to `linger.ms`'), actionTitles(ranked, PROPS).join(' | '));
    const defaulted = 'spring:\n  kafka.producer:\n    enable-idempotence: ~\n    transaction-id-prefix: tx-\n';
    assert.ok(!actionTitles(defaulted, YML).includes('Rename to `enable.idempotence`'), actionTitles(defaulted, YML).join(' | '));
  });
  test('no rename to `bootstrap.servers` inside a `properties` map (Spring Boot ignores it there)', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      properties:\n        "[ bootstrap.servers]":\n          - broker-1:9092\n      acks: all\n';
    assert.ok(!actionTitles(text, YML).includes('Rename to `bootstrap.servers`'), actionTitles(text, YML).join(' | '));
  });
  test('replaying a removal on the fixed file leaves the entry that took the removed one\'s place', () => {
    const text = 'spring.kafka:\n  producer:\n    ssl:\n      key-password: a\n      key_password: bb\n';
    const a = analyse(text, YML)!;
    const fix = a.findings.find((f) => f.rule.id === 'duplicate-key')!.finding.fixes![0]!;
    const out = applyChanges(text, printFix(a.document, fix.intents));
    assert.equal(out, 'spring.kafka:\n  producer:\n    ssl:\n      key_password: bb\n');
    assert.deepEqual(printFix(analyse(out, YML)!.document, fix.intents), []);
  });
});
