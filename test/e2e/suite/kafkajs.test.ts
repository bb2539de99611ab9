// kafkajs in the editor: a diagnostic on the send() value that must change, hover in kafkajs' spelling, and the quick fix.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyAction,
  codeActions,
  codeOf,
  fixtureUri,
  hoverText,
  lacksCode,
  listDiagnostics,
  openFixture,
  positionOf,
  rangeText,
  severityName,
  waitForDiagnostics,
} from './helpers';

describe('kafkajs producer (TypeScript)', () => {
  const name = 'node/orders-producer.ts';
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), (ds) => ds.some((d) => codeOf(d) === 'idempotence-conflict'), { what: 'the kafkajs diagnostics' });
    doc = await openFixture(name);
    diagnostics = await published;
  });
  after(async () => {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports acks: 1 on an idempotent producer as an error on the value, with the idempotent option as related information', () => {
    const d = diagnostics.find((x) => codeOf(x) === 'idempotence-conflict');
    assert.ok(d, listDiagnostics(diagnostics));
    // Line 8 (0-based): `  await producer.send({ topic: 'orders', acks: 1, … })`.
    assert.equal(rangeText(d.range), '8:47-8:48');
    assert.equal(doc.getText(d.range), '1');
    assert.equal(severityName(d.severity), 'error');
    assert.match(d.message, /acks: -1/);
    const related = d.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(doc.getText(related[0]!.location.range), 'idempotent: true');
  });

  it('hover on an option shows the kafkajs name, the Java name, the kafkajs default and the effective value', async () => {
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'maxInFlightRequests', 3)));
    assert.match(hover, /maxInFlightRequests/);
    assert.match(hover, /kafkajs/);
    assert.match(hover, /max\.in\.flight\.requests\.per\.connection/);
    assert.match(hover, /unlimited/);
    assert.match(hover, /Effective here/);
  });

  it('the quick fix writes acks: -1 and the error goes away', async () => {
    const d = diagnostics.find((x) => codeOf(x) === 'idempotence-conflict')!;
    const actions = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Set acks: -1');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const cleared = waitForDiagnostics(doc.uri, lacksCode('idempotence-conflict'), { now: false, what: 'the idempotence-conflict diagnostic gone' });
    await applyAction(fix);
    assert.match(doc.lineAt(8).text, /acks: -1,/);
    await cleared;
  });
});
