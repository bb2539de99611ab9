// Java dialect regressions found by the JVM property tests (test/unit/property/jvm.test.ts), one focused case each.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { printFix } from '../../../server/src/service/dialects';
import { applyChanges } from '../../../server/src/service/dialects/properties/printer';
import { normalizeSettings } from '../../../server/src/service';
import { actionTitles, analyse, applyQuickFix, findings, input, svc } from '../spring/springHelpers';

/** Every code action over the whole file, with the given settings. */
function codeActions(text: string, uri: string, overrides: Record<string, unknown>) {
  const d = input(text, uri);
  const s = normalizeSettings(overrides);
  return svc.codeActions(d, { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, { diagnostics: svc.validate(d, s) }, s);
}

/** Applies the fix of `ruleId` titled like `title`, with the given settings. */
function applyRuleFix(text: string, ruleId: string, title: string, overrides: Record<string, unknown> = {}): string {
  const a = analyse(text, URI, overrides)!;
  const fix = a.findings.filter((f) => f.rule.id === ruleId).flatMap((f) => f.finding.fixes ?? []).find((x) => x.title.includes(title));
  assert.ok(fix, `no ${ruleId} fix "${title}"`);
  return applyChanges(text, printFix(a.document, fix.intents));
}

const URI = 'file:///app/src/main/java/KafkaConfig.java';

function printSet(text: string, values: Record<string, string | number | boolean>, scope = 0): string {
  const doc = analyse(text, URI)!.document;
  const scopeId = doc.scopes[scope]!.id;
  return applyChanges(text, printFix(doc, Object.entries(values).map(([key, value]) => ({ kind: 'set' as const, scopeId, key, value }))));
}

const method = (body: string, imports = 'import org.apache.kafka.clients.producer.ProducerConfig;\n') =>
  `${imports}class KafkaConfig {\n    KafkaProducer<String, String> producer() {\n${body}\n    }\n}\n`;

describe('java regressions: where new puts go', () => {
  test('after a loop or an if that writes to the map, never inside it (a put there would be conditional)', () => {
    const text = method('        Properties props = new Properties();\n        for (int i = 0; i < 2; i++) {\n            props.put(ProducerConfig.ACKS_CONFIG, "1");\n        }\n        return new KafkaProducer<>(props);');
    const out = printSet(text, { 'compression.type': 'lz4' });
    assert.ok(out.includes('        }\n        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");\n        return'), out);
    assert.equal(printSet(out, { 'compression.type': 'lz4' }), out, 'printing it again changes nothing');
  });
  test('a put removed from the end of the map and a new one: the new one takes its place, no overlapping edits', () => {
    const text = method('        Map<String, Object> props = new HashMap<>();\n        props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, "org.apache.kafka.clients.producer.RoundRobinPartitioner");\n        return new KafkaProducer<>(props);');
    const out = applyRuleFix(text, 'hot-partition-risk', 'partitioner.ignore.keys', { clientVersion: '3.5' });
    assert.ok(out.includes('HashMap<>();\n        props.put(ProducerConfig.PARTITIONER_IGNORE_KEYS_CONFIG, "true");\n        return'), out);
  });
  test('Map.of: the only pair replaced gets no leading comma; a pair with an unresolved key still counts', () => {
    const only = method('        return new KafkaProducer<>(Map.of(ProducerConfig.PARTITIONER_CLASS_CONFIG, "org.apache.kafka.clients.producer.RoundRobinPartitioner"));');
    assert.match(applyRuleFix(only, 'hot-partition-risk', 'partitioner.ignore.keys', { clientVersion: '3.5' }), /Map\.of\(ProducerConfig\.PARTITIONER_IGNORE_KEYS_CONFIG, "true"\)/);
    const unresolved = method('        return new KafkaProducer<>(Map.of(\n            ProducerConfig.PARTITIONER_CLASS_CONFIG, "org.apache.kafka.clients.producer.RoundRobinPartitioner",\n            SOME_KEY, 5));');
    assert.match(applyRuleFix(unresolved, 'hot-partition-risk', 'partitioner.ignore.keys', { clientVersion: '3.5' }), /SOME_KEY, 5, ProducerConfig\.PARTITIONER_IGNORE_KEYS_CONFIG, "true"\)/);
  });
  test('a map held in a field gets new puts in the block that fills it, never in the class body', () => {
    const filled = 'import org.apache.kafka.clients.producer.ProducerConfig;\nclass KafkaConfig {\n    private final Map<String, Object> config = new HashMap<>();\n    {\n        config.put(ProducerConfig.ACKS_CONFIG, "all");\n    }\n    KafkaProducer<String, String> producer() { return new KafkaProducer<>(config); }\n}\n';
    assert.ok(printSet(filled, { 'linger.ms': 5 }).includes('        config.put(ProducerConfig.ACKS_CONFIG, "all");\n        this.config.put(ProducerConfig.LINGER_MS_CONFIG, "5");\n    }'));
    const conditional = filled.replace('        config.put(ProducerConfig.ACKS_CONFIG, "all");\n', '        if (fast) config.put(ProducerConfig.ACKS_CONFIG, "all");\n');
    assert.ok(printSet(conditional, { 'linger.ms': 5 }).includes('"all");\n        this.config.put(ProducerConfig.LINGER_MS_CONFIG, "5");\n    }'), 'after the if');
    const copied = 'import org.apache.kafka.clients.producer.ProducerConfig;\nclass KafkaConfig {\n    private final Map<String, Object> config = new HashMap<>(Map.of(ProducerConfig.ACKS_CONFIG, "all"));\n    KafkaProducer<String, String> producer() { return new KafkaProducer<>(config); }\n}\n';
    assert.equal(printSet(copied, { 'linger.ms': 5 }), copied, 'no statement writes to it: nothing is printed (the fix is not offered)');
  });
  test('a config-bean map gets new puts where the bean builds it, all of a fix or none', () => {
    const text = 'import org.apache.kafka.clients.producer.ProducerConfig;\nclass C {\n    @Bean public Map<String, Object> producerConfigs() {\n        Map<String, Object> props = new HashMap<>();\n        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "1000");\n        return props;\n    }\n    @Bean public ProducerFactory<String, String> pf() { return new DefaultKafkaProducerFactory<>(producerConfigs()); }\n    @Bean public ProducerFactory<String, String> tx() { return new DefaultKafkaProducerFactory<>(producerConfigs()); }\n}\n';
    const out = applyQuickFix(text, URI, 'missing-required', 'Add all missing required keys');
    // Both factories share the bean: each change is written once, in the bean.
    assert.equal(out.split('BOOTSTRAP_SERVERS_CONFIG').length, 2, out);
    assert.match(out, /"1000"\);\n        props\.put\(ProducerConfig\.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"\);\n/);
  });
  test('ProducerConfig constants only when the class is imported (a static import of one constant does not import it)', () => {
    const text = method('        Properties props = new Properties();\n        props.put(ACKS_CONFIG, "all");\n        return new KafkaProducer<>(props);', 'import static org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG;\n');
    assert.match(printSet(text, { 'linger.ms': 5 }), /props\.put\("linger\.ms", "5"\);/);
  });
  test('removing a key also removes the putIfAbsent that would take over', () => {
    const text = method('        Map<String, Object> props = new HashMap<>();\n        props.put("message.timeout.ms", 0);\n        props.putIfAbsent("message.timeout.ms", 5);\n        return new KafkaProducer<>(props);');
    const out = applyQuickFix(text, URI, 'misplaced-key', 'Remove');
    assert.ok(!out.includes('message.timeout.ms'), out);
  });
});

describe('java regressions: what ConfigDef sees', () => {
  test('serializer objects given to the producer replace the map serializers (ProducerConfig.appendSerializerToConfig)', () => {
    const text = method('        Properties props = new Properties();\n        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092");\n        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, 5);\n        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());');
    const found = findings(text, URI);
    assert.ok(!found.some((f) => f.rule === 'invalid-value'), JSON.stringify(found));
    assert.ok(found.some((f) => f.rule === 'duplicate-key' && f.at === 'ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG'), JSON.stringify(found));
  });
  test('a value of the wrong Java type is reported only when ConfigDef reads it', () => {
    const overwritten = method('        Map<String, Object> props = new HashMap<>();\n        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384L);\n        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384);\n        return new KafkaProducer<>(props);');
    assert.ok(!findings(overwritten, URI).some((f) => f.rule === 'invalid-value'));
    const prefixed = 'import org.apache.kafka.clients.producer.ProducerConfig;\nclass C {\n    ProducerFactory<String, String> pf() {\n        Map<String, Object> props = new HashMap<>();\n        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, 0);\n        DefaultKafkaProducerFactory<String, String> f = new DefaultKafkaProducerFactory<>(props);\n        f.setTransactionIdPrefix("tx-");\n        return f;\n    }\n}\n';
    assert.ok(!findings(prefixed, URI).some((f) => f.rule === 'invalid-value'), 'the factory writes transactional.id itself');
  });
  test("a rename to transactional.id counts Spring's factory turning idempotence on (so in-flight 6 becomes an error)", () => {
    const text = (inFlight: string) =>
      method(`        Map<String, Object> config = Map.of(\n            " transactional.id", "tx",\n            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "${inFlight}",\n            ConsumerConfig.GROUP_ID_CONFIG, "0");\n        return new DefaultKafkaProducerFactory<>(config);`);
    const titles = (t: string) => codeActions(t, URI, { clientVersion: '4.0' }).map((a) => a.title);
    assert.ok(!titles(text('6')).includes('Rename to `transactional.id`'), titles(text('6')).join(' | '));
    assert.ok(titles(text('5')).includes('Rename to `transactional.id`'));
  });
  test('a rename is not offered when the new key rejects the Java type of the value (30000L for an INT key)', () => {
    const body = (v: string) => method(`        Map<String, Object> props = new HashMap<>();\n        props.put("message.timeout.ms", ${v});\n        return new KafkaProducer<>(props);`);
    assert.ok(actionTitles(body('120000'), URI).includes('Rename to `delivery.timeout.ms`'), actionTitles(body('120000'), URI).join(' | '));
    assert.ok(!actionTitles(body('120000L'), URI).includes('Rename to `delivery.timeout.ms`'));
  });
});
