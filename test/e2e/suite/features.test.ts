// Hover, completion, document symbols and the guarantee code lens, through VS Code's provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, hoverText, labelOf, openFixture, positionOf, waitForDiagnostics } from './helpers';

describe('hover', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    // Armed before the first open of this file in the run: only the server's answer to that open's pull can satisfy it.
    const published = waitForDiagnostics(fixtureUri('clean.producer.properties'), () => true, { now: false, what: 'the (empty) diagnostics' });
    doc = await openFixture('clean.producer.properties');
    // The durable fixture really is clean: the server answered the pull with nothing to report.
    assert.deepEqual(await published, []);
  });

  const hover = async (needle: string, delta: number) =>
    hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, delta)));

  it('on the acks key: what it does, valid values, the default for the configured version and the effective value', async () => {
    const text = await hover('\nacks=', 2);
    assert.match(text, /\*\*acks\*\*/);
    assert.match(text, /replicas must confirm a write/);
    // kafkaProducer.clientVersion defaults to 4.3; acks defaults to all since 3.0.
    assert.match(text, /Default \(Kafka 4\.3\): `all`/);
    assert.match(text, /Default history: `1` in 2\.0 → `all` from 3\.0/);
    assert.match(text, /Valid: one of `all`, `-1`, `0`, `1`/);
    assert.match(text, /\*\*Effective here:\*\* `-1` \(all\)/);
  });

  it('on a value: what that choice means, and the alternatives', async () => {
    const text = await hover('\nacks=all', 7);
    assert.match(text, /\*\*acks\*\* = `all`/);
    assert.match(text, /all in-sync replicas have the record/);
    assert.match(text, /Other values:[\s\S]*- `1`: Only the leader/);
  });

  it('shows durations in human units', async () => {
    const text = await hover('delivery.timeout.ms=', 21);
    assert.match(text, /`120000` \(2 min\)/);
  });

  it('stays silent on comments', async () => {
    assert.equal(await hover('# Payments', 3), '');
  });
});

describe('completion', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    doc = await openFixture('completion-producer.properties');
  });

  const complete = (pos: vscode.Position) =>
    // Resolving every item, as the editor does for the focused one: documentation comes on resolve.
    vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, undefined, 1000);

  it('offers keys with their docs on an empty line, minus those already set', async () => {
    const list = await complete(new vscode.Position(doc.lineCount - 1, 0));
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Property);
    const labels = ours.map(labelOf);
    for (const key of ['linger.ms', 'enable.idempotence', 'delivery.timeout.ms', 'batch.size']) assert.ok(labels.includes(key), `${key} offered`);
    // Already in the file.
    assert.ok(!labels.includes('bootstrap.servers'), 'bootstrap.servers is set, not offered again');
    const linger = ours.find((i) => labelOf(i) === 'linger.ms')!;
    assert.equal(linger.insertText instanceof vscode.SnippetString ? linger.insertText.value : linger.insertText, 'linger.ms=');
    assert.match(String(linger.detail), /default 5/);
    const docs = linger.documentation;
    assert.match(typeof docs === 'string' ? docs : (docs?.value ?? ''), /\*\*linger\.ms\*\*/);
  });

  it('offers the acks values after `acks=`, the default preselected', async () => {
    const list = await complete(positionOf(doc, 'acks=', 5));
    const values = list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual(values.map(labelOf), ['all', '-1', '0', '1']);
    assert.equal(values.find((i) => i.preselect)?.insertText, 'all');
  });

  it('offers the codecs after `compression.type=`', async () => {
    const list = await complete(positionOf(doc, 'compression.type=', 17));
    assert.deepEqual(
      list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf),
      ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
    );
  });
});

describe('document symbols and the guarantee code lens', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    doc = await openFixture('clean.producer.properties');
  });

  it('lists one symbol per entry, with its value as detail and the key as selection range', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['bootstrap.servers', 'key.serializer', 'value.serializer', 'acks', 'enable.idempotence', 'delivery.timeout.ms', 'linger.ms', 'compression.type'],
    );
    const acks = symbols.find((s) => s.name === 'acks')!;
    assert.equal(acks.kind, vscode.SymbolKind.Property);
    assert.equal(acks.detail, 'all');
    assert.equal(doc.getText(acks.selectionRange), 'acks');
    assert.equal(doc.getText(acks.range), 'acks=all');
  });

  it('shows the delivery guarantees as a code lens on the first line, opening the effective configuration', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.equal(lenses.length, 1);
    const lens = lenses[0]!;
    assert.equal(lens.range.start.line, 0);
    assert.equal(
      lens.command?.title,
      "Kafka producer: idempotent (exactly-once per partition) · durability: acks=all: as strong as the topic's min.insync.replicas (unknown here) · main risk: none found",
    );
    assert.equal(lens.command?.command, 'kafkaProducer.showEffectiveConfig');

    // Clicking the lens opens the effective configuration beside the file.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    const report = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
    assert.ok(report, 'a markdown editor with the effective configuration is visible');
    assert.match(report.document.getText(), /linger\.ms/);
    await vscode.window.showTextDocument(report.document, report.viewColumn);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
