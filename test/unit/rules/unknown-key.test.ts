// unknown-key: typos with suggestions, keys of newer versions, pass-through keys, plugin classes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'unknown-key';
const B = 'bootstrap.servers=localhost:9092\n';

describe(rule, () => {
  test('a typo is reported on the key with the closest key suggested', () => {
    const text = `${B}linger_ms=5\nenable.idempotance=true\nACKS=all\n`;
    const f = lintRule(rule, text);
    assert.deepEqual(f.map((x) => x.at), ['linger_ms', 'enable.idempotance', 'ACKS']);
    assert.match(f[0]!.message, /linger\.ms/);
    assert.match(f[1]!.message, /enable\.idempotence/);
    assert.equal(f[0]!.severity, 'warning');
    assert.equal(applyFix(`${B}linger_ms=5\n`, rule), `${B}linger.ms=5\n`);
  });
  test('no suggestion for something far from every key', () => {
    assert.doesNotMatch(lintRule(rule, `${B}hello.world=1\n`)[0]!.message, /Did you mean/);
  });
  test('a key of a newer client names the version that added it', () => {
    const text = `${B}transaction.two.phase.commit.enable=true\n`;
    assert.match(lintRule(rule, text, { clientVersion: '4.0' })[0]!.message, /added in 4\.1/);
    assert.deepEqual(lintRule(rule, text, { clientVersion: '4.1' }), []);
  });
  test('serializer settings and config providers are not unknown', () => {
    assert.deepEqual(lintRule(rule, `${B}schema.registry.url=http://sr:8081\nbasic.auth.user.info=u:p\nconfig.providers.file.class=x\n`), []);
  });
  test('with a plugin class configured, unknown keys are only information', () => {
    const text = `${B}value.serializer=com.acme.MySerializer\nacme.format=v2\n`;
    assert.equal(lintRule(rule, text)[0]?.severity, 'information');
  });
  test('consumer keys are misplaced-key, not unknown-key', () => {
    assert.deepEqual(lintRule(rule, `${B}group.id=g\n`), []);
  });
});
