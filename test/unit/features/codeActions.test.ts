// Code actions: quick fixes keep everything else, suppression comments, fix-all, profiles.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actions, applyAction, lint } from '../../helpers/lint';

describe('code actions', () => {
  test('fix all applies only safe fixes, keeps comments and order, and is idempotent', () => {
    const text = '# producer\nacks=ALL\n\n# batching\nlinger.ms=5ms\ndelivery.timeout.ms=30000\nacks=all\nlinger_ms=3\n';
    const fixAll = actions(text, {}, ['source.fixAll']).find((a) => a.kind === 'source.fixAll.kafkaProducer')!;
    const fixed = applyAction(text, fixAll);
    assert.equal(fixed, '# producer\n\n# batching\nlinger.ms=5\ndelivery.timeout.ms=30005\nacks=all\nlinger_ms=3\n');
    // The unknown key is not fixed by fix-all (renaming is the user's call); nothing left to fix twice.
    assert.equal(actions(fixed, {}, ['source.fixAll']).filter((a) => a.kind === 'source.fixAll.kafkaProducer').length, 0);
  });
  test('suppression comments disable a rule for the next line or the file', () => {
    const text = 'acks=all\nlinger_ms=3\n';
    const line = actions(text, {}, ['quickfix']).find((a) => a.title === 'Disable unknown-key for this line')!;
    const suppressed = applyAction(text, line);
    assert.equal(suppressed, 'acks=all\n# kafka-lint-disable-next-line unknown-key -- reason\nlinger_ms=3\n');
    assert.deepEqual(lint(suppressed).filter((f) => f.rule === 'unknown-key'), []);
    const file = actions(text, {}, ['quickfix']).find((a) => a.title === 'Disable unknown-key for this file')!;
    assert.deepEqual(lint(applyAction(text, file)).filter((f) => f.rule === 'unknown-key'), []);
  });
  test('a suppression names only its rule', () => {
    const text = '# kafka-lint-disable-next-line acks-zero\nacks=ALL\n';
    assert.equal(lint(text).filter((f) => f.rule === 'invalid-value').length, 1);
    assert.equal(lint('# kafka-lint-disable-file\nacks=ALL\n').length, 0);
  });
  test('rule severities come from settings', () => {
    assert.equal(lint('linger_ms=1\n', { rules: { 'unknown-key': 'error' } }).find((f) => f.rule === 'unknown-key')!.severity, 'error');
    assert.equal(lint('linger_ms=1\n', { rules: { 'unknown-key': 'off' } }).filter((f) => f.rule === 'unknown-key').length, 0);
    assert.equal(lint('linger_ms=1\n', { enable: false }).length, 0);
  });
  test('CRLF files stay CRLF', () => {
    const text = 'acks=ALL\r\nlinger.ms=5\r\n';
    const fix = actions(text, {}, ['quickfix']).find((a) => a.title === 'Change to `all`')!;
    assert.equal(applyAction(text, fix), 'acks=all\r\nlinger.ms=5\r\n');
  });
});

describe('parse problems that carry a rule id', () => {
  test('follow the rule severity setting and suppression comments (Java value of the wrong type is invalid-value)', async () => {
    const { service, settings } = await import('../../helpers/lint');
    const java = `import org.apache.kafka.clients.producer.*;
import java.util.*;
class P {
  KafkaProducer<String, String> p() {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384L);
    return new KafkaProducer<>(props);
  }
}
`;
    const doc = (text: string) => ({ uri: 'file:///w/P.java', languageId: 'java', version: Math.random(), text });
    const codes = (text: string, s = settings()) => service.validate(doc(text), s).map((d) => `${d.code}:${d.severity}`);
    assert.ok(codes(java).includes('invalid-value:1'));
    assert.ok(!codes(java, settings({ rules: { 'invalid-value': 'off' } })).some((c) => c.startsWith('invalid-value')));
    assert.ok(codes(java, settings({ rules: { 'invalid-value': 'warning' } })).includes('invalid-value:2'));
    const suppressed = java.replace('    props.put(ProducerConfig.BATCH_SIZE_CONFIG', '    // kafka-lint-disable-next-line invalid-value -- legacy\n    props.put(ProducerConfig.BATCH_SIZE_CONFIG');
    assert.ok(!codes(suppressed).some((c) => c.startsWith('invalid-value')));
    assert.deepEqual(service.validate({ uri: 'file:///w/producer.properties', languageId: 'kafka-properties', version: 1, text: 'a\\u12=b\n' }, settings({ enable: false })), []);
  });
});
