// Spring Boot and Java in the editor: diagnostics, hover and a quick fix on an application.yml and a Java config class.
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

async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('Spring Boot application.yml', () => {
  const name = 'spring/application.yml';
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), (ds) => ds.length >= 2, { what: 'the Spring diagnostics' });
    doc = await openFixture(name);
    diagnostics = await published;
  });
  after(() => revertAndClose(doc));

  it('reports the transactional acks=1 failure and the name Spring ignores, at their exact ranges', () => {
    const actual = diagnostics.map((d) => `${codeOf(d)} ${severityName(d.severity)} ${rangeText(d.range)}`).sort();
    // Line 6 `      acks: 1`, line 8 `      linger-ms: 20` (0-based).
    assert.deepEqual(actual, ['idempotence-conflict error 6:12-6:13', 'unknown-key warning 8:6-8:15'], listDiagnostics(diagnostics));
  });

  it('hover on a Spring key names the Kafka key, its default and the effective value', async () => {
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'batch-size', 2)));
    assert.match(hover, /→ Kafka `batch\.size`/);
    assert.match(hover, /32768 bytes/);
    assert.match(hover, /Default \(Kafka/);
    assert.match(hover, /Effective here/);
  });

  it('the quick fix writes acks: all and the error goes away', async () => {
    const d = diagnostics.find((x) => codeOf(x) === 'idempotence-conflict')!;
    const actions = await codeActions(doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Set acks=all');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const cleared = waitForDiagnostics(doc.uri, lacksCode('idempotence-conflict'), { now: false, what: 'the idempotence-conflict diagnostic gone' });
    await applyAction(fix);
    assert.equal(doc.lineAt(6).text, '      acks: all');
    await cleared;
  });
});

describe('Java producer config class', () => {
  const name = 'spring/KafkaProducerConfig.java';
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), (ds) => ds.some((d) => codeOf(d) === 'idempotence-conflict'), { what: 'the Java diagnostics' });
    doc = await openFixture(name);
    diagnostics = await published;
  });
  after(() => revertAndClose(doc));

  it('reports acks=1 next to enable.idempotence=true on the value literal', () => {
    const d = diagnostics.find((x) => codeOf(x) === 'idempotence-conflict')!;
    assert.equal(doc.getText(d.range), '"1"');
    assert.equal(severityName(d.severity), 'error');
  });

  it('hover on a ProducerConfig constant shows the key it holds', async () => {
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'ACKS_CONFIG', 2)));
    assert.match(hover, /`ProducerConfig\.ACKS_CONFIG` = `"acks"`/);
    assert.match(hover, /\*\*acks\*\*/);
  });
});
