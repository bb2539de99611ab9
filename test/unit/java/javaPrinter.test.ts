// Printing fixes into Java: values typed as ConfigDef accepts them, new puts in the file's key style and indentation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { printFix } from '../../../server/src/service/dialects';
import { applyChanges } from '../../../server/src/service/dialects/properties/printer';
import { analyse, applyQuickFix } from '../spring/springHelpers';

const URI = 'file:///app/src/main/java/Cfg.java';

function printSet(text: string, values: Record<string, string | number | boolean>, scope = 0): string {
  const doc = analyse(text, URI)!.document;
  const scopeId = doc.scopes[scope]!.id;
  return applyChanges(text, printFix(doc, Object.entries(values).map(([key, value]) => ({ kind: 'set' as const, scopeId, key, value }))));
}

const FACTORY = `import org.apache.kafka.clients.producer.ProducerConfig;
class Cfg {
    ProducerFactory<String, String> pf() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "1");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new DefaultKafkaProducerFactory<>(props);
    }
}
`;

describe('java printer', () => {
  test('a quick fix rewrites the value literal', () => {
    assert.equal(applyQuickFix(FACTORY, URI, 'idempotence-conflict'), FACTORY.replace('ACKS_CONFIG, "1"', 'ACKS_CONFIG, "all"'));
  });
  test('new keys are put after the last put, with ProducerConfig constants and typed values', () => {
    const out = printSet(FACTORY, { 'linger.ms': 20, 'compression.type': 'zstd', 'max.in.flight.requests.per.connection': 5, retries: 2147483647 });
    assert.ok(
      out.includes(
        '        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);\n' +
          '        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);\n' +
          '        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");\n' +
          '        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);\n' +
          '        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);\n' +
          '        return new DefaultKafkaProducerFactory<>(props);',
      ),
      out,
    );
    assert.deepEqual(analyse(out, URI)!.document.problems, [], 'what is printed has the Java type ConfigDef accepts');
    assert.equal(printSet(out, { 'linger.ms': 20, 'compression.type': 'zstd' }), out, 'setting the same values again changes nothing');
  });
  test('a Properties filled with setProperty gets setProperty and Strings', () => {
    const text = 'class C {\n  void m() {\n    Properties p = new Properties();\n    p.setProperty("bootstrap.servers", "b:9092");\n    p.setProperty("acks", "1");\n    new KafkaProducer<>(p);\n  }\n}\n';
    assert.equal(printSet(text, { 'linger.ms': 10 }), text.replace('    p.setProperty("acks", "1");\n', '    p.setProperty("acks", "1");\n    p.setProperty("linger.ms", "10");\n'));
  });
  test('Map.of gets a new pair; a duplicate pair is removed with its comma', () => {
    const text = 'class C {\n  KafkaProducer<String, String> m() {\n    return new KafkaProducer<>(Map.of("bootstrap.servers", "b:9092", "acks", "0", "acks", "all"));\n  }\n}\n';
    assert.match(printSet(text, { 'linger.ms': 5 }), /Map\.of\("bootstrap\.servers", "b:9092", "acks", "0", "acks", "all", "linger\.ms", "5"\)/, 'a Map.of of Strings is a Map<String, String>: the value is a String too');
    assert.equal(applyQuickFix(text, URI, 'duplicate-key'), text.replace('"acks", "0", ', ''));
  });
  test('a duplicate put is removed with its line', () => {
    const text = FACTORY.replace('        props.put(ProducerConfig.ACKS_CONFIG, "1");\n', '        props.put(ProducerConfig.ACKS_CONFIG, "1");\n        props.put(ProducerConfig.ACKS_CONFIG, "all");\n');
    assert.equal(applyQuickFix(text, URI, 'duplicate-key'), FACTORY.replace('ACKS_CONFIG, "1"', 'ACKS_CONFIG, "all"'));
  });
  test('a misspelt string key is renamed in place', () => {
    const text = FACTORY.replace('props.put(ProducerConfig.ACKS_CONFIG, "1");', 'props.put(ProducerConfig.ACKS_CONFIG, "all");\n        props.put("linger_ms", 5);');
    assert.match(applyQuickFix(text, URI, 'unknown-key'), /props\.put\("linger\.ms", 5\);/);
  });
});
