// The cheap textual test that decides, before TypeScript is loaded, whether a JS/TS file can hold producer configuration.

/** Packages whose import makes a file ours: the three Kafka clients and NestJS' Kafka transport. */
export const CLIENT_PACKAGES = ['kafkajs', '@confluentinc/kafka-javascript', 'node-rdkafka', '@nestjs/microservices'] as const;
export type ClientPackage = (typeof CLIENT_PACKAGES)[number];

// `from 'pkg'`, `require('pkg')`, `import('pkg')` and `import 'pkg'`, with an optional subpath (`@nestjs/microservices/external/…`).
const IMPORT = /(?:\bfrom|\brequire\s*\(|\bimport\s*\(|\bimport)\s*(['"`])(kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|@nestjs\/microservices)(?:\/[^'"`\n]*)?\1/;

/** Whether the text imports or requires a Kafka client package (comments and strings may give false hits; parsing decides). */
export function importsKafkaClient(text: string): boolean {
  if (!text.includes('kafka') && !text.includes('@nestjs/microservices')) return false;
  return IMPORT.test(text);
}

/** The client package a module specifier names (subpaths included), if any. */
export function clientPackageOf(specifier: string): ClientPackage | undefined {
  return CLIENT_PACKAGES.find((p) => specifier === p || specifier.startsWith(`${p}/`));
}
