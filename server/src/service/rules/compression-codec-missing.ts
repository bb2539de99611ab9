// Rule compression-codec-missing: kafkajs Snappy/LZ4/ZSTD compression with no codec registered — every such send throws.
import type { Rule } from './rule';
import { valueSpan } from './rule';
import { setFix } from './support';

const PACKAGES: Record<string, string> = { snappy: 'kafkajs-snappy', lz4: 'kafkajs-lz4', zstd: '@kafkajs/zstd' };

export const rule: Rule = {
  id: 'compression-codec-missing',
  meta: {
    description: 'kafkajs Snappy, LZ4 or ZSTD compression with no codec registered: the send throws.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['kafkajs'],
    docs: {
      what:
        'Reports `compression: CompressionTypes.Snappy`, `LZ4` or `ZSTD` (or the numbers 2, 3, 4) on a kafkajs `send()`, `sendBatch()` or NestJS ' +
        '`options.send` when neither the file nor the files it imports register that codec in kafkajs\u2019 `CompressionCodecs` ' +
        '(`CompressionCodecs[CompressionTypes.LZ4] = new LZ4Codec().codec`). Registering through NestJS\u2019 own `CompressionCodecs` export does not count: ' +
        'it is only a type declaration there. When the registry is handed to code the analysis does not follow, the rule stays silent.',
      why:
        'kafkajs ships only GZIP. Any other codec must be registered before the first send, otherwise each send fails with ' +
        '`KafkaJSNotImplemented: LZ4 compression not implemented` — typically discovered in production, because tests often run uncompressed.',
      examples: {
        invalid: "import { Kafka, CompressionTypes } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['b:9092'] }).producer();\nexport const send = () => producer.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n",
        valid:
          "import { Kafka, CompressionTypes, CompressionCodecs } from 'kafkajs';\nimport LZ4 from 'kafkajs-lz4';\nCompressionCodecs[CompressionTypes.LZ4] = new LZ4().codec;\n" +
          "const producer = new Kafka({ brokers: ['b:9092'] }).producer();\nexport const send = () => producer.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n",
      },
      language: 'typescript',
      fix:
        'Register the codec package once at start-up (`kafkajs-snappy`, `kafkajs-lz4`, `@kafkajs/zstd`). The quick fix switches the call to the ' +
        'built-in GZIP instead (on request only: GZIP costs more CPU).',
      references: [
        'kafkajs src/protocol/message/compression/index.js (only GZIP built in; others throw KafkaJSNotImplemented)',
        'kafkajs docs/Producing.md, "Compression"',
        '@nestjs/microservices external/kafka.interface.ts (CompressionCodecs declared with `let`, undefined at run time)',
      ],
    },
  },
  check(ctx) {
    if (ctx.scope.role !== 'send' && ctx.scope.role !== 'transaction-send') return;
    const codecs = ctx.document.registeredCodecs;
    if (!codecs) return;
    const v = ctx.effective.get('compression.type');
    const codec = typeof v.value === 'string' ? v.value : undefined;
    if (v.source !== 'explicit' || !v.entry || !codec || codec === 'none' || codec === 'gzip' || codecs.includes(codec)) return;
    ctx.report({
      message:
        `kafkajs has no ${codec} codec built in and none is registered in \`CompressionCodecs\` in this file or the files it imports: this send throws ` +
        `"${codec === 'lz4' ? 'LZ4' : codec === 'zstd' ? 'ZSTD' : 'Snappy'} compression not implemented". Register one (e.g. \`${PACKAGES[codec]}\`) before the first send.`,
      span: valueSpan(v.entry),
      entry: v.entry,
      key: 'compression.type',
      fixes: [setFix(ctx, 'compression.type', 'gzip', { title: 'Use the built-in GZIP codec', preferred: true })],
    });
  },
};
