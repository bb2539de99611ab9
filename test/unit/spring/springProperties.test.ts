// Spring Boot application.properties: relaxed binding, pass-through maps, Spring's precedence, printing, hover, completion.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actionTitles, analyse, applyAction, applyQuickFix, completeAt, findings, hoverAt, rules } from './springHelpers';

const URI = 'file:///app/src/main/resources/application.properties';

function effective(text: string, key: string): unknown {
  const a = analyse(text, URI)!;
  return [...a.scopes.values()][0]!.effective.get(key).value;
}

describe('spring-properties: dispatch', () => {
  test('an application.properties with spring.kafka keys is a Spring document; without, it is not ours', () => {
    assert.equal(analyse('spring.kafka.producer.acks=all\n', URI)?.document.dialect, 'spring-properties');
    assert.equal(analyse('server.port=8080\nspring.application.name=orders\n', URI), undefined);
    assert.equal(analyse('spring.kafka.consumer.group-id=g\n', URI), undefined, 'consumer-only settings make no producer scope');
    // The Spring Boot Tools language id is accepted too.
    assert.equal(analyse('spring.kafka.producer.acks=1\n', URI, {}, 'spring-boot-properties')?.document.dialect, 'spring-properties');
  });
  test('the rest of the application file is left alone (no unknown keys, no syntax problems outside Kafka lines)', () => {
    const text = 'server.port=8080\nmy.weird\\\n\nspring.kafka.producer.acks=all\nlogging.level.root=INFO\n';
    assert.deepEqual(rules(text, URI), []);
  });
});

describe('spring-properties: relaxed binding and conversion', () => {
  test('kebab, camel, underscore and upper case forms bind the same property; sizes become bytes', () => {
    for (const name of ['batch-size', 'batchSize', 'batch_size', 'BATCH-SIZE']) {
      assert.equal(effective(`spring.kafka.producer.${name}=16KB\n`, 'batch.size'), 16384, name);
    }
    assert.equal(effective('spring.kafka.producer.buffer-memory=64MB\n', 'buffer.memory'), 67108864);
    assert.equal(effective('spring.kafka.producer.batch-size=2048\n', 'batch.size'), 2048);
  });
  test('a malformed size is reported (Spring cannot bind it)', () => {
    assert.deepEqual(rules('spring.kafka.producer.batch-size=16kb\n', URI), ['invalid-value@16kb']);
  });
  test('bracket and dotted pass-through keys, producer and global maps', () => {
    assert.equal(effective('spring.kafka.producer.properties[linger.ms]=7\n', 'linger.ms'), 7);
    assert.equal(effective('spring.kafka.producer.properties.linger.ms=8\n', 'linger.ms'), 8);
    assert.equal(effective('spring.kafka.properties.linger.ms=9\n', 'linger.ms'), 9);
  });
  test('placeholders are unknown and keep rules silent', () => {
    assert.deepEqual(rules('spring.kafka.producer.acks=${KAFKA_ACKS:1}\n', URI), []);
  });
});

describe('spring-properties: precedence (KafkaProperties.buildProducerProperties)', () => {
  test('producer.properties beats first-class, which beats spring.kafka.properties, whatever the line order', () => {
    const text = 'spring.kafka.producer.properties.acks=all\nspring.kafka.producer.acks=1\nspring.kafka.properties.acks=0\n';
    assert.equal(effective(text, 'acks'), '-1');
    const found = rules(text, URI);
    assert.ok(!found.some((f) => f.startsWith('acks-one') || f.startsWith('acks-zero')), found.join());
    assert.ok(found.includes('duplicate-key@spring.kafka.producer.acks'), found.join());
  });
  test('producer first-class overrides the global spring.kafka.properties map', () => {
    assert.equal(effective('spring.kafka.producer.compression-type=zstd\nspring.kafka.properties.compression.type=gzip\n', 'compression.type'), 'zstd');
  });
  test('consumer and admin keys in the shared spring.kafka.properties map are not the producer\'s business', () => {
    assert.deepEqual(rules('spring.kafka.properties.session.timeout.ms=45000\nspring.kafka.properties.group.id=g\nspring.kafka.producer.acks=all\n', URI), []);
    assert.deepEqual(rules('spring.kafka.producer.properties.group.id=g\n', URI), ['misplaced-key@spring.kafka.producer.properties.group.id']);
  });
  test('bootstrap.servers in a properties map is ignored by Spring Boot 3.1+', () => {
    const f = findings('spring.kafka.producer.properties.bootstrap.servers=broker:9092\n', URI);
    assert.deepEqual(f.map((x) => x.rule), ['option-ignored']);
  });
  test('missing-required never fires: Spring supplies bootstrap servers and serializers', () => {
    assert.ok(!rules('spring.kafka.producer.acks=all\n', URI).some((r) => r.startsWith('missing-required')));
  });
});

describe('spring-properties: rules through Spring', () => {
  test('transaction-id-prefix makes the producer transactional and idempotent (Spring putIfAbsent)', () => {
    assert.deepEqual(rules('spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.acks=1\n', URI), ['idempotence-conflict@1']);
    const off = rules('spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.properties.enable.idempotence=false\n', URI);
    assert.deepEqual(off, ['transactional-id-without-idempotence@false']);
  });
  test('a name Spring Boot does not have is reported with the Kafka key it resembles, and renamed into the properties map', () => {
    const text = 'spring.kafka.producer.linger-ms=20\n';
    const f = findings(text, URI);
    assert.equal(f[0]!.rule, 'unknown-key');
    assert.match(f[0]!.message, /Did you mean `linger\.ms`/);
    assert.equal(applyQuickFix(text, URI, 'unknown-key'), 'spring.kafka.producer.properties[linger.ms]=20\n');
  });
  test('suppression comments with #', () => {
    assert.deepEqual(rules('# kafka-lint-disable-next-line acks-one -- accepted\nspring.kafka.producer.acks=1\n', URI), []);
  });
  test('#--- sections are scopes of their own, labelled with their profile', () => {
    const text = 'spring.kafka.producer.acks=all\n#---\nspring.config.activate.on-profile=dev\nspring.kafka.producer.acks=1\n';
    const a = analyse(text, URI)!;
    assert.deepEqual(a.document.scopes.map((s) => s.label), ['application.properties', 'application.properties (profile dev)']);
    assert.deepEqual(rules(text, URI), ['acks-one@1']);
  });
  test('two sections for the same profile are told apart by their number', () => {
    const section = (acks: string) => `#---\nspring.config.activate.on-profile=test\nspring.kafka.producer.acks=${acks}\n`;
    const a = analyse(`spring.kafka.producer.acks=all\n${section('1')}${section('0')}`, URI)!;
    assert.deepEqual(a.document.scopes.map((s) => s.label), [
      'application.properties',
      'application.properties (profile test, section 2)',
      'application.properties (profile test, section 3)',
    ]);
  });
});

describe('spring-properties: printing', () => {
  test('a fix rewrites the winning value in place', () => {
    const text = 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.acks = 1\n';
    assert.equal(applyQuickFix(text, URI, 'idempotence-conflict'), 'spring.kafka.producer.transaction-id-prefix=tx-\nspring.kafka.producer.acks = all\n');
  });
  test('a profile adds first-class kebab-case properties where Spring has one and the properties map otherwise', () => {
    const text = 'server.port=8080\nspring.kafka.producer.acks=1\nspring.kafka.producer.properties[enable.idempotence]=false\nlogging.level.root=INFO\n';
    const title = actionTitles(text, URI).find((t) => t.startsWith('Apply producer profile: Reliable'));
    assert.ok(title, actionTitles(text, URI).join(' | '));
    const out = applyAction(text, URI, title!);
    assert.match(out, /spring\.kafka\.producer\.acks=all\n/);
    assert.match(out, /spring\.kafka\.producer\.properties\[enable\.idempotence\]=true\n/);
    assert.ok(out.startsWith('server.port=8080\n') && out.endsWith('logging.level.root=INFO\n'), out);
    // Applying it again changes nothing.
    assert.ok(!actionTitles(out, URI).some((t) => t.startsWith('Apply producer profile: Reliable (')), actionTitles(out, URI).join(' | '));
  });
  test('a value shared through spring.kafka.properties is overridden for the producer, not edited', () => {
    const text = 'spring.kafka.properties.acks=1\n';
    const title = actionTitles(text, URI).find((t) => t.startsWith('Apply producer profile: Reliable'))!;
    const out = applyAction(text, URI, title);
    assert.ok(out.startsWith('spring.kafka.properties.acks=1\n'), out);
    assert.match(out, /spring\.kafka\.producer\.acks=all/);
  });
});

describe('spring-properties: hover and completion', () => {
  test('hover names the Kafka key, the bytes, the Kafka default and the effective value', () => {
    const h = hoverAt('spring.kafka.producer.batch-si|ze=32KB\n', URI);
    assert.match(h, /\*\*Spring Boot\*\* `spring\.kafka\.producer\.batch-size` → Kafka `batch\.size`/);
    assert.match(h, /32768 bytes/);
    assert.match(h, /Default \(Kafka 4\.3\)/);
    assert.match(h, /Effective here/);
  });
  test('hover on a serializer property shows Spring\'s own default', () => {
    assert.match(hoverAt('spring.kafka.producer.key-ser|ializer=org.apache.kafka.common.serialization.LongSerializer\n', URI), /Spring's default: `org\.apache\.kafka\.common\.serialization\.StringSerializer`/);
  });
  test('hover on an overridden property says which one wins', () => {
    const h = hoverAt('spring.kafka.producer.ac|ks=1\nspring.kafka.producer.properties.acks=all\n', URI);
    assert.match(h, /Not used: `spring\.kafka\.producer\.properties\.acks` \(line 2\)/);
  });
  test('completion offers producer properties and pass-through Kafka keys, then values', () => {
    const keys = completeAt('spring.kafka.producer.acks=all\nspring.kafka.producer.|\n', URI);
    assert.ok(keys.includes('spring.kafka.producer.compression-type'));
    assert.ok(keys.includes('spring.kafka.producer.properties.linger.ms'));
    const values = completeAt('spring.kafka.producer.acks=|\n', URI);
    assert.deepEqual(values.slice(0, 4).sort(), ['-1', '0', '1', 'all']);
  });
});
