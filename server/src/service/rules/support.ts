// Helpers shared by rules: turning construction conflicts into findings, and common fix intents.
import type { ClusterFact } from '../cluster';
import type { ConstructionConflict } from '../effective/types';
import type { ConfigEntry } from '../model/configDocument';
import type { FixIntent, PrintableValue } from '../model/fixIntent';
import type { Finding, FindingFix, RelatedLocation, RuleContext } from './rule';
import { clientKey, clientValue } from './clientText';
import { anchorSpan, valueSpan } from './rule';

export function setIntent(ctx: RuleContext, key: string, value: PrintableValue): FixIntent {
  return { kind: 'set', scopeId: settingsScopeId(ctx), key, value };
}

/**
 * The scope a setting of this one is written in: its own, except for the sends of confluent's KafkaJS API, which carry
 * no settings (acks, timeouts and compression there are rejected): their producer's.
 */
function settingsScopeId(ctx: RuleContext): string {
  const s = ctx.scope;
  if (s.client !== 'confluent-kafkajs' || (s.role !== 'send' && s.role !== 'transaction-send' && s.role !== 'transaction')) return s.id;
  return (s.linked ?? []).find((id) => ctx.scopes.get(id)?.scope.role === 'producer') ?? s.id;
}

/**
 * Removes every entry of `key` in the scope. For settings the client must not see at all: removing only the entry in
 * force (the last) of a key written twice would put the earlier one in force.
 */
export function unsetIntent(ctx: RuleContext, key: string): FixIntent {
  return { kind: 'unset', scopeId: ctx.scope.id, key };
}

export function setFix(ctx: RuleContext, key: string, value: PrintableValue, extra: Partial<FindingFix> = {}): FindingFix {
  // Code files get the title in their client's spelling (`Set maxInFlightRequests: 1`).
  const title = ctx.scope.client === 'java' ? `Set ${key}=${value}` : `Set ${clientKey(ctx.scope, key)}: ${clientValue(ctx.scope, key, value)}`;
  return { title, intents: [setIntent(ctx, key, value)], ...extra };
}

/** Related information pointing at other entries. */
export function relatedEntries(
  items: ReadonlyArray<{ readonly key: string; readonly entry?: ConfigEntry }> | undefined,
  message: (key: string) => string,
): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  for (const r of items ?? []) {
    if (!r.entry) continue;
    const o = r.entry.origin;
    out.push(o.kind === 'import' ? { uri: o.uri, range: o.range, message: message(r.key) } : { span: r.entry.span, message: message(r.key) });
  }
  return out;
}

/** Reports the conflicts of one kind on the value that must change. */
export function reportConflicts(
  ctx: RuleContext,
  kind: ConstructionConflict['kind'],
  build: (c: ConstructionConflict) => { message?: string; fixes?: FindingFix[]; severity?: Finding['severity'] },
): void {
  for (const c of ctx.effective.conflicts) {
    if (c.kind !== kind) continue;
    const extra = build(c);
    const finding: Finding = {
      message: extra.message ?? c.message,
      span: c.entry ? valueSpan(c.entry) : anchorSpan(ctx.scope),
      ...(c.entry ? { entry: c.entry } : {}),
      key: c.key,
      related: relatedEntries(c.related, (k) => `\`${k}\` is set here`),
      fixes: extra.fixes ?? (c.fixValue !== undefined ? [setFix(ctx, c.key, c.fixValue, { preferred: true })] : []),
      ...(extra.severity ? { severity: extra.severity } : {}),
    };
    ctx.report(finding);
  }
}

/** The last entry of a key in the scope (the one the client uses). */
export function lastEntry(ctx: RuleContext, key: string): ConfigEntry | undefined {
  const list = ctx.effective.entriesByKey.get(key);
  return list?.[list.length - 1];
}

/** "in Kafka 4.3 clients" — version wording used in messages. */
export const forVersion = (version: string): string => `Kafka ${version} clients`;

/** Related information pointing at the workspace line a cluster fact was read from (none for facts from settings). */
export function relatedFact(fact: ClusterFact<number> | undefined, message: string): RelatedLocation[] {
  if (!fact?.location) return [];
  const at = { line: fact.location.line, character: 0 };
  return [{ uri: fact.location.uri, range: { start: at, end: at }, message }];
}

/** The batch size the client really uses: `Math.max(1, batch.size)` (KafkaProducer:437 @4.3.1). */
export const effectiveBatchSize = (batchSize: number): number => Math.max(1, batchSize);


/**
 * The smallest buffer that does not throttle one partition on one broker: a batch for each request that may be in flight on
 * the connection plus the batch being filled. Below it, send() blocks on memory before the network pipeline is even full.
 */
export function bufferFloor(batchSize: number, maxInFlight: number): number {
  return (maxInFlight + 1) * effectiveBatchSize(batchSize);
}

/** The first segment of a dotted option path (`retry` of `retry.retries`), without splitting the whole path. */
export function topLevelName(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}
