// Effective configurations of the code clients, computed once per document (scopes read their linked scopes).
import type { ConfigDocument, ConfigScope } from '../model/configDocument';
import { computeConfluentKafkaJsEffective } from './confluentKafkaJsEffective';
import { computeKafkajsEffective } from './kafkajsEffective';
import { computeLibrdkafkaEffective } from './librdkafkaEffective';
import type { EffectiveConfig } from './types';

const cache = new WeakMap<ConfigDocument, Map<string, EffectiveConfig>>();

/**
 * The effective configuration of a kafkajs, confluent KafkaJS-API or librdkafka scope. Scopes of the document are
 * cached; a scope object that is not the document's own (a fix applied to the model) is computed afresh against the
 * document's other scopes.
 */
export function codeEffective(scope: ConfigScope, document: ConfigDocument): EffectiveConfig {
  let byScope = cache.get(document);
  if (!byScope) {
    byScope = new Map();
    cache.set(document, byScope);
  }
  const memo = byScope;
  const inProgress = new Set<string>();
  const of = (id: string): EffectiveConfig | undefined => {
    const hit = memo.get(id);
    if (hit) return hit;
    const s = document.scopes.find((x) => x.id === id);
    if (!s || inProgress.has(id)) return undefined;
    inProgress.add(id);
    try {
      const e = compute(s, document, of);
      memo.set(id, e);
      return e;
    } finally {
      inProgress.delete(id);
    }
  };
  const own = document.scopes.find((x) => x.id === scope.id);
  if (own === scope) return of(scope.id) ?? compute(scope, document, () => undefined);
  // A changed copy: its linked scopes must see it too, so the document is viewed with the copy in place.
  const changed: ConfigDocument = { ...document, scopes: document.scopes.map((s) => (s.id === scope.id ? scope : s)) };
  return codeEffective(scope, changed);
}

function compute(scope: ConfigScope, document: ConfigDocument, linked: (id: string) => EffectiveConfig | undefined): EffectiveConfig {
  switch (scope.client) {
    case 'kafkajs':
      return computeKafkajsEffective(scope, document, linked);
    case 'confluent-kafkajs':
      return computeConfluentKafkaJsEffective(scope, document, linked);
    default:
      return computeLibrdkafkaEffective(scope);
  }
}
