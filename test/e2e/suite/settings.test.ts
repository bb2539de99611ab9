// Settings reach the server: kafkaProducer.clientVersion and kafkaProducer.rules change the diagnostics live.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fixtureUri, hasCode, hoverText, lacksCode, listDiagnostics, openFixture, positionOf, rangeText, severityName, waitForDiagnostics } from './helpers';

const RULE = 'delivery-timeout-too-small';

describe('settings', () => {
  const name = 'version-producer.properties';
  let doc: vscode.TextDocument;
  const config = () => vscode.workspace.getConfiguration('kafkaProducer', doc.uri);

  /** Changes a workspace setting and resolves once the diagnostics of the fixture satisfy `predicate`. */
  async function updateAndWait(key: string, value: unknown, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
    const changed = waitForDiagnostics(doc.uri, predicate, { now: false, what });
    await config().update(key, value, vscode.ConfigurationTarget.Workspace);
    return changed;
  }

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), hasCode(RULE));
    doc = await openFixture(name);
    await published;
  });

  // The workspace is a per-run copy, but later suites in the same window must see the defaults again.
  after(async () => {
    await config().update('clientVersion', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('on the default 4.3 client, delivery.timeout.ms=30000 is an error (linger.ms defaults to 5)', () => {
    const ds = vscode.languages.getDiagnostics(doc.uri);
    assert.deepEqual(ds.map((d) => `${codeOf(d)} ${severityName(d.severity)} ${rangeText(d.range)}`), [`${RULE} error 6:20-6:25`], listDiagnostics(ds));
    assert.match(ds[0]!.message, /5 \+ 30000 = 30005/);
  });

  it('with clientVersion 3.9 the client accepts the same file (no error), and hover speaks of 3.9', async () => {
    const ds = await updateAndWait('clientVersion', '3.9', lacksCode(RULE), `no ${RULE} on 3.9`);
    // Advice may remain (a 30 s delivery timeout leaves little room for retries), but nothing the client refuses.
    assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], listDiagnostics(ds));
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'delivery.timeout.ms', 1)));
    assert.match(hover, /Default \(Kafka 3\.9\)/);
  });

  it('back on 4.3 (setting removed), the error returns', async () => {
    await updateAndWait('clientVersion', undefined, hasCode(RULE), `${RULE} again on 4.3`);
  });

  it('kafkaProducer.rules changes a rule severity, and "off" silences it', async () => {
    const warned = await updateAndWait('rules', { [RULE]: 'warning' }, (ds) => ds.some((d) => codeOf(d) === RULE && d.severity === vscode.DiagnosticSeverity.Warning), `${RULE} as a warning`);
    assert.equal(warned.length, 1);
    await updateAndWait('rules', { [RULE]: 'off' }, lacksCode(RULE), `${RULE} off`);
  });
});
