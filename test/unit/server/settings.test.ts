// The server's settings store: one request per document, equal answers shared as one object (so work done with the
// likely settings while a request is answered is reused), and nothing stale kept across a settings change.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { SettingsStore } from '../../../server/src/settings';
import { DEFAULT_SETTINGS } from '../../../server/src/service';

/** A connection whose workspace/configuration answers come from `answers` (by scope uri), when `release()` is called. */
function fakeConnection(answers: Map<string, unknown>) {
  const asked: string[] = [];
  const waiting: Array<() => void> = [];
  const connection = {
    workspace: {
      getConfiguration: (items: Array<{ scopeUri: string }>) => {
        asked.push(items[0]!.scopeUri);
        return new Promise((resolve) => waiting.push(() => resolve([answers.get(items[0]!.scopeUri) ?? {}])));
      },
    },
  } as unknown as Connection;
  const release = async () => {
    for (const w of waiting.splice(0)) w();
    await new Promise((r) => setImmediate(r));
  };
  return { connection, asked, release };
}

describe('SettingsStore', () => {
  test('before any answer, the likely settings are those passed at initialization', () => {
    const { connection } = fakeConnection(new Map());
    assert.equal(new SettingsStore(connection, true, undefined).likely('file:///x'), DEFAULT_SETTINGS);
    const store = new SettingsStore(connection, true, { settings: { clientVersion: '3.9' } });
    assert.equal(store.likely('file:///x').clientVersion, '3.9');
  });

  test('an answer equal to the likely settings is that very object; a different one replaces it', async () => {
    const answers = new Map<string, unknown>([
      ['file:///a', { clientVersion: '3.7' }],
      ['file:///b', { clientVersion: '3.7' }],
      ['file:///c', { clientVersion: '3.9' }],
    ]);
    const { connection, asked, release } = fakeConnection(answers);
    const store = new SettingsStore(connection, true, { settings: { clientVersion: '3.7' } });
    const likely = store.likely('file:///x');
    assert.equal(store.known('file:///a'), undefined);
    const a = store.get('file:///a');
    await release();
    assert.equal(await a, likely);
    assert.equal(store.known('file:///a'), likely);
    const b = store.get('file:///b');
    await release();
    assert.equal(await b, likely);
    const c = store.get('file:///c');
    await release();
    const cs = await c;
    assert.notEqual(cs, likely);
    assert.equal(cs.clientVersion, '3.9');
    assert.equal(store.likely('file:///x'), cs);
    // Known documents are not asked again.
    assert.equal(await store.get('file:///a'), likely);
    assert.deepEqual(asked, ['file:///a', 'file:///b', 'file:///c']);
  });

  test('the likely settings of a document are those of the last answer in its folder or the nearest one above', async () => {
    const answers = new Map<string, unknown>([
      ['file:///ws/a/one.properties', { clientVersion: '3.7' }],
      ['file:///ws/b/one.properties', { clientVersion: '3.9' }],
    ]);
    const { connection, release } = fakeConnection(answers);
    const store = new SettingsStore(connection, true, undefined);
    const a = store.get('file:///ws/a/one.properties');
    const b = store.get('file:///ws/b/one.properties');
    await release();
    assert.equal(store.likely('file:///ws/a/two.properties'), await a);
    assert.equal(store.likely('file:///ws/a/deeper/three.properties'), await a);
    assert.equal(store.likely('file:///ws/b/two.properties'), await b);
    // Elsewhere: the last answer.
    assert.equal(store.likely('file:///other/x.properties'), await b);
    // Equal answers in different folders are one object.
    answers.set('file:///ws/c/one.properties', { clientVersion: '3.7' });
    const c = store.get('file:///ws/c/one.properties');
    await release();
    assert.equal(await c, await a);
  });

  test('an answer that arrives after settings changed is returned but not kept', async () => {
    const { connection, asked, release } = fakeConnection(new Map([['file:///a', { clientVersion: '3.7' }]]));
    const store = new SettingsStore(connection, true, undefined);
    const first = store.get('file:///a');
    store.changed(undefined);
    await release();
    assert.equal((await first).clientVersion, '3.7');
    assert.equal(store.known('file:///a'), undefined);
    assert.equal(store.likely('file:///x'), DEFAULT_SETTINGS);
    const again = store.get('file:///a');
    await release();
    assert.equal((await again).clientVersion, '3.7');
    assert.deepEqual(asked, ['file:///a', 'file:///a']);
  });

  test('a client without workspace/configuration gets the pushed settings, shared by every document', async () => {
    const { connection, asked } = fakeConnection(new Map());
    const store = new SettingsStore(connection, false, undefined);
    store.changed({ kafkaProducer: { clientVersion: '3.8' } });
    const [a, b] = await Promise.all([store.get('file:///a'), store.get('file:///b')]);
    assert.equal(a.clientVersion, '3.8');
    assert.equal(a, b);
    assert.deepEqual(asked, []);
  });
});
