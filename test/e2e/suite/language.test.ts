// Which files the extension claims: language ids, the grammar, and the .properties files it must leave alone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, EXTENSION_ID, fixtureUri, hoverText, LANGUAGE_ID, listDiagnostics, openFixture, positionOf, waitForDiagnostics } from './helpers';

describe('languages and which files are analysed', () => {
  before(activateExtension);

  it('gives producer-config file names the kafka-properties language', async () => {
    for (const name of ['producer.properties', 'quickfix-producer.properties', 'clean.producer.properties', 'completion-producer.properties']) {
      const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
      assert.equal(doc.languageId, LANGUAGE_ID, name);
    }
  });

  it('registers the language and its TextMate grammar', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID), 'kafka-properties is a known language');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const grammars = (ext.packageJSON.contributes?.grammars ?? []) as Array<{ language: string; scopeName: string; path: string }>;
    const grammar = grammars.find((g) => g.language === LANGUAGE_ID);
    assert.ok(grammar, 'a grammar is contributed for kafka-properties');
    // The contributed file exists and is the grammar it claims to be.
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, grammar.path));
    assert.equal((JSON.parse(Buffer.from(bytes).toString('utf8')) as { scopeName?: string }).scopeName, grammar.scopeName);
  });

  it('leaves an unrelated app.properties alone: the server answers with no diagnostics', async () => {
    const uri = fixtureUri('app.properties');
    // Only the server's answer to this open's pull can satisfy the wait (now: false), and it must be empty.
    const answered = waitForDiagnostics(uri, () => true, { now: false, what: "the server's answer" });
    const doc = await openFixture('app.properties');
    assert.equal(doc.languageId, 'properties');
    assert.deepEqual(await answered, []);
  });

  it('never analyses .gitconfig, although VS Code calls it `properties` too', async () => {
    // A .gitconfig whose keys look like producer keys (acks = maybe): a linter that read it would complain.
    const git = await openFixture('.gitconfig');
    assert.equal(git.languageId, 'properties');
    // Barrier: a producer file opened afterwards gets its diagnostics; .gitconfig's open came first.
    const sentinel = fixtureUri('sentinel-producer.properties');
    const barrier = waitForDiagnostics(sentinel, (ds) => ds.length > 0, { now: false, what: 'the sentinel diagnostics' });
    await openFixture('sentinel-producer.properties');
    await barrier;
    assert.deepEqual(vscode.languages.getDiagnostics(git.uri), [], listDiagnostics(vscode.languages.getDiagnostics(git.uri)));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', git.uri, positionOf(git, 'acks', 1));
    assert.equal(hoverText(hovers), '', 'no hover from the extension on .gitconfig');
  });

  it('analyses a generic .properties file that holds producer keys, keeping its language', async () => {
    const uri = fixtureUri('messaging.properties');
    const published = waitForDiagnostics(uri, (ds) => ds.length > 0);
    const doc = await openFixture('messaging.properties');
    assert.equal(doc.languageId, 'properties');
    const ds = await published;
    assert.deepEqual(ds.map(codeOf), ['invalid-value'], listDiagnostics(ds));
    assert.equal(doc.getText(ds[0]!.range), 'ALL');
  });
});
