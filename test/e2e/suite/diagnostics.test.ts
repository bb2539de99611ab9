// Diagnostics in the editor: rule ids as codes with a docs link, severities, exact ranges and related locations.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, EXTENSION_ID, listDiagnostics, openFixture, fixtureUri, rangeText, severityName, SOURCE, waitForDiagnostics } from './helpers';

// producer.properties, line by line (0-based): 5 `acks=ALL`, 6 `enable.idempotence=true`,
// 7 `max.in.flight.requests.per.connection=10`, 8 `compression.type=lz4 # fast`, 9 `linger_ms=5`, 10 `group.id=checkout`.
const EXPECTED = [
  'invalid-value error 5:5-5:8', // ALL: acks values are case-sensitive
  'idempotence-conflict error 7:38-7:40', // 10 in-flight requests with enable.idempotence=true
  'invalid-value error 8:17-8:27', // `lz4 # fast`: a .properties value runs to the end of the line
  'unknown-key warning 9:0-9:9', // linger_ms
  'misplaced-key warning 10:0-10:8', // group.id is a consumer key
];

describe('diagnostics on producer.properties', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    await activateExtension();
    const uri = fixtureUri('producer.properties');
    // Armed before opening: the pull that the open triggers is what we wait for.
    const published = waitForDiagnostics(uri, (ds) => ds.length > 0, { what: 'the first diagnostics' });
    doc = await openFixture('producer.properties');
    diagnostics = await published;
  });

  it('reports each finding with its rule id, severity and exact range', () => {
    const actual = diagnostics.map((d) => `${codeOf(d)} ${severityName(d.severity)} ${rangeText(d.range)}`).sort();
    assert.deepEqual(actual, [...EXPECTED].sort(), listDiagnostics(diagnostics));
  });

  it('marks every diagnostic with the extension as source and a link to the rule page', () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    for (const d of diagnostics) {
      assert.equal(d.source, SOURCE);
      const code = d.code;
      assert.ok(typeof code === 'object' && code !== null, `${codeOf(d)} has a codeDescription (code is { value, target })`);
      const target = code.target.toString(true);
      assert.match(target, /^https:\/\//);
      assert.ok(target.endsWith(`/docs/rules/${code.value}.md`), `${target} links the page of ${code.value}`);
      // The linked page exists in the repository (the extension host runs on this machine in both routes).
      assert.ok(fs.existsSync(path.join(extensionPath, 'docs', 'rules', `${code.value}.md`)), `docs/rules/${code.value}.md exists`);
    }
  });

  it('says what is wrong in terms of the file', () => {
    const byRange = new Map(diagnostics.map((d) => [rangeText(d.range), d.message]));
    assert.match(byRange.get('5:5-5:8')!, /`ALL`.*`acks`.*`all`/s);
    assert.match(byRange.get('9:0-9:9')!, /`linger_ms`.*`linger\.ms`/s);
    assert.match(byRange.get('10:0-10:8')!, /`group\.id`.*consumer/s);
    // The range covers exactly the text that must change.
    assert.equal(doc.getText(diagnostics.find((d) => codeOf(d) === 'idempotence-conflict')!.range), '10');
  });

  it('links the other half of a conflict as related information', () => {
    const conflict = diagnostics.find((d) => codeOf(d) === 'idempotence-conflict');
    assert.ok(conflict, listDiagnostics(diagnostics));
    const related = conflict.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(related[0]!.location.range), 'enable.idempotence=true');
  });
});
