// Safe profiles: minimal changes, all durable, applied twice change nothing, never touch unrelated lines.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actions, applyAction, lint } from '../../helpers/lint';

const PROFILE_KIND = 'refactor.rewrite.kafkaProducer.profile';

function apply(text: string, title: string, overrides: Record<string, unknown> = {}): string {
  const a = actions(text, overrides, [PROFILE_KIND]).find((x) => x.title.startsWith(`Apply producer profile: ${title}`));
  if (!a) throw new Error(`no profile ${title}`);
  if (!a.edit) return text;
  return applyAction(text, a);
}

const BASE = '# Orders producer\nbootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\n';

describe('profiles', () => {
  for (const p of ['Reliable', 'Exactly-once', 'High throughput', 'Low latency']) {
    test(`${p}: durable, idempotent when applied twice, no new errors, unrelated lines untouched`, () => {
      const text = `${BASE}acks=1\nenable.idempotence=false\n# keep this comment\nclient.id=orders\nlinger.ms=100\nbatch.size=1000000\n`;
      const once = apply(text, p);
      const twice = apply(once, p);
      assert.equal(twice, once, 'second application changes nothing');
      for (const line of ['# Orders producer', '# keep this comment', 'client.id=orders', 'bootstrap.servers=localhost:9092']) {
        assert.ok(once.includes(line), `${line} kept`);
      }
      assert.match(once, /^acks=all$/m);
      assert.match(once, /^enable\.idempotence=true$/m);
      assert.deepEqual(lint(once).filter((f) => f.severity === 'error'), []);
      const disabled = actions(once, {}, [PROFILE_KIND]).find((x) => x.title.startsWith(`Apply producer profile: ${p}`))!;
      assert.ok(disabled.disabled, 'offered as already satisfied');
    });
  }
  test('reliable on a default 4.3 file changes only the delivery timeout it can see... nothing at all', () => {
    assert.equal(apply(BASE, 'Reliable'), BASE);
  });
  test('high throughput adds linger, batch and lz4 and raises a too-small explicit delivery timeout', () => {
    const text = `${BASE}delivery.timeout.ms=30005\n`;
    const out = apply(text, 'High throughput');
    assert.match(out, /^linger\.ms=20$/m);
    assert.match(out, /^batch\.size=131072$/m);
    assert.match(out, /^compression\.type=lz4$/m);
    assert.match(out, /^delivery\.timeout\.ms=120000$/m);
    assert.deepEqual(lint(out).filter((f) => f.severity === 'error'), []);
  });
  test('exactly-once adds a transactional.id placeholder to fill in', () => {
    assert.match(apply(BASE, 'Exactly-once'), /^transactional\.id=CHANGE-ME/m);
  });
  test('before 3.2 idempotence must be written explicitly', () => {
    assert.match(apply(BASE, 'Reliable', { clientVersion: '3.1' }), /^enable\.idempotence=true$/m);
    assert.match(apply(BASE, 'Reliable', { clientVersion: '2.8' }), /^acks=all$/m);
  });
});
