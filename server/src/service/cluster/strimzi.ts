// Reads Strimzi custom resources (kind Kafka and KafkaTopic) from multi-document YAML into cluster facts.
import type { Document } from 'yaml';
import type { ClusterFacts } from '../cluster';
import { combineClusterFacts } from './combine';
import { BROKER_KEYS, displayNameOf, fact, hasFacts, plainPositiveInt, TOPIC_KEYS, type ClusterFactKey, type MutableFacts } from './common';
import { entries, get, getIn, parseYaml, scalarText, type YamlEntry, type YamlFile } from './yamlNodes';

/** Strimzi's API group; another operator's `kind: Kafka` (Confluent's, say) has a different spec and is not read. */
const STRIMZI_API = /^kafka\.strimzi\.io\//;

/** Facts from every Strimzi resource of a YAML text, one set per resource (the weakest wins when they are combined). */
export function strimziObservations(uri: string, text: string, name: string = displayNameOf(uri)): ClusterFacts[] {
  return strimziFromYaml(parseYaml(text), uri, name);
}

/** Facts from the Strimzi resources of a YAML text, resources combined with the merge policy of `combine.ts`. */
export function readStrimzi(uri: string, text: string, name: string = displayNameOf(uri)): ClusterFacts {
  return combineClusterFacts(strimziObservations(uri, text, name));
}

export function strimziFromYaml(yaml: YamlFile, uri: string, name: string): ClusterFacts[] {
  const out: ClusterFacts[] = [];
  for (const doc of yaml.docs) {
    try {
      const facts = strimziResource(doc, yaml, uri, name);
      if (facts && hasFacts(facts)) out.push(facts);
    } catch {
      // One odd document must not hide the facts of the others.
    }
  }
  return out;
}

function strimziResource(doc: Document, yaml: YamlFile, uri: string, file: string): ClusterFacts | undefined {
  const root = doc.contents;
  const kind = scalarText(doc, get(doc, root, 'kind')?.value);
  if (kind !== 'Kafka' && kind !== 'KafkaTopic') return undefined;
  const api = get(doc, root, 'apiVersion');
  if (api && !STRIMZI_API.test(scalarText(doc, api.value) ?? '')) return undefined;
  const metaName = scalarText(doc, getIn(doc, root, ['metadata', 'name'])?.value);

  const out: MutableFacts = {};
  const put = (key: ClusterFactKey, e: YamlEntry, what: string): void => {
    const text = scalarText(doc, e.value);
    const n = text === undefined ? undefined : plainPositiveInt(text);
    if (n === undefined) return;
    const line = yaml.lineOf(e.keyNode);
    out[key] = fact(n, `${what} (${file} line ${line + 1})`, uri, line);
  };

  if (kind === 'Kafka') {
    const what = `Kafka ${metaName ?? '(unnamed)'}`;
    const config = getIn(doc, root, ['spec', 'kafka', 'config']);
    if (config) for (const e of entries(doc, config.value)) if (BROKER_KEYS[e.key]) put(BROKER_KEYS[e.key], e, what);
  } else {
    // The topic's name in Kafka is spec.topicName when set, else the resource name.
    const topic = scalarText(doc, getIn(doc, root, ['spec', 'topicName'])?.value) ?? metaName ?? '(unnamed)';
    const what = `KafkaTopic ${topic}`;
    const replicas = getIn(doc, root, ['spec', 'replicas']);
    if (replicas) put('replicationFactor', replicas, what);
    const config = getIn(doc, root, ['spec', 'config']);
    if (config) for (const e of entries(doc, config.value)) if (TOPIC_KEYS[e.key]) put(TOPIC_KEYS[e.key], e, what);
  }
  return out;
}
