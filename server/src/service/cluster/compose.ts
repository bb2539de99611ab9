// Reads the broker settings of Kafka containers in docker-compose files (environment as a map or a list).
import type { Document, Node } from 'yaml';
import type { ClusterFacts } from '../cluster';
import { combineClusterFacts } from './combine';
import { displayNameOf, fact, hasFacts, plainPositiveInt, type ClusterFactKey, type MutableFacts } from './common';
import { asSeq, entries, get, parseYaml, scalarText, type YamlFile } from './yamlNodes';

/**
 * Environment variables the Kafka images turn into broker configs: Confluent's and Apache's `KAFKA_X_Y` and Bitnami's
 * `KAFKA_CFG_X_Y` both become `x.y`.
 */
const ENV_FACTS: Readonly<Record<string, ClusterFactKey>> = Object.fromEntries(
  (
    [
      ['MIN_INSYNC_REPLICAS', 'minInsyncReplicas'],
      ['DEFAULT_REPLICATION_FACTOR', 'replicationFactor'],
      ['MESSAGE_MAX_BYTES', 'messageMaxBytes'],
      ['REPLICA_LAG_TIME_MAX_MS', 'replicaLagTimeMaxMs'],
    ] as const
  ).flatMap(([suffix, key]) => [
    [`KAFKA_${suffix}`, key],
    [`KAFKA_CFG_${suffix}`, key],
  ]),
);

/** Images that run a Kafka broker: the last path segment of the image name, before the tag or digest. */
const BROKER_IMAGE = /(?:^|\/)(?:kafka|kafka-native|cp-kafka|cp-server|cp-enterprise-kafka)(?:[:@]|$)/i;
/** Settings only a broker has: they identify a broker built from a custom image. */
const BROKER_ENV = /^KAFKA_(?:CFG_)?(?:BROKER_ID|NODE_ID|PROCESS_ROLES|ZOOKEEPER_CONNECT|LISTENERS|ADVERTISED_LISTENERS|CONTROLLER_QUORUM_VOTERS)$/;

/** Facts from each Kafka service of a compose text, one set per service. */
export function composeObservations(uri: string, text: string, name: string = displayNameOf(uri)): ClusterFacts[] {
  return composeFromYaml(parseYaml(text), uri, name);
}

/** Facts from the Kafka services of a compose text, services combined with the merge policy of `combine.ts`. */
export function readDockerCompose(uri: string, text: string, name: string = displayNameOf(uri)): ClusterFacts {
  return combineClusterFacts(composeObservations(uri, text, name));
}

export function composeFromYaml(yaml: YamlFile, uri: string, file: string): ClusterFacts[] {
  const out: ClusterFacts[] = [];
  for (const doc of yaml.docs) {
    try {
      for (const service of entries(doc, get(doc, doc.contents, 'services')?.value)) {
        const facts = composeService(doc, yaml, uri, file, service.key, service.value);
        if (facts && hasFacts(facts)) out.push(facts);
      }
    } catch {
      // A malformed service must not hide the facts of the others.
    }
  }
  return out;
}

interface EnvVar {
  readonly name: string;
  /** Undefined when the value comes from the host (`- NAME` or `NAME:` without a value). */
  readonly value: string | undefined;
  readonly node: Node;
}

function environment(doc: Document, node: unknown): EnvVar[] {
  const list = asSeq(doc, node);
  if (list) {
    const vars: EnvVar[] = [];
    for (const item of list.items) {
      const text = scalarText(doc, item);
      if (text === undefined) continue;
      const eq = text.indexOf('=');
      vars.push({ name: eq < 0 ? text : text.slice(0, eq), value: eq < 0 ? undefined : text.slice(eq + 1), node: item as Node });
    }
    return vars;
  }
  return entries(doc, node).map((e) => ({ name: e.key, value: scalarText(doc, e.value), node: e.keyNode }));
}

function composeService(doc: Document, yaml: YamlFile, uri: string, file: string, service: string, node: unknown): ClusterFacts | undefined {
  const env = environment(doc, get(doc, node, 'environment')?.value);
  const image = scalarText(doc, get(doc, node, 'image')?.value) ?? '';
  // App containers may carry KAFKA_* variables of their own; only a broker's count as cluster facts.
  if (!BROKER_IMAGE.test(image) && !env.some((v) => BROKER_ENV.test(v.name))) return undefined;
  const out: MutableFacts = {};
  for (const v of env) {
    const key = ENV_FACTS[v.name];
    const n = key && v.value !== undefined ? plainPositiveInt(v.value) : undefined;
    if (!key || n === undefined) continue;
    const line = yaml.lineOf(v.node);
    const f = fact(n, `service ${service} (${file} line ${line + 1})`, uri, line);
    // Both spellings in one service: keep the weaker value, as for two services (see combine.ts).
    const prev = out[key];
    out[key] = prev ? combineClusterFacts([{ [key]: prev }, { [key]: f }])[key] : f;
  }
  return out;
}
