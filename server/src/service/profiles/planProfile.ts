// Plans a profile for one scope: the minimal set of changes that makes the configuration meet it.
import { analyze, type Analysis } from '../features/analysis';
import { printFix } from '../dialects';
import { formatJavaValue } from '../effective/javaValues';
import type { FixIntent, TextChange } from '../model/fixIntent';
import type { ConfigScope } from '../model/configDocument';
import { valueAsText } from '../model/value';
import type { EffectiveValue } from '../effective/types';
import { atLeast } from '../catalog/versions';
import { fixModelOf, parseDocument } from '../dialects';
import { applyToScope } from '../features/fixSoundness';
import type { Profile } from './profiles';
import { kafkajsPerSendWithoutSends, kafkajsSendsNeedingAcks, requirementsFor } from './codeProfiles';

export interface ProfileChange {
  readonly key: string;
  readonly from: string | null;
  readonly to: string;
  readonly why: string;
}

export interface ProfilePlan {
  readonly profile: Profile;
  readonly scopeId: string;
  readonly intents: readonly FixIntent[];
  readonly changes: readonly ProfileChange[];
}

/** The value as the file has it (the raw text when the client would reject it). */
function writtenValue(v: EffectiveValue): string | null {
  if (v.entry && (v.invalid || v.source !== 'explicit')) {
    const text = valueAsText(v.entry.value);
    return text === undefined ? null : text.trim();
  }
  return v.value === undefined ? null : formatJavaValue(v.value);
}

/**
 * Only requirements the current effective value fails are changed; values that are unknown (computed at run
 * time) are left alone. When a change would make delivery.timeout.ms too small, it is raised as well.
 */
export function planProfile(analysis: Analysis, scope: ConfigScope, profile: Profile): ProfilePlan {
  const effective = analysis.scopes.get(scope.id)!.effective;
  const intents: FixIntent[] = [];
  const changes: ProfileChange[] = [];
  const planned = new Map<string, unknown>();
  for (const req of requirementsFor(effective, profile)) {
    const current = effective.get(req.key);
    if (current.source === 'unknown' || kafkajsPerSendWithoutSends(scope, req.key, analysis.scopes)) continue;
    // kafkajs: "acks=all" is a property of the producer's send() calls: the intents name the calls that ask for less.
    const sends = req.key === 'acks' ? kafkajsSendsNeedingAcks(scope, analysis.scopes) : [];
    if (sends.length > 0) {
      for (const id of sends) intents.push({ kind: 'set', scopeId: id, key: req.key, value: req.value });
      changes.push({ key: req.key, from: null, to: String(req.value), why: req.why });
      continue;
    }
    // From 3.2 idempotence is on by default; when another key silently turns it off, that key's own
    // requirement (acks, retries, in-flight) restores it, so nothing needs writing here.
    if (req.key === 'enable.idempotence' && !effective.idempotence.explicit && atLeast(effective.version, '3.2')) continue;
    if (!current.invalid && current.value !== undefined && req.satisfied(current.value)) continue;
    intents.push({ kind: 'set', scopeId: scope.id, key: req.key, value: req.value });
    planned.set(req.key, req.value);
    const from = current.source === 'explicit' || current.source === 'override' ? writtenValue(current) : null;
    changes.push({ key: req.key, from, to: String(req.value), why: req.why });
  }
  // KafkaProducer requires delivery.timeout.ms >= linger.ms + request.timeout.ms when it is set explicitly.
  // A value the profile itself writes must cover them too (reliable's 120000 next to linger.ms=90001).
  const delivery = effective.get('delivery.timeout.ms');
  const plannedDelivery = planned.get('delivery.timeout.ms');
  if (delivery.source === 'explicit' || plannedDelivery !== undefined) {
    const linger = Number(planned.get('linger.ms') ?? effective.get('linger.ms').value);
    const request = Number(effective.get('request.timeout.ms').value);
    const configured = Number(plannedDelivery ?? delivery.value);
    if (Number.isFinite(linger) && Number.isFinite(request) && configured < linger + request) {
      const to = Math.max(120000, Math.ceil(linger + request)); // a whole number of ms (linger may be a client adjustment such as 4.9)
      const at = intents.findIndex((i) => i.kind === 'set' && i.key === 'delivery.timeout.ms');
      if (at >= 0) {
        intents[at] = { kind: 'set', scopeId: scope.id, key: 'delivery.timeout.ms', value: to };
        const c = changes.findIndex((x) => x.key === 'delivery.timeout.ms');
        if (c >= 0) changes[c] = { ...changes[c]!, to: String(to) };
      } else {
        intents.push({ kind: 'set', scopeId: scope.id, key: 'delivery.timeout.ms', value: to });
        changes.push({ key: 'delivery.timeout.ms', from: String(configured), to: String(to), why: 'must cover linger.ms + request.timeout.ms' });
      }
    }
  }
  coverDeliveryTimeout(analysis, scope, intents, changes);
  return { profile, scopeId: scope.id, intents, changes };
}

/**
 * The client's own adjustments follow the values a plan changes: librdkafka lowers linger.ms below a message timeout
 * that is shorter, and lets it be once the plan raises that timeout. The delivery timeout the plan writes is checked
 * again against the configuration as planned, until it covers linger.ms + request.timeout.ms there too.
 */
function coverDeliveryTimeout(analysis: Analysis, scope: ConfigScope, intents: FixIntent[], changes: ProfileChange[]): void {
  for (let round = 0; round < 3; round++) {
    const at = intents.findIndex((i) => i.kind === 'set' && i.key === 'delivery.timeout.ms' && i.scopeId === scope.id);
    if (at < 0) return;
    const written = Number((intents[at] as { value: unknown }).value);
    const planned = analysis.effectiveFor(applyToScope(scope, intents, fixModelOf(analysis.document, scope)).scope, analysis.settings, analysis.document);
    const linger = Number(planned.get('linger.ms').value);
    const request = Number(planned.get('request.timeout.ms').value);
    if (!Number.isFinite(linger) || !Number.isFinite(request) || !(written < linger + request)) return;
    const to = Math.max(120000, Math.ceil(linger + request));
    intents[at] = { kind: 'set', scopeId: scope.id, key: 'delivery.timeout.ms', value: to };
    const c = changes.findIndex((x) => x.key === 'delivery.timeout.ms');
    if (c >= 0) changes[c] = { ...changes[c]!, to: String(to) };
  }
}

/** The text changes of a plan, and a check that the result still analyses without new errors. */
export function printPlan(analysis: Analysis, plan: ProfilePlan): TextChange[] {
  return plan.intents.length === 0 ? [] : printFix(analysis.document, plan.intents);
}

/** Re-analyses text after changes (used by tests and by the preview's error count). */
export function reanalyse(analysis: Analysis, text: string): Analysis | undefined {
  const doc = parseDocument(
    { uri: analysis.document.uri, languageId: languageIdFor(analysis), version: analysis.document.version + 1, text },
    { maxFileBytes: analysis.settings.maxFileBytes, ...(analysis.code ? { code: analysis.code } : {}) },
  );
  return doc ? analyze(doc, analysis.settings, undefined, undefined, analysis.code) : undefined;
}

function languageIdFor(analysis: Analysis): string | undefined {
  return analysis.document.dialect === 'properties' ? 'kafka-properties' : undefined;
}
