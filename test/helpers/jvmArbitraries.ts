// fast-check generators of JVM producer configs: Java config classes, Spring Boot application .properties and .yml, and their mutations.
import fc from 'fast-check';
import { JAVA_CONFIG_CONSTANTS } from '../../server/src/service/catalog/java/constants.generated';
import { SPRING_KAFKA_PROPERTIES } from '../../server/src/service/catalog/spring/springKafkaProperties';
import { RULES } from '../../server/src/service/rules/registry';
import { keyArb, valueArb } from './producerArbitraries';

const RULE_IDS = RULES.map((r) => r.id);

/** The keys the rules care most about, and the values that make them speak. */
const HOT_KEYS = [
  'acks', 'enable.idempotence', 'retries', 'max.in.flight.requests.per.connection', 'delivery.timeout.ms', 'linger.ms',
  'request.timeout.ms', 'batch.size', 'buffer.memory', 'compression.type', 'transactional.id', 'transaction.timeout.ms',
  'max.request.size', 'bootstrap.servers', 'key.serializer', 'value.serializer', 'security.protocol', 'sasl.mechanism',
  'max.block.ms', 'retry.backoff.ms', 'retry.backoff.max.ms', 'partitioner.class', 'client.id',
];

const kafkaKeyArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOT_KEYS) }, { weight: 2, arbitrary: keyArb });

/** Values that make the rules about a key speak (and some that make it invalid). */
const KEY_VALUES: Readonly<Record<string, readonly string[]>> = {
  acks: ['0', '1', 'all', '-1', 'ALL', '2'],
  'enable.idempotence': ['true', 'false', 'TRUE', 'yes'],
  retries: ['0', '3', '2147483647', '-1'],
  'max.in.flight.requests.per.connection': ['1', '5', '6', '10'],
  'delivery.timeout.ms': ['1000', '30000', '120000', '5ms'],
  'linger.ms': ['0', '5', '20', '5000', '5ms'],
  'request.timeout.ms': ['30000', '1000', '60000'],
  'batch.size': ['0', '16384', '16KB', '64KB', '1MB', '100'],
  'buffer.memory': ['1024', '32MB', '1KB', '33554432'],
  'compression.type': ['none', 'lz4', 'zstd', 'LZ4', 'brotli'],
  'transactional.id': ['tx-1', '', 'orders-tx-'],
  'transaction.timeout.ms': ['60000', '900000', '1000'],
  'max.request.size': ['1048576', '10485760', '20000000'],
  'security.protocol': ['SASL_SSL', 'SSL', 'PLAINTEXT', 'SASL_PLAINTEXT'],
  'sasl.mechanism': ['', 'PLAIN', 'SCRAM-SHA-512'],
  'max.block.ms': ['0', '60000'],
  'retry.backoff.ms': ['100', '5000'],
  'retry.backoff.max.ms': ['1000', '50'],
  'partitioner.class': ['org.apache.kafka.clients.producer.RoundRobinPartitioner'],
  'key.serializer': ['org.apache.kafka.common.serialization.StringSerializer', 'com.example.Nope'],
  'value.serializer': ['org.apache.kafka.common.serialization.StringSerializer'],
  'bootstrap.servers': ['localhost:9092', ''],
  'client.id': ['orders'],
};

/** The values that matter to a key, if listed (own keys only: a generated key may be `constructor` or `toString`). */
const valuesOf = (key: string | undefined): readonly string[] | undefined => (key && Object.hasOwn(KEY_VALUES, key) ? KEY_VALUES[key] : undefined);

/** A value for a key: one that matters to it half of the time, any value otherwise. */
const valueForKey = (key: string | undefined, any: fc.Arbitrary<string>): fc.Arbitrary<string> => {
  const own = valuesOf(key);
  return own ? fc.oneof(fc.constantFrom(...own), any) : any;
};

/** A small deterministic generator of choices (renderers take many small decisions from one seed). */
function chooser(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

// ------------------------------------------------------------------------------------------------------------- Java

/** Java constants that hold a key, by the key: `ProducerConfig.ACKS_CONFIG`, `CommonClientConfigs.RETRIES_CONFIG`. */
const CONSTANTS_BY_KEY = new Map<string, Array<{ cls: string; name: string }>>();
for (const [cls, members] of Object.entries(JAVA_CONFIG_CONSTANTS)) {
  for (const [name, c] of Object.entries(members)) {
    const list = CONSTANTS_BY_KEY.get(c.key) ?? [];
    list.push({ cls, name });
    CONSTANTS_BY_KEY.set(c.key, list);
  }
}

/** A Java string literal. */
export function javaString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/** A key as Java code writes it: a config constant (qualified or statically imported), a string, a foreign constant. */
const javaKeyArb: fc.Arbitrary<{ code: string; key?: string }> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(kafkaKeyArb, fc.nat(), fc.constantFrom('qualified', 'qualified', 'static', 'string')).map(([key, pick, style]) => {
      const cs = CONSTANTS_BY_KEY.get(key);
      if (!cs || style === 'string') return { code: javaString(key), key };
      const c = cs[pick % cs.length]!;
      return { code: style === 'static' ? c.name : `${c.cls}.${c.name}`, key };
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('ConsumerConfig.GROUP_ID_CONFIG', 'ConsumerConfig.AUTO_OFFSET_RESET_CONFIG', 'ProducerConfig.NO_SUCH_CONFIG', 'KEY', 'this.key', 'keys.get(0)').map((code) => ({ code })),
  },
);

const JAVA_VALUE_EXPRESSIONS = [
  'true', 'false', 'Boolean.TRUE', 'Boolean.FALSE', '0', '1', '-1', '5', '20', '16384', '32768', '33554432', '120000', '0L', '16384L',
  '1.5', '2.0f', 'Integer.MAX_VALUE', 'Integer.MIN_VALUE', 'Long.MAX_VALUE', 'Short.MAX_VALUE', '32 * 1024', '(int) 5L', '1000 * 60 * 2',
  'StringSerializer.class', 'ByteArraySerializer.class', 'RoundRobinPartitioner.class', 'StringSerializer.class.getName()',
  'org.apache.kafka.common.serialization.LongSerializer.class', 'CompressionType.LZ4.name', 'CompressionType.ZSTD.name',
  'Duration.ofSeconds(30).toMillis()', 'Duration.ofMinutes(2).toMillis()', 'TimeUnit.SECONDS.toMillis(5)', '(int) Duration.ofMillis(7).toMillis()',
  'String.valueOf(5)', 'Integer.toString(100)', 'Integer.valueOf("3")', 'Boolean.parseBoolean("true")', 'String.join(",", "a:9092", "b:9092")',
  'List.of("a:9092", "b:9092")', 'Arrays.asList("k1:9092")', 'List.of(StringSerializer.class)', 'Collections.singletonList("x:1")',
  'SERVERS', 'BATCH', 'LINGER', 'ACKS', 'KafkaConfig.SERVERS', 'servers', 'System.getenv("KAFKA_ACKS")', 'env.getProperty("kafka.acks")',
  '"${kafka.acks}"', 'null', 'new StringSerializer()', 'flag ? "all" : "1"', '"a" + "ll"', '"lz" + 4', "'1'",
];

const javaValueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: valueArb.map(javaString) },
  { weight: 5, arbitrary: fc.constantFrom(...JAVA_VALUE_EXPRESSIONS) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 3_000_000_000 }).map((n) => (Math.abs(n) > 2147483647 ? `${n}L` : String(n))) },
);

/** A value for a key as Java code writes it: a String, or the typed literal (`5`, `true`) ConfigDef also takes. */
const javaValueFor = (key: string | undefined): fc.Arbitrary<string> => {
  const own = valuesOf(key);
  if (!own) return javaValueArb;
  return fc.oneof(
    fc.tuple(fc.constantFrom(...own), fc.boolean()).map(([v, typed]) => (typed && /^(?:-?\d+|true|false)$/.test(v) ? v : javaString(v))),
    javaValueArb,
  );
};

/** A key and a value for it, as Java code. */
const javaPairArb: fc.Arbitrary<readonly [string, string]> = javaKeyArb.chain((k) => javaValueFor(k.key).map((v) => [k.code, v] as const));

/** One statement of the method that fills the map `m`. */
const javaStatementArb = (m: string, setProperty: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 10, arbitrary: javaPairArb.map(([k, v]) => `${m}.${setProperty ? 'setProperty' : 'put'}(${k}, ${v});`) },
    { weight: 1, arbitrary: javaPairArb.map(([k, v]) => `${m}.putIfAbsent(${k}, ${v});`) },
    { weight: 1, arbitrary: javaPairArb.map(([k, v]) => `if (flag) { ${m}.put(${k}, ${v}); }`) },
    { weight: 1, arbitrary: javaPairArb.map(([k, v]) => `for (int i = 0; i < 2; i++) {\n    ${m}.put(${k}, ${v});\n}`) },
    { weight: 1, arbitrary: javaKeyArb.map((k) => `${m}.remove(${k.code});`) },
    { weight: 1, arbitrary: fc.constantFrom(`${m}.putAll(overrides);`, `log.info("config {}", ${m});`, `customize(${m});`, `${m}.clear();`, `System.out.println(${m}.size());`) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.subarray(RULE_IDS, { minLength: 1, maxLength: 2 }), javaPairArb).map(
        ([ids, [k, v]]) => `// kafka-lint-disable-next-line ${ids.join(' ')} -- reason\n${m}.put(${k}, ${v});`,
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('// tuned for throughput', '/* acks=all */', '') },
  );

/** Map-building methods in the shapes real configs use. */
const javaMethodArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        props: fc.boolean(),
        statements: fc.array(javaStatementArb('props', false), { maxLength: 7 }),
        prefix: fc.option(fc.oneof(valueArb.map(javaString), fc.constantFrom('"tx-"', 'TX_PREFIX', 'prefix')), { freq: 3 }),
        serializers: fc.boolean(),
      })
      .map(({ props, statements, prefix, serializers }) =>
        [
          '@Bean',
          'public ProducerFactory<String, String> producerFactory() {',
          props ? '    Properties props = new Properties();' : '    Map<String, Object> props = new HashMap<>();',
          ...statements.map((s) => indentLines(s, '    ')),
          `    DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(props${serializers ? ', new StringSerializer(), new StringSerializer()' : ''});`,
          ...(prefix !== null ? [`    factory.setTransactionIdPrefix(${prefix});`] : []),
          '    return factory;',
          '}',
        ].join('\n'),
      ),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ statements: fc.array(javaStatementArb('props', true), { maxLength: 7 }), serializers: fc.boolean() })
      .map(({ statements, serializers }) =>
        [
          'public KafkaProducer<String, String> producer() {',
          '    Properties props = new Properties();',
          ...statements.map((s) => indentLines(s, '    ')),
          `    return new KafkaProducer<>(props${serializers ? ', new StringSerializer(), new StringSerializer()' : ''});`,
          '}',
        ].join('\n'),
      ),
  },
  {
    // A config bean: the map is returned and used by a factory elsewhere (or not at all).
    weight: 2,
    arbitrary: fc.record({ statements: fc.array(javaStatementArb('props', false), { maxLength: 7 }), factory: fc.boolean() }).map(({ statements, factory }) =>
      [
        '@Bean',
        'public Map<String, Object> producerConfigs() {',
        '    Map<String, Object> props = new HashMap<>();',
        ...statements.map((s) => indentLines(s, '    ')),
        '    return props;',
        '}',
        ...(factory ? ['', '@Bean', 'public ProducerFactory<String, String> producerFactory() {', '    return new DefaultKafkaProducerFactory<>(producerConfigs());', '}'] : []),
      ].join('\n'),
    ),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        pairs: fc.array(javaPairArb, { maxLength: 11 }),
        entries: fc.boolean(),
        inline: fc.boolean(),
        sink: fc.constantFrom('new KafkaProducer<>', 'new DefaultKafkaProducerFactory<>', 'SenderOptions.create'),
      })
      .map(({ pairs, entries, inline, sink }) => {
        const literal = entries
          ? `Map.ofEntries(${pairs.map(([k, v]) => `\n        Map.entry(${k}, ${v})`).join(',')})`
          : `Map.of(${pairs.map(([k, v]) => `\n        ${k}, ${v}`).join(',')})`;
        return inline
          ? ['public Object producer() {', `    return ${sink}(${literal});`, '}'].join('\n')
          : ['public Object producer() {', `    Map<String, Object> config = ${literal};`, `    return ${sink}(config);`, '}'].join('\n');
      }),
  },
  {
    // A map held in a field, filled in an initializer, or an anonymous double-brace map.
    weight: 1,
    arbitrary: fc.record({ statements: fc.array(javaStatementArb('this.config', false), { maxLength: 5 }), doubleBrace: fc.boolean() }).map(({ statements, doubleBrace }) =>
      doubleBrace
        ? ['KafkaProducer<String, String> producer() {', '    return new KafkaProducer<>(new HashMap<String, Object>() {{', ...statements.map((s) => indentLines(s.replace(/this\.config\./g, ''), '        ')), '    }});', '}'].join('\n')
        : ['private final Map<String, Object> config = new HashMap<>();', '', '{', ...statements.map((s) => indentLines(s, '    ')), '}', '', 'KafkaProducer<String, String> producer() {', '    return new KafkaProducer<>(config);', '}'].join('\n'),
    ),
  },
  {
    // A consumer next door: never a producer scope.
    weight: 1,
    arbitrary: fc.array(javaStatementArb('c', false), { maxLength: 3 }).map((statements) =>
      ['public ConsumerFactory<String, String> consumerFactory() {', '    Map<String, Object> c = new HashMap<>();', '    c.put(ConsumerConfig.GROUP_ID_CONFIG, "g");', ...statements.map((s) => indentLines(s, '    ')), '    return new DefaultKafkaConsumerFactory<>(c);', '}'].join('\n'),
    ),
  },
);

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : indent + l))
    .join('\n');
}

const JAVA_IMPORTS = [
  'import java.util.HashMap;',
  'import java.util.Map;',
  'import java.util.Properties;',
  'import org.apache.kafka.clients.producer.ProducerConfig;',
  'import org.apache.kafka.clients.producer.KafkaProducer;',
  'import org.apache.kafka.clients.CommonClientConfigs;',
  'import org.apache.kafka.clients.consumer.ConsumerConfig;',
  'import org.apache.kafka.common.serialization.StringSerializer;',
  'import org.springframework.kafka.core.DefaultKafkaProducerFactory;',
  'import static org.apache.kafka.clients.producer.ProducerConfig.*;',
  'import static org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG;',
];

const JAVA_FIELDS = [
  'private static final String SERVERS = "broker-1:9092,broker-2:9092";',
  'private static final int BATCH = 32 * 1024;',
  'private static final long LINGER = 20;',
  'static final String ACKS = "all";',
  'private static final String TX_PREFIX = "orders-tx-";',
  '@Value("${kafka.bootstrap}") private String servers;',
  'private boolean flag;',
];

/** A realistic Java config class: imports, constants, one or two producer methods, in the file's indentation and line ending. */
export const javaSourceArb: fc.Arbitrary<string> = fc
  .record({
    imports: fc.subarray(JAVA_IMPORTS, { minLength: 1 }),
    fields: fc.subarray(JAVA_FIELDS),
    methods: fc.array(javaMethodArb, { minLength: 1, maxLength: 2 }),
    indent: fc.constantFrom('    ', '    ', '  ', '\t'),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
    finalEol: fc.boolean(),
  })
  .map(({ imports, fields, methods, indent, eol, finalEol }) => {
    const body = [...fields, ...(fields.length ? [''] : []), ...methods.flatMap((m, i) => (i > 0 ? ['', m] : [m]))];
    const lines = [
      'package com.example.orders;',
      '',
      ...imports,
      '',
      '@Configuration',
      'public class KafkaConfig {',
      ...body.flatMap((b) => b.split('\n')).map((l) => (l === '' ? l : indent + l.replace(/^( {4})+/, (m) => indent.repeat(m.length / 4)))),
      '}',
    ];
    return lines.join(eol) + (finalEol ? eol : '');
  });

// ------------------------------------------------------------------------------------------------------- Spring names

const SPRING_PROPERTY_NAMES = SPRING_KAFKA_PROPERTIES.filter((p) => !p.name.includes('.ssl.') || p.name.endsWith('key-password')).map((p) => p.name);
const UNKNOWN_PRODUCER_NAMES = [
  'spring.kafka.producer.linger-ms', 'spring.kafka.producer.enable-idempotence', 'spring.kafka.producer.lingerMs',
  'spring.kafka.producer.max-in-flight', 'spring.kafka.producer.delivery.timeout.ms', 'spring.kafka.producer.idempotent',
  'spring.kafka.producer.ssl.bundle', 'spring.kafka.producer.[acks]', 'spring.kafka.producer',
];
const NON_PRODUCER_NAMES = [
  'spring.kafka.consumer.group-id', 'spring.kafka.consumer.auto-offset-reset', 'spring.kafka.admin.fail-fast', 'spring.kafka.template.default-topic',
  'spring.kafka.streams.application-id', 'spring.kafka.listener.ack-mode', 'server.port', 'spring.application.name', 'logging.level.org.apache.kafka',
  'management.endpoints.web.exposure.include', 'spring.kafka', 'spring.kafka.properties',
];

/** An element spelled the relaxed ways Spring accepts: kebab, camelCase, underscore, upper case. */
function relaxed(element: string, style: number): string {
  switch (style % 6) {
    case 1:
      return element.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    case 2:
      return element.replace(/-/g, '_');
    case 3:
      return element.toUpperCase();
    case 4:
      return element.charAt(0).toUpperCase() + element.slice(1);
    default:
      return element;
  }
}

/** A property name split into path elements (a bracketed map key is one element), and the Kafka key it sets. */
export interface SpringName {
  readonly elements: readonly string[];
  readonly key?: string;
}

const KAFKA_KEY_OF = new Map(SPRING_KAFKA_PROPERTIES.map((p) => [p.name, p.kafkaKey]));

const firstClassNameArb: fc.Arbitrary<SpringName> = fc
  .tuple(fc.constantFrom(...SPRING_PROPERTY_NAMES), fc.nat(), fc.boolean())
  .map(([name, style, all]) => {
    const els = name.split('.');
    return { elements: els.map((e, i) => (all || i === els.length - 1 ? relaxed(e, style) : e)), key: KAFKA_KEY_OF.get(name)! };
  });

const passThroughNameArb: fc.Arbitrary<SpringName> = fc
  .tuple(fc.constantFrom(['spring', 'kafka', 'producer', 'properties'], ['spring', 'kafka', 'producer', 'properties'], ['spring', 'kafka', 'properties']), kafkaKeyArb, fc.boolean(), fc.nat())
  .map(([prefix, key, bracket, style]) => ({ elements: [...prefix.map((e) => (style % 7 === 3 ? relaxed(e, style) : e)), bracket ? `[${key}]` : key], key }));

const otherNameArb: fc.Arbitrary<SpringName> = fc.constantFrom(...UNKNOWN_PRODUCER_NAMES, ...NON_PRODUCER_NAMES).map((n) => ({ elements: n.split('.') }));

export const springNameArb: fc.Arbitrary<SpringName> = fc.oneof(
  { weight: 6, arbitrary: firstClassNameArb },
  { weight: 5, arbitrary: passThroughNameArb },
  { weight: 2, arbitrary: otherNameArb },
);

const SPRING_VALUES = [
  '16KB', '32KB', '64KB', '1MB', '32MB', '64MB', '16kb', '1 MB', '-1KB', '10GB', '2048', '0B',
  '${KAFKA_ACKS:1}', '${kafka.linger}', 'prefix-${random.uuid}', 'broker-1:9092,broker-2:9092', 'localhost:9092',
  'org.apache.kafka.common.serialization.StringSerializer', 'org.springframework.kafka.support.serializer.JsonSerializer', 'tx-',
];

export const springValueArb: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: valueArb }, { weight: 3, arbitrary: fc.constantFrom(...SPRING_VALUES) });

const joinName = (els: readonly string[]) => els.reduce((p, e) => (p === '' ? e : e.startsWith('[') ? p + e : `${p}.${e}`), '');

// ------------------------------------------------------------------------------------------- Spring .properties

const SEPARATORS = ['=', '=', ' = ', ':', ': ', ' '];

function escapePropertiesValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/^[ \t\f]/, (m) => `\\${m}`);
}

const springPropertiesLineArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.tuple(springNameArb.chain((n) => valueForKey(n.key, springValueArb).map((v) => [n, v] as const)), fc.constantFrom(...SEPARATORS), fc.constantFrom('', '', '', ' ', '  ')).map(
      ([[n, v], sep, indent]) => `${indent}${joinName(n.elements).replace(/[ =:]/g, (m) => `\\${m}`)}${sep}${escapePropertiesValue(v)}`,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('#---', '!---', '#---', 'spring.config.activate.on-profile=dev', 'spring.profiles=prod', 'spring.config.activate.on-profile=test') },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.tuple(fc.subarray(RULE_IDS, { minLength: 1, maxLength: 2 }), fc.constantFrom(' -- reason', '')).map(([ids, r]) => `# kafka-lint-disable-next-line ${ids.join(' ')}${r}`),
      fc.subarray(RULE_IDS, { maxLength: 2 }).map((ids) => `# kafka-lint-disable-file ${ids.join(',')}`),
      fc.constantFrom('# Kafka', '! producer', '', '   ', '#', 'spring.kafka.producer.acks=\\', '    all'),
    ),
  },
);

const linesToText = (lines: readonly string[], eol: string, finalEol: boolean) => lines.join(eol) + (finalEol && lines.length ? eol : '');

/** A realistic Spring Boot application.properties: Kafka settings among others, `#---` sections with profiles. */
export const springPropertiesArb: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(springPropertiesLineArb, { minLength: 1, maxLength: 18 }),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    finalEol: fc.boolean(),
    repeats: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  })
  .map(({ lines: original, eol, finalEol, repeats }) => {
    const lines = [...original];
    for (const [from, to] of repeats) lines.splice(to % (lines.length + 1), 0, lines[from % lines.length]!);
    return linesToText(lines, eol, finalEol);
  });

// ----------------------------------------------------------------------------------------------------- Spring YAML

const YAML_SPECIAL = /^(?:~|null|true|false|yes|no|on|off|y|n)$/i;

/** A scalar as people write it in YAML: plain when it is safe (or on purpose when it is not), else quoted. */
const yamlScalarArb = (v: string): fc.Arbitrary<string> =>
  fc.constantFrom('auto', 'auto', 'auto', 'single', 'double', 'plain').map((style) => {
    const safe = /^[A-Za-z0-9_./+-][A-Za-z0-9_./,@%+:=${}-]*$/.test(v) && !/: |:$/.test(v) && !/^[-?]$/.test(v);
    if (style === 'plain' && safe) return v;
    if (style === 'double' || (style === 'auto' && !safe && /[\u0000-\u001f'\u007f-\uffff]/.test(v))) return JSON.stringify(v);
    if (style === 'single' || !safe || (style === 'auto' && YAML_SPECIAL.test(v) && v.length > 5)) return `'${v.replace(/'/g, "''")}'`;
    return v;
  });

type YamlValue =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'seq'; readonly items: readonly string[]; readonly flow: boolean }
  | { readonly kind: 'empty' };

const yamlValueArb = (key: string | undefined): fc.Arbitrary<YamlValue> => fc.oneof(
  { weight: 10, arbitrary: valueForKey(key, springValueArb).chain(yamlScalarArb).map((text) => ({ kind: 'scalar' as const, text })) },
  { weight: 3, arbitrary: fc.constantFrom('yes', 'on', 'off', '~', '010', '0x10', '1.5', '1e3', 'TRUE', '-1', 'all', '"all"', "'1'").map((text) => ({ kind: 'scalar' as const, text })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(fc.constantFrom('broker-1:9092', 'broker-2:9092', 'x', "'a:1'"), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([items, flow]) => ({ kind: 'seq' as const, items, flow })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

interface YamlLeaf {
  readonly elements: readonly string[];
  readonly value: YamlValue;
}

interface TrieNode {
  readonly key: string;
  readonly children: TrieNode[];
  value?: YamlValue;
}

/** Merges leaves into a tree of mappings; a leaf that would need a key to be both a value and a mapping is dropped. */
function trieOf(leaves: readonly YamlLeaf[]): TrieNode {
  const root: TrieNode = { key: '', children: [] };
  for (const leaf of leaves) {
    let node = root;
    let ok = true;
    leaf.elements.forEach((el, i) => {
      if (!ok) return;
      let next = node.children.find((c) => c.key === el);
      const last = i === leaf.elements.length - 1;
      if (next && (last || next.value !== undefined)) {
        ok = false;
        return;
      }
      if (!next) {
        next = { key: el, children: [] };
        node.children.push(next);
      }
      if (last) next.value = leaf.value;
      node = next;
    });
  }
  return root;
}

const yamlKey = (k: string) => (/^[A-Za-z0-9_.\-]+$/.test(k) && !YAML_SPECIAL.test(k) ? k : JSON.stringify(k));

function renderValue(v: YamlValue, indent: string, unit: string): string {
  switch (v.kind) {
    case 'scalar':
      return ` ${v.text}`;
    case 'empty':
      return '';
    case 'seq':
      return v.flow ? ` [${v.items.join(', ')}]` : v.items.map((i) => `\n${indent}${unit}- ${i}`).join('');
  }
}

/** Renders a tree in block style, now and then with dotted keys, flow mappings and comments (a seed drives which). */
function renderTrie(root: TrieNode, unit: string, seed: number): string[] {
  const choose = chooser(seed);
  const out: string[] = [];
  const visit = (node: TrieNode, prefix: string, indent: string): void => {
    const key = prefix ? `${prefix}.${node.key}` : node.key;
    if (node.value !== undefined) {
      out.push(`${indent}${yamlKey(key)}:${renderValue(node.value, indent, unit)}`);
      return;
    }
    // A single non-bracket child may be written as a dotted key (`kafka.producer:`).
    if (node.children.length === 1 && !node.children[0]!.key.startsWith('[') && !node.key.startsWith('[') && choose(3) === 0) {
      visit(node.children[0]!, key, indent);
      return;
    }
    // A flow mapping when its values are safe there (`${…}`, commas and brackets end a plain scalar in flow style).
    const flowSafe = (v: YamlValue | undefined) => v?.kind === 'scalar' && (/^['"]/.test(v.text) || !/[{}[\],]/.test(v.text));
    if (node.children.length > 0 && node.children.every((ch) => flowSafe(ch.value) && ch.children.length === 0) && choose(6) === 0) {
      out.push(`${indent}${yamlKey(key)}: {${node.children.map((ch) => `${yamlKey(ch.key)}:${renderValue(ch.value!, '', '')}`).join(', ')}}`);
      return;
    }
    out.push(`${indent}${yamlKey(key)}:`);
    for (const ch of node.children) {
      if (choose(9) === 0) out.push(`${indent}${unit}# ${choose(2) ? 'tuned' : `kafka-lint-disable-next-line ${RULE_IDS[choose(RULE_IDS.length)]}`}`);
      visit(ch, '', indent + unit);
    }
  };
  for (const ch of root.children) visit(ch, '', '');
  return out;
}

const yamlLeafArb: fc.Arbitrary<YamlLeaf> = fc.oneof(
  { weight: 12, arbitrary: springNameArb.chain((n) => yamlValueArb(n.key).map((value) => ({ elements: n.elements, value }))) },
  { weight: 1, arbitrary: fc.constant({ elements: ['server', 'port'], value: { kind: 'scalar' as const, text: '8080' } }) },
  { weight: 1, arbitrary: fc.constant({ elements: ['spring', 'application', 'name'], value: { kind: 'scalar' as const, text: 'orders' } }) },
);

const yamlDocumentArb = (section: number): fc.Arbitrary<string[]> =>
  fc
    .record({
      leaves: fc.array(yamlLeafArb, { minLength: 1, maxLength: 10 }),
      profile: fc.option(fc.constantFrom('dev', 'prod', 'test'), { freq: section > 0 ? 1 : 4 }),
      unit: fc.constantFrom('  ', '  ', '    ', ' '),
      seed: fc.nat(),
    })
    .map(({ leaves, profile, unit, seed }) => {
      const all = profile !== null ? [{ elements: ['spring', 'config', 'activate', 'on-profile'], value: { kind: 'scalar' as const, text: profile } }, ...leaves] : leaves;
      return renderTrie(trieOf(all), unit, seed);
    });

/** A realistic Spring Boot application.yml: nested, dotted, bracket and flow keys, several documents with profiles. */
export const springYamlArb: fc.Arbitrary<string> = fc
  .record({
    docs: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).chain((ns) => fc.tuple(...ns.map((_n, i) => yamlDocumentArb(i)))),
    header: fc.constantFrom('', '', '# Orders service', '---'),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
    finalEol: fc.constantFrom(true, true, false),
  })
  .map(({ docs, header, eol, finalEol }) => {
    const lines = [...(header ? [header] : []), ...docs.flatMap((d, i) => (i > 0 ? ['---', ...d] : d))];
    return linesToText(lines, eol, finalEol);
  });

// ------------------------------------------------------------------------------------------------------- mutations

/** Edits a text the way typing and bad merges do: cut off, characters inserted or deleted, a line doubled or indented. */
export type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicateLine'; readonly at: number }
  | { readonly kind: 'indentLine'; readonly at: number; readonly indent: string };

const INSERTED = ['{', '}', '(', ')', ';', '"', "'", '\n', '\r\n', '\t', ' ', ':', '-', '[', ']', '.', '#', '=', '\\', '/*', '//', '*/', '"""', '&a ', '*a', '<<: *a', '? ', '|', '>', '!!str ', '%', '@', ',', '${', 'é', '\u2028', '\ufeff'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTED), fc.string({ maxLength: 3 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('indentLine' as const), at: fc.nat(), indent: fc.constantFrom('\t', ' ', '   ', '        ') }) },
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    switch (m.kind) {
      case 'truncate':
        t = t.slice(0, at);
        break;
      case 'insert':
        t = t.slice(0, at) + m.text + t.slice(at);
        break;
      case 'delete':
        t = t.slice(0, at) + t.slice(at + m.length);
        break;
      case 'duplicateLine':
      case 'indentLine': {
        const lines = t.split('\n');
        const i = m.at % lines.length;
        if (m.kind === 'duplicateLine') lines.splice(i, 0, lines[i]!);
        else lines[i] = m.indent + lines[i]!;
        t = lines.join('\n');
        break;
      }
    }
  }
  return t;
}

/** YAML that Spring would refuse or that stresses the parser: tabs, anchors and aliases, duplicate keys, deep nesting. */
export const junkYamlArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'spring:\n\tkafka:\n\t\tproducer:\n\t\t\tacks: 0\n',
    'spring:\n  kafka:\n   producer:\n  acks: 1\n    retries: 0\n',
    'base: &base\n  acks: 0\n  linger.ms: 5\nspring:\n  kafka:\n    producer:\n      properties:\n        <<: *base\n      acks: *missing\n',
    'spring:\n  kafka:\n    producer: &p\n      acks: 1\n---\nspring:\n  kafka:\n    producer: *p\n',
    'spring:\n  kafka:\n    producer:\n      acks: 1\n      acks: 0\n  kafka:\n    producer:\n      retries: 0\n',
    'spring.kafka.producer.acks: 1\nspring.kafka.producer.acks: all\nspring:\n  kafka.producer.acks: 0\n',
    'spring:\n  kafka:\n    producer:\n      ? acks\n      : 0\n      [a, b]: c\n      {x: 1}: y\n',
    'spring:\n  kafka:\n    producer:\n      acks: |\n        all\n      compression-type: >-\n        lz4\n      batch-size: !!str 16KB\n',
    '%YAML 1.2\n---\nspring.kafka.producer.acks: "0"\n...\n---\n',
    'spring: {kafka: {producer: {acks: 0, properties: {linger.ms: 5}}}\n',
    'spring:\n  kafka:\n    producer:\n      acks: [1\n',
    'spring:\n  kafka:\n    producer:\n      acks: "unterminated\n',
    '- spring.kafka.producer.acks: 1\n- - -\n',
    'spring:\n  kafka:\n    producer:\n      properties:\n        "[linger.ms": 5\n        "]": 1\n        "[]": 2\n        "": 3\n',
    '\ufeffspring.kafka.producer.acks: 0\r\n',
    'spring:\n  kafka:\n    producer:\n      acks: 0 # comment\n#---\n      retries: 1\n',
  ),
  fc.integer({ min: 1, max: 400 }).map((depth) => `spring:\n  kafka:\n    producer:\n      properties:\n${Array.from({ length: depth }, (_v, i) => `${'  '.repeat(i + 4)}k${i}:`).join('\n')} 1\n`),
  fc.integer({ min: 1, max: 400 }).map((depth) => `spring.kafka.producer.properties: ${'['.repeat(depth)}1${']'.repeat(depth)}\nspring.kafka.producer.acks: ${'{a: '.repeat(depth)}0${'}'.repeat(depth)}\n`),
  fc.tuple(springYamlArb, fc.string({ unit: 'binary', maxLength: 20 })).map(([y, junk]) => y + junk),
);

/** Java that stresses the parser and the recovery: deep nesting, unclosed comments and strings, text blocks, escapes. */
export const junkJavaArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'class {{{{ ProducerConfig ((((',
    'import org.apache.kafka.clients.producer.ProducerConfig;\nclass A { void m() { Map<String, Object> p = new HashMap<>(); p.put(ProducerConfig.ACKS_CONFIG, "0"); new KafkaProducer<>(p); /* unclosed\n',
    'import org.apache.kafka.clients.producer.*;\nclass A { String s = """\n  props.put("acks", "0");\n  """; void m() { var p = new Properties(); p.put("acks", "0"); new KafkaProducer<>(p); } }\n',
    'class A { void m() { var p = new Properties(); \\u0070.put("acks", "0"); p.put("acks\\u0022, "1"); new KafkaProducer<>(p); } }\n',
    'record R(String a) { static KafkaProducer<String, String> p() { return new KafkaProducer<>(Map.of(ProducerConfig.ACKS_CONFIG, "0")); } }\n',
    'enum E { A; KafkaProducer<String, String> p() { Runnable r = () -> { var m = new HashMap<String, Object>(); m.put("acks", 0); new KafkaProducer<>(m); }; return null; } }\n',
    'interface I { default Object p() { return switch (x) { case 1 -> new KafkaProducer<>(Map.of("acks", "0")); default -> null; }; } }\n',
    'class A { void m() { Map<String, Object> p = new HashMap<>(); p.put(ProducerConfig.ACKS_CONFIG, "0"); p = new HashMap<>(p); p.put("acks", "all"); new KafkaProducer<>(p); new KafkaProducer<>(p); } }\n',
    'class A { Map<String, Object> m() { return m(); } KafkaProducer<?, ?> p() { var x = m(); x.put("acks", "0"); return new KafkaProducer<>(x); } }\n',
  ),
  fc.integer({ min: 1, max: 300 }).map((depth) => `import org.apache.kafka.clients.producer.ProducerConfig;\nclass A { void m() { Map<String, Object> p = new HashMap<>(); p.put(ProducerConfig.LINGER_MS_CONFIG, ${'('.repeat(depth)}5${')'.repeat(depth)}); new KafkaProducer<>(p); } }\n`),
  fc.integer({ min: 1, max: 200 }).map((depth) => `import org.apache.kafka.clients.producer.ProducerConfig;\nclass A { void m() { ${'{ '.repeat(depth)}Map<String, Object> p = new HashMap<>(); p.put(ProducerConfig.ACKS_CONFIG, "0"); new KafkaProducer<>(p);${' }'.repeat(depth)} } }\n`),
  fc.tuple(javaSourceArb, fc.string({ unit: 'binary', maxLength: 20 })).map(([j, junk]) => j + junk),
);
