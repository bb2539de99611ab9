// Rule min-insync-replicas-too-low: acks=all against a topic whose min.insync.replicas or replication factor makes it as weak as acks=1.
import { stringOf } from '../effective/types';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { setting } from './clientText';
import { relatedFact } from './support';


export const rule: Rule = {
  id: 'min-insync-replicas-too-low',
  meta: {
    description: 'acks=all is only as strong as the topic: min.insync.replicas=1 or fewer than 3 replicas make it as weak as acks=1.',
    category: 'durability',
    defaultSeverity: 'warning',
    fix: 'none',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports an effective `acks=all` when the cluster facts say `min.insync.replicas` is 1, or the replication factor is below 3. ' +
        'The facts come from the settings `kafkaProducer.cluster.minInsyncReplicas` / `replicationFactor` or from cluster files in the ' +
        'workspace (the message names the source, and related information links to the file line). Without these facts the rule is silent. ' +
        'The examples assume the setting `kafkaProducer.cluster.minInsyncReplicas: 1`.',
      why:
        '`acks=all` waits for the replicas that are currently in sync, not for all replicas. The broker refuses acks=all writes only when ' +
        'fewer than `min.insync.replicas` replicas are in sync. With `min.insync.replicas=1` (the broker default) the in-sync set may shrink ' +
        'to the leader alone and acks=all then acknowledges what only the leader has: a leader failure loses acknowledged records, exactly ' +
        'as with `acks=1`. With fewer than 3 replicas there is no good setting: 1 replica has no copy at all; with 2, `min.insync.replicas=1` ' +
        'is weak and 2 stops all acks=all writes while either broker is down. Brokers from 3.7 also cap the effective `min.insync.replicas` ' +
        'at the replication factor (before 3.7 a larger value made every acks=all write fail with NotEnoughReplicas).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nacks=all\n',
        valid:
          'bootstrap.servers=localhost:9092\n# acks=1 does not rely on min.insync.replicas (acks-one reports its own trade-off)\nacks=1\n',
      },
      settings: { cluster: { minInsyncReplicas: 1 } },
      fix:
        'Nothing in the producer fixes this, so there is no quick fix. On the topic (or as the broker default) set a replication factor ' +
        'of at least 3 and `min.insync.replicas=2`: acknowledged records then survive the loss of one broker and writes continue while one ' +
        'broker is down. Then update the cluster setting or file the fact comes from.',
      references: [
        'Partition.scala: acks=-1 appends need ISR size ≥ effective min ISR, else NotEnoughReplicas (Partition.scala:1233-1238 @4.3.1)',
        'Effective min ISR = min(min.insync.replicas, replication factor) since 3.7.0 (Partition.scala:246-248, KAFKA-15583)',
        'min.insync.replicas broker/topic default 1 (ServerLogConfigs.java:154-155, LogConfig.java:222 @4.3.1)',
        'ProducerConfig ACKS_DOC: acks=all waits for the in-sync replicas (ProducerConfig.java:138-140 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const acks = ctx.effective.get('acks');
    if (stringOf(acks) !== '-1') return;
    // kafkajs reads acks per send(): the producer stands for the sends that keep the default, a send only when it writes acks.
    if (ctx.scope.client !== 'java' && ctx.scope.role !== 'producer' && !(ctx.scope.client === 'kafkajs' && acks.source === 'explicit')) return;
    const { minInsyncReplicas: min, replicationFactor: rf } = ctx.options.cluster;
    const weakMin = min !== undefined && min.value <= 1;
    const fewReplicas = rf !== undefined && rf.value < 3;
    if (!weakMin && !fewReplicas) return;

    const parts: string[] = [];
    if (weakMin) {
      parts.push(
        `\`min.insync.replicas\` is ${min!.value} (${min!.source}), so the in-sync set may shrink to the leader alone and acks=all then acknowledges records only the leader has`,
      );
    }
    if (fewReplicas) {
      const r = rf!.value;
      const capped = min !== undefined && min.value > r ? `; \`min.insync.replicas=${min.value}\` is above it, which brokers from 3.7 cap at ${r} and older brokers answer with NotEnoughReplicas for every acks=all write` : '';
      parts.push(
        r <= 1
          ? `the replication factor is ${r} (${rf!.source}): there is no second copy, so losing the broker loses acknowledged records${capped}`
          : `the replication factor is ${r} (${rf!.source}): with 2 replicas either one copy is enough to acknowledge or any broker outage stops acks=all writes${capped}`,
      );
    }
    const written = acks.source === 'explicit' ? setting(ctx.scope, acks.entry, 'acks', ctx.scope.client === 'java' ? 'all' : acks.entry?.value.kind === 'string' ? acks.entry.value.value : -1) : `\`acks\` is all (${acks.source === 'default' ? 'the default' : 'set by the client'})`;
    ctx.report({
      message: `${written} is weaker than it looks: ${parts.join('; and ')}. Aim for replication factor 3 with \`min.insync.replicas=2\`.`,
      span: acks.entry ? valueSpan(acks.entry) : anchorSpan(ctx.scope),
      ...(acks.entry ? { entry: acks.entry } : {}),
      key: 'acks',
      related: [
        ...(weakMin ? relatedFact(min, `min.insync.replicas=${min!.value} comes from here`) : []),
        ...(fewReplicas ? relatedFact(rf, `replication factor ${rf!.value} comes from here`) : []),
      ],
    });
  },
};
