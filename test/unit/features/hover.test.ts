// Hover on keys and values: docs, type, valid values, version-aware default and history, effective value, units.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { cursor, doc, service, settings } from '../../helpers/lint';

function hover(textWithBar: string, overrides: Record<string, unknown> = {}): string {
  const { text, position } = cursor(textWithBar);
  const h = service.hover(doc(text), position, settings(overrides));
  return h ? (h.contents as MarkupContent).value : '';
}

describe('hover', () => {
  test('on a key: summary, type, default for the version, history, effective value', () => {
    const h = hover('ac|ks=1\n');
    assert.match(h, /\*\*acks\*\* · `STRING`/);
    assert.match(h, /Default \(Kafka 4\.3\): `all`/);
    assert.match(h, /`1` in 2\.0 → `all` from 3\.0/);
    assert.match(h, /one of `all`, `-1`, `0`, `1` \(case-sensitive\)/);
    assert.match(h, /Effective here:\*\* `1`/);
    assert.match(h, /When to change/);
    assert.match(h, /Trade-off/);
  });
  test('default follows the configured version', () => {
    assert.match(hover('linger|.ms=1\n', { clientVersion: '3.9' }), /Default \(Kafka 3\.9\): `0`/);
    assert.match(hover('linger|.ms=1\n'), /Default \(Kafka 4\.3\): `5` ms/);
  });
  test('human units for ms and bytes', () => {
    assert.match(hover('delivery.timeout.ms=12|0000\n'), /2 min/);
    assert.match(hover('buffer.mem|ory=67108864\n'), /64 MiB/);
  });
  test('on a value: what that choice means', () => {
    const h = hover('acks=|0\n');
    assert.match(h, /\*\*acks\*\* = `0`/);
    assert.match(h, /Other values:/);
  });
  test('a rejected value is not explained as its case-folded twin', () => {
    const h = hover('acks=|ALL\n');
    assert.match(h, /The client rejects this value: values are case-sensitive here: write `all`/);
    assert.doesNotMatch(h, /Other values:/);
    assert.match(hover('security.protocol=|sasl_ssl\n'), /SASL/);
  });
  test('acks hover shows the guarantee summary and what durability depends on', () => {
    const h = hover('ac|ks=all\n');
    assert.match(h, /Guarantees of this file:\*\* idempotent/);
    assert.match(h, /min\.insync\.replicas/);
  });
  test('an overridden duplicate says it is ignored', () => {
    assert.match(hover('ac|ks=1\nacks=all\n'), /overridden by a later line/);
  });
  test('client overrides are explained (delivery timeout raised when unset)', () => {
    assert.match(hover('request.timeout.ms=200000\nlinger.ms=5\ndelivery.timeout.ms|\n'.replace('delivery.timeout.ms|\n', '')), /./);
    const h = hover('request.timeout.ms=200000\nacks|=1\n');
    assert.match(h, /acks/);
  });
  test('unknown, future, foreign and pass-through keys', () => {
    assert.match(hover('lin|ger_ms=5\n'), /not a producer key of Kafka 4\.3/);
    assert.match(hover('transaction.two.phase.commit.en|able=true\n', { clientVersion: '4.0' }), /added in 4\.1/);
    assert.match(hover('group|.id=x\n'), /consumer/);
    assert.match(hover('schema.regi|stry.url=http://x\n'), /serializers/);
  });
  test('no hover on comments or blank lines', () => {
    assert.equal(hover('# ac|ks\n'), '');
    assert.equal(hover('acks=all\n|\n'), '');
  });
});
