// The one-line guarantee summary (code lens and hover on acks).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, service, settings } from '../../helpers/lint';

function summary(text: string, overrides: Record<string, unknown> = {}) {
  return service.summaries(doc(text), settings(overrides))[0]!.summary;
}

describe('guarantee summary', () => {
  test('semantics', () => {
    assert.equal(summary('acks=all\n').semantics, 'idempotent');
    assert.equal(summary('acks=0\n').semantics, 'at-most-once');
    assert.equal(summary('acks=1\n').semantics, 'at-least-once');
    assert.equal(summary('acks=1\nretries=0\n').semantics, 'at-most-once');
    assert.equal(summary('transactional.id=tx\n').semantics, 'transactional');
    assert.equal(summary('acks=all\n', { clientVersion: '3.1' }).semantics, 'at-least-once');
  });
  test('durability uses cluster facts when known', () => {
    assert.match(summary('acks=all\n').durability, /unknown here/);
    assert.match(summary('acks=all\n', { cluster: { minInsyncReplicas: 2, replicationFactor: 3 } }).durability, /survives 1 broker failure/);
    assert.match(summary('acks=all\n', { cluster: { minInsyncReplicas: 1 } }).durability, /weak/);
  });
  test('main risk names the most serious finding', () => {
    assert.match(summary('enable.idempotence=true\nacks=1\n').mainRisk, /idempotence-conflict \(error\)/);
  });
  test('code lens carries the line', () => {
    const lenses = service.codeLenses(doc('acks=all\n'), settings());
    assert.equal(lenses.length, 1);
    assert.match(lenses[0]!.command!.title, /^Kafka producer: idempotent/);
  });
});
