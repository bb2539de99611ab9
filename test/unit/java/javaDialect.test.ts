// Java sources: producer maps found with a real parser, keys from constants, values resolved or unknown, Spring's factory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import { analyse, completeAt, findings, hoverAt } from '../spring/springHelpers';

/** Findings above hint severity (closed Java scopes also get style hints such as compression-disabled). */
function rules(text: string, uri: string): string[] {
  return findings(text, uri).filter((f) => f.severity !== 'hint').map((f) => `${f.rule}@${f.at}`);
}

const URI = 'file:///app/src/main/java/com/example/KafkaProducerConfig.java';

/** The notes' ProducerFactory bean, with `extra` statements added before the factory is created. */
function notesConfig(extra = '', prefix = 'factory.setTransactionIdPrefix("my-app-transactional-id-");'): string {
  return `package com.example;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

@Configuration
public class KafkaProducerConfig {

    @Bean
    public ProducerFactory<String, String> producerFactory() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);${extra}

        DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(props);
        ${prefix}
        return factory;
    }

    @Bean
    public KafkaTemplate<String, String> kafkaTemplate() {
        return new KafkaTemplate<>(producerFactory());
    }
}
`;
}

function scopes(text: string) {
  return [...(analyse(text, URI)?.scopes.values() ?? [])];
}

function values(text: string, i = 0): Record<string, unknown> {
  const s = scopes(text)[i]!;
  return Object.fromEntries(s.scope.entries.map((e) => [e.key, e.value.kind === 'unknown' ? '?' : (e.value as { value: unknown }).value]));
}

describe('java: finding producer maps', () => {
  test("the notes' transactional ProducerFactory is one scope with no false findings", () => {
    const text = notesConfig();
    const s = scopes(text);
    assert.equal(s.length, 1);
    assert.equal(s[0]!.scope.label, 'props → new DefaultKafkaProducerFactory<>(…)');
    assert.equal(s[0]!.scope.open, false);
    assert.deepEqual(values(text), {
      'bootstrap.servers': 'localhost:9092',
      'enable.idempotence': true,
      'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
      'value.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
      'transactional.id': 'my-app-transactional-id-',
    });
    assert.equal(s[0]!.effective.transactional, true);
    assert.ok(!findings(text, URI).some((f) => f.severity === 'error' || f.severity === 'warning'), JSON.stringify(findings(text, URI)));
  });
  test('setTransactionIdPrefix makes the producer transactional: acks=1 is then a start-up failure', () => {
    const text = notesConfig('\n        props.put(ProducerConfig.ACKS_CONFIG, "1");');
    assert.deepEqual(rules(text, URI), ['idempotence-conflict@"1"']);
  });
  test('without enable.idempotence, Spring adds it for a transactional factory (putIfAbsent)', () => {
    const text = notesConfig('\n        props.put(ProducerConfig.ACKS_CONFIG, "1");').replace('        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);\n', '');
    assert.deepEqual(rules(text, URI), ['idempotence-conflict@"1"']);
  });
  test('constants, string keys, setProperty, Map.of, Map.ofEntries and the sinks', () => {
    const text = `import org.apache.kafka.clients.producer.*;
import static org.apache.kafka.clients.producer.ProducerConfig.LINGER_MS_CONFIG;
class P {
  static final int BATCH = 32 * 1024;
  static final String SERVERS = "b1:9092" + ",b2:9092";
  void a() {
    Properties p = new Properties();
    p.setProperty("bootstrap.servers", SERVERS);
    p.put(LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH);
    p.put(CommonClientConfigs.RETRIES_CONFIG, Integer.MAX_VALUE);
    p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    p.put("value.serializer", StringSerializer.class.getName());
    new KafkaProducer<String, String>(p);
  }
  KafkaProducer<String, String> b() {
    return new KafkaProducer<>(Map.of(ProducerConfig.ACKS_CONFIG, "0", ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "x:1"), new StringSerializer(), new StringSerializer());
  }
  void c() {
    var cfg = Map.ofEntries(Map.entry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"), Map.entry("bootstrap.servers", "y:1"));
    SenderOptions.create(cfg);
  }
}`;
    assert.deepEqual(values(text, 0), {
      'bootstrap.servers': 'b1:9092,b2:9092',
      'linger.ms': 20,
      'batch.size': 32768,
      retries: 2147483647,
      'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
      'value.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
    });
    assert.deepEqual(values(text, 1), { acks: '0', 'bootstrap.servers': 'x:1', 'key.serializer': '?', 'value.serializer': '?' });
    assert.deepEqual(values(text, 2), { 'compression.type': 'zstd', 'bootstrap.servers': 'y:1' });
    const found = rules(text, URI);
    assert.ok(found.includes('acks-zero@"0"'), found.join());
    // Serializers passed to the constructor and SenderOptions' own serializers keep missing-required quiet in b() …
    assert.ok(!found.some((f) => f.startsWith('missing-required') && f.includes('ACKS')), found.join());
  });
  test('a config-bean method returning the map, used by the factory', () => {
    const text = `import org.apache.kafka.clients.producer.ProducerConfig;
class C {
  @Bean public Map<String, Object> producerConfigs() {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092");
    props.put(ProducerConfig.ACKS_CONFIG, "1");
    props.put(ProducerConfig.RETRIES_CONFIG, 0);
    return props;
  }
  @Bean public ProducerFactory<String, String> producerFactory() {
    return new DefaultKafkaProducerFactory<>(producerConfigs(), new StringSerializer(), new StringSerializer());
  }
}`;
    assert.equal(scopes(text).length, 1);
    assert.deepEqual(rules(text, URI), ['acks-one@"1"']);
  });
});

describe('java: false-positive traps', () => {
  test('consumer maps, admin maps and unrelated Map.of are not producer scopes', () => {
    const text = `import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
class C {
  void consumer() {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "b:9092");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
    props.put("acks", "0");
    new KafkaConsumer<>(props);
  }
  void admin() {
    Properties p = new Properties();
    p.put("bootstrap.servers", "b:9092");
    p.put("retries", 0);
    AdminClient.create(p);
  }
  Map<String, Integer> scores() { return Map.of("alice", 1, "bob", 2); }
  void unrelated() { Map<String, Object> m = new HashMap<>(); m.put("acks", "0"); log(m); }
}`;
    assert.equal(analyse(text, URI), undefined);
  });
  test('a file that never names Kafka is not parsed at all', () => {
    const fresh = createLanguageService();
    const r = fresh.analyze({ uri: URI, version: 1, text: 'class A { void m() { Map.of("acks", "0"); } }' }, normalizeSettings({}));
    assert.equal(r, undefined);
    assert.equal(fresh.javaParserLoaded, false);
  });
});

describe('java: unknown values stay unknown', () => {
  test('parameters, injected fields and computed values keep rules silent', () => {
    const text = `import org.apache.kafka.clients.producer.ProducerConfig;
class C {
  @Value("\${kafka.acks}") private String acks;
  KafkaProducer<String, String> create(String servers, int linger) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    props.put(ProducerConfig.ACKS_CONFIG, acks);
    props.put(ProducerConfig.LINGER_MS_CONFIG, linger);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, System.getenv("COMPRESSION"));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return new KafkaProducer<>(props);
  }
}`;
    assert.deepEqual(rules(text, URI), []);
  });
  test('putAll of an unknown map opens the scope: no missing-required, earlier values may be replaced', () => {
    const text = `import org.apache.kafka.clients.producer.ProducerConfig;
class C {
  ProducerFactory<String, String> pf(KafkaProperties kafka) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.ACKS_CONFIG, "1");
    props.putAll(kafka.buildProducerProperties(null));
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new DefaultKafkaProducerFactory<>(props);
  }
}`;
    const s = scopes(text)[0]!;
    assert.equal(s.scope.open, true);
    assert.deepEqual(rules(text, URI), ['batching-disabled@0']);
  });
  test('a put inside an if or a loop is not taken as certain', () => {
    const text = notesConfig('\n        if (fast) {\n            props.put(ProducerConfig.ACKS_CONFIG, "1");\n        }');
    assert.deepEqual(rules(text, URI), []);
  });
});

describe('java: suppression comments', () => {
  test('// kafka-lint-disable-next-line silences the rule on the next statement', () => {
    const text = notesConfig('\n        // kafka-lint-disable-next-line idempotence-conflict -- checked by ops\n        props.put(ProducerConfig.ACKS_CONFIG, "1");');
    assert.deepEqual(rules(text, URI), []);
  });
});

describe('java: values of the wrong Java type', () => {
  test('ConfigDef rejects an Integer for a STRING key and a Long for an INT key', () => {
    const text = notesConfig('\n        props.put(ProducerConfig.ACKS_CONFIG, 1);\n        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384L);\n        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);');
    const f = findings(text, URI).filter((x) => x.rule === 'invalid-value');
    assert.deepEqual(f.map((x) => x.at), ['1', '16384L']);
    assert.match(f[0]!.message, /Expected value to be a string, but it was a java\.lang\.Integer/);
  });
});

describe('java: robustness', () => {
  test('half-typed code never throws and the rest of the file is still analysed', () => {
    const base = notesConfig('\n        props.put(ProducerConfig.ACKS_CONFIG, "0");');
    const broken = [
      base.replace('props.put(ProducerConfig.ACKS_CONFIG, "0");', 'props.put(ProducerConfig.ACKS_CONFIG, "0");\n        props.put(ProducerConfig.LINGER_MS_CONFIG, '),
      base.replace('return factory;', 'return factory'),
      base.replace('"localhost:9092"', '"localhost:9092'),
      base.slice(0, base.length - 40),
      'class {{{{ ProducerConfig ((((',
      '',
    ];
    for (const text of broken) assert.doesNotThrow(() => analyse(text, URI));
    // acks=0 next to enable.idempotence=true: still found although another line is broken.
    assert.ok(rules(broken[0]!, URI).includes('idempotence-conflict@"0"'), rules(broken[0]!, URI).join());
    assert.ok(rules(broken[1]!, URI).includes('idempotence-conflict@"0"'), rules(broken[1]!, URI).join());
  });
  test('a large generated file parses in bounded time', () => {
    let text = 'import org.apache.kafka.clients.producer.ProducerConfig;\npublic class Big {\n';
    for (let i = 0; i < 300; i++) {
      text += `  public Map<String, Object> m${i}() {\n    Map<String, Object> props = new HashMap<>();\n    props.put(ProducerConfig.ACKS_CONFIG, "all");\n    props.put("linger.ms", ${i});\n    if (x > ${i}) { props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE); } else { foo.bar(baz -> baz.qux(1, 2, "s")); }\n    return props;\n  }\n`;
    }
    text += '}\n';
    const t0 = Date.now();
    const a = analyse(text, URI);
    const ms = Date.now() - t0;
    assert.ok(a && a.document.scopes.length === 300, String(a?.document.scopes.length));
    assert.ok(ms < 15000, `${ms} ms`);
  });
});

describe('java: hover and completion', () => {
  test('hover on a constant shows the key it holds and the key docs', () => {
    const h = hoverAt(notesConfig().replace('ENABLE_IDEMPOTENCE_CONFIG', 'ENABLE_IDEMPOT|ENCE_CONFIG'), URI);
    assert.match(h, /`ProducerConfig\.ENABLE_IDEMPOTENCE_CONFIG` = `"enable\.idempotence"`/);
    assert.match(h, /ProducerConfig\.java:\d+/);
    assert.match(h, /\*\*enable\.idempotence\*\*/);
  });
  test('hover on setTransactionIdPrefix explains the transactional factory', () => {
    assert.match(hoverAt(notesConfig().replace('setTransactionIdPrefix', 'setTransaction|IdPrefix'), URI), /makes the factory transactional/);
  });
  test('completion of values inside the string literal', () => {
    const items = completeAt(notesConfig('\n        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "l|z4");'), URI);
    assert.ok(items.includes('zstd') && items.includes('lz4'), items.join());
  });
  test('completion of producer keys inside a string-literal key', () => {
    const items = completeAt(notesConfig('\n        props.put("lin|ger", 5);'), URI);
    assert.ok(items.includes('linger.ms') && items.includes('enable.idempotence'), items.slice(0, 5).join());
  });
});
