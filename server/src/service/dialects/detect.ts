// Decides which documents hold producer configuration, and in which dialect, without parsing more than needed.
import type { DialectId } from '../model/configDocument';

/** File names that are producer configs by convention (also the `kafka-properties` language's patterns). */
export const PRODUCER_FILE_GLOBS = [
  'producer.properties',
  '*-producer.properties',
  '*_producer.properties',
  '*.producer.properties',
  'producer-*.properties',
  'producer_*.properties',
  'producer.*.properties',
] as const;

const PRODUCER_FILE_NAME = /^(?:producer|.+[-_.]producer|producer[-_.].+)\.properties$/i;

/** Our own language id, contributed for producer-config file names. */
export const KAFKA_PROPERTIES_LANGUAGE = 'kafka-properties';

export function baseName(uriOrPath: string): string {
  const clean = uriOrPath.split(/[?#]/)[0]!;
  const parts = clean.split(/[\\/]/);
  return decodeURIComponentSafe(parts[parts.length - 1] ?? '');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function isProducerFileName(uriOrPath: string): boolean {
  return PRODUCER_FILE_NAME.test(baseName(uriOrPath));
}

// Keys only a producer has: one of them makes a generic .properties file a producer config.
const PRODUCER_ONLY_KEYS = new Set([
  'acks',
  'key.serializer',
  'value.serializer',
  'linger.ms',
  'batch.size',
  'enable.idempotence',
  'transactional.id',
  'buffer.memory',
  'max.block.ms',
  'delivery.timeout.ms',
  'max.in.flight.requests.per.connection',
  'partitioner.class',
  'max.request.size',
  'transaction.timeout.ms',
  'transaction.two.phase.commit.enable',
  'partitioner.ignore.keys',
  'partitioner.adaptive.partitioning.enable',
]);

// Keys that mark a broker's server.properties, which shares some key names with producers (compression.type).
const BROKER_KEYS = new Set(['broker.id', 'node.id', 'process.roles', 'log.dirs', 'log.dir', 'listeners', 'zookeeper.connect', 'controller.quorum.voters']);

/**
 * Whether a generic `.properties` file (VS Code's `properties` language also covers `.gitconfig` and
 * `.editorconfig`) is a producer config: it must end in `.properties` and hold producer-only keys.
 */
export function isProducerPropertiesContent(keys: Iterable<string>): boolean {
  let producer = false;
  for (const k of keys) {
    if (BROKER_KEYS.has(k)) return false;
    if (PRODUCER_ONLY_KEYS.has(k)) producer = true;
  }
  return producer;
}

const TS_EXTENSIONS = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;
const TS_LANGUAGES = new Set(['typescript', 'typescriptreact', 'javascript', 'javascriptreact']);

// Spring Boot's application files (`application.yml`, `application-prod.properties`); the Spring Boot Tools extension
// gives them language ids of its own.
const SPRING_APPLICATION = /^application(?:[-.][^/\\]*)?\.(properties|ya?ml)$/i;
const SPRING_LANGUAGES = new Set(['spring-boot-properties', 'spring-boot-properties-yaml']);
const YAML_LANGUAGES = new Set(['yaml', 'spring-boot-properties-yaml']);
// What other editors call Java properties files: VS Code `properties`, Neovim/Vim `jproperties`, Emacs (eglot derives
// it from `conf-javaprop-mode`) `conf-javaprop`, and the `java-properties` some servers and clients use.
const PROPERTIES_LANGUAGES = new Set(['properties', 'jproperties', 'conf-javaprop', 'java-properties', 'plaintext']);

/** Whether a file name is a Spring Boot application configuration file. */
export function isSpringApplicationFile(uriOrPath: string): boolean {
  return SPRING_APPLICATION.test(baseName(uriOrPath));
}

/** The dialect for a document, before looking at its content (`undefined`: not ours). */
export function dialectFor(uri: string, languageId: string | undefined): DialectId | undefined {
  const name = baseName(uri);
  const spring = SPRING_APPLICATION.exec(name);
  if (spring && (languageId === undefined || PROPERTIES_LANGUAGES.has(languageId) || SPRING_LANGUAGES.has(languageId) || YAML_LANGUAGES.has(languageId) || languageId === KAFKA_PROPERTIES_LANGUAGE)) {
    // A Spring .properties file without spring.kafka keys falls back to the plain properties logic (see parseDocument).
    return spring[1]!.toLowerCase() === 'properties' ? 'spring-properties' : 'spring-yaml';
  }
  if (languageId === 'java' || (languageId === undefined && /\.java$/i.test(name))) return 'java';
  if (languageId === KAFKA_PROPERTIES_LANGUAGE) return 'properties';
  if (languageId && TS_LANGUAGES.has(languageId)) return 'typescript';
  if (/\.properties$/i.test(name) && (languageId === undefined || PROPERTIES_LANGUAGES.has(languageId))) return 'properties';
  if (languageId === undefined && TS_EXTENSIONS.test(name) && !/\.d\.[cm]?ts$/i.test(name)) return 'typescript';
  return undefined;
}
