// Spring Boot application.yml: nested, dotted and bracket keys with exact ranges, YAML 1.1 scalars, documents, printing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actionTitles, analyse, applyAction, applyQuickFix, completeAt, findings, hoverAt, rules } from './springHelpers';
import { printFix } from '../../../server/src/service/dialects';
import { applyChanges } from '../../../server/src/service/dialects/properties/printer';

const URI = 'file:///app/src/main/resources/application.yml';

const APP = `server:
  port: 8080
spring:
  application:
    name: orders
  kafka:
    bootstrap-servers:
      - broker-1:9092
      - broker-2:9092
    producer:
      acks: 1
      batch-size: 32KB
      properties:
        linger.ms: 10
        "[max.in.flight.requests.per.connection]": 5
`;

/** Prints `set` intents for the first scope and applies them. */
function printSet(text: string, values: Record<string, string | number | boolean>): string {
  const doc = analyse(text, URI)!.document;
  const scopeId = doc.scopes[0]!.id;
  return applyChanges(text, printFix(doc, Object.entries(values).map(([key, value]) => ({ kind: 'set' as const, scopeId, key, value }))));
}

function scopeOf(text: string) {
  return [...analyse(text, URI)!.scopes.values()][0]!;
}

describe('spring-yaml: reading', () => {
  test('nested, list, bracket and dotted keys map to Kafka keys with exact ranges', () => {
    const s = scopeOf(APP);
    const byKey = Object.fromEntries(s.scope.entries.map((e) => [e.key, APP.slice(e.valueSpan.start, e.valueSpan.end)]));
    assert.deepEqual(byKey, {
      'bootstrap.servers': '- broker-1:9092\n      - broker-2:9092',
      acks: '1',
      'batch.size': '32KB',
      'linger.ms': '10',
      'max.in.flight.requests.per.connection': '5',
    });
    assert.deepEqual(s.effective.get('bootstrap.servers').value, ['broker-1:9092', 'broker-2:9092']);
    assert.equal(s.effective.get('batch.size').value, 32768);
    assert.deepEqual(rules(APP, URI), ['acks-one@1']);
  });
  test('flat dotted keys at the root work like nested ones', () => {
    assert.deepEqual(rules('spring.kafka.producer.acks: 0\n', URI), ['acks-zero@0']);
    assert.deepEqual(rules('spring:\n  kafka.producer:\n    acks: 0\n', URI), ['acks-zero@0']);
  });
  test("YAML 1.1 scalars are read the way Spring's SnakeYAML reads them", () => {
    assert.equal(scopeOf('spring.kafka.producer.properties:\n  enable.idempotence: yes\n').effective.get('enable.idempotence').value, true);
    assert.equal(scopeOf('spring.kafka.producer.retries: 010\n').effective.get('retries').value, 8);
  });
  test('documents are scopes of their own; on-profile labels them', () => {
    const text = 'spring.kafka.producer.acks: all\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  kafka:\n    producer:\n      acks: 0\n';
    const a = analyse(text, URI)!;
    assert.deepEqual(a.document.scopes.map((s) => s.label), ['application.yml', 'application.yml (profile dev)']);
    assert.deepEqual(rules(text, URI), ['acks-zero@0']);
  });
  test('two documents for the same profile are told apart by their number', () => {
    const doc = (acks: string) => `---\nspring.config.activate.on-profile: test\nspring.kafka.producer.acks: ${acks}\n`;
    const a = analyse(`spring.kafka.producer.acks: all\n${doc('1')}${doc('0')}`, URI)!;
    assert.deepEqual(a.document.scopes.map((s) => s.label), ['application.yml', 'application.yml (profile test, document 2)', 'application.yml (profile test, document 3)']);
  });
  test('only application files with spring.kafka producer keys are ours', () => {
    assert.equal(analyse('server:\n  port: 8080\n', URI), undefined);
    assert.equal(analyse('spring:\n  kafka:\n    consumer:\n      group-id: g\n', URI), undefined);
    assert.equal(analyse('spring.kafka.producer.acks: 1\n', 'file:///app/docker-compose.yml'), undefined);
    assert.equal(analyse('spring.kafka.producer.acks: 1\n', 'file:///app/application-prod.yaml')?.document.dialect, 'spring-yaml');
  });
  test('broken YAML never throws', () => {
    for (const text of ['spring:\n  kafka:\n    producer:\n      acks: [1\n', 'spring: {kafka: {producer: {acks: 0}}\n', '\t\t: : :\n---\n- - -', 'spring:\n  kafka:\n    producer:\n      acks: *nope\n']) {
      assert.doesNotThrow(() => analyse(text, URI));
    }
  });
  test('suppression comments and the file disable directive', () => {
    assert.deepEqual(rules('spring.kafka.producer:\n  # kafka-lint-disable-next-line acks-one\n  acks: 1\n', URI), []);
    assert.deepEqual(rules('# kafka-lint-disable-file\nspring.kafka.producer.acks: 1\n', URI), []);
  });
  test('transaction-id-prefix with acks=1 is the start-up failure Spring users hit', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: 1\n      transaction-id-prefix: tx-\n';
    const f = findings(text, URI);
    assert.deepEqual(f.map((x) => `${x.rule}@${x.at}`), ['idempotence-conflict@1']);
  });
});

describe('spring-yaml: printing', () => {
  test('a value is replaced in place', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: 1 # fast\n      transaction-id-prefix: tx-\n';
    assert.equal(applyQuickFix(text, URI, 'idempotence-conflict'), 'spring:\n  kafka:\n    producer:\n      acks: all # fast\n      transaction-id-prefix: tx-\n');
  });
  test('new keys go into the producer block with its indentation, creating the properties block when needed', () => {
    const text = 'spring:\n    kafka:\n        producer:\n            acks: 1\n            retries: 3\nserver:\n    port: 8080\n';
    const out = printSet(text, { 'compression.type': 'zstd', 'linger.ms': 20, 'enable.idempotence': true });
    assert.equal(
      out,
      'spring:\n    kafka:\n        producer:\n            acks: 1\n            retries: 3\n            compression-type: zstd\n' +
        '            properties:\n                linger.ms: 20\n                enable.idempotence: true\nserver:\n    port: 8080\n',
    );
    // Setting the same values again changes nothing.
    assert.equal(printSet(out, { 'compression.type': 'zstd', 'linger.ms': 20, 'enable.idempotence': true }), out);
  });
  test('a file with spring.kafka but no producer block gets one', () => {
    const text = 'spring:\n  kafka:\n    bootstrap-servers: b:9092\n';
    assert.equal(printSet(text, { acks: 'all' }), 'spring:\n  kafka:\n    bootstrap-servers: b:9092\n    producer:\n      acks: all\n');
  });
  test('strings YAML would read as something else are quoted', () => {
    const text = 'spring.kafka.producer.acks: 1\n';
    assert.match(printSet(text, { 'client.id': 'on' }), /client-id: 'on'/);
  });
  test('an existing properties block receives pass-through keys in its own style', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      properties:\n        "[enable.idempotence]": false\n      acks: all\n';
    const title = actionTitles(text, URI).find((t) => t.startsWith('Apply producer profile: Reliable'))!;
    assert.match(applyAction(text, URI, title), /"\[enable\.idempotence\]": true/);
  });
  test('renaming an ignored Spring name moves it under properties', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      linger-ms: 20\n';
    assert.equal(applyQuickFix(text, URI, 'unknown-key'), 'spring:\n  kafka:\n    producer:\n      properties.linger.ms: 20\n');
  });
  test('removing the only entry of a block removes the block', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: all\n      properties:\n        acks: all\n';
    const out = applyQuickFix(text, URI, 'duplicate-key');
    assert.equal(out, 'spring:\n  kafka:\n    producer:\n      properties:\n        acks: all\n');
  });
});

describe('spring-yaml: hover and completion', () => {
  test('hover on a nested key maps it to Kafka and shows the effective value', () => {
    const h = hoverAt(APP.replace('batch-size:', 'batch-si|ze:'), URI);
    assert.match(h, /→ Kafka `batch\.size`/);
    assert.match(h, /32768 bytes/);
  });
  test('hover on a pass-through key explains the map', () => {
    assert.match(hoverAt(APP.replace('linger.ms:', 'linger|.ms:'), URI), /`spring\.kafka\.producer\.properties` entry: Kafka `linger\.ms`/);
  });
  test('completion inside the producer block and the properties block, and of values', () => {
    const inProducer = completeAt('spring:\n  kafka:\n    producer:\n      acks: 1\n      |\n', URI);
    assert.ok(inProducer.includes('compression-type') && inProducer.includes('properties'), inProducer.join());
    const inProps = completeAt('spring:\n  kafka:\n    producer:\n      acks: 1\n      properties:\n        |\n', URI);
    assert.ok(inProps.includes('linger.ms'), inProps.join());
    const values = completeAt('spring:\n  kafka:\n    producer:\n      acks: 1\n      compression-type: |\n', URI);
    assert.ok(values.includes('zstd'), values.join());
  });
});
