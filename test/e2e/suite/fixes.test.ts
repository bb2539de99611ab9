// Quick fixes, source.fixAll and the safe-profile command, applied in the editor and checked on the resulting text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, applyAction, codeActions, codeOf, fixtureUri, hasCode, lacksCode, listDiagnostics, openFixture, problems, rangeText, severityName, waitForDiagnostics } from './helpers';

const SERIALIZERS =
  'key.serializer=org.apache.kafka.common.serialization.StringSerializer\n' +
  'value.serializer=org.apache.kafka.common.serialization.StringSerializer\n';

/** Leaves no dirty editor behind: a later test or the window's shutdown must not meet a save prompt. */
async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('quick fix', () => {
  const name = 'quickfix-producer.properties';
  let doc: vscode.TextDocument;
  let diagnostic: vscode.Diagnostic;

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), hasCode('invalid-value'));
    doc = await openFixture(name);
    const ds = await published;
    assert.equal(ds.length, 1, listDiagnostics(ds));
    diagnostic = ds[0]!;
  });
  after(() => revertAndClose(doc));

  it('offers the fix, preferred, and the suppressions for the diagnostic', async () => {
    const actions = await codeActions(doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Change to `all`', 'Disable invalid-value for this line', 'Disable invalid-value for this file'],
    );
    const fix = actions[0]!;
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    // isPreferred makes it the auto-fix (Shift+Alt+.). (executeCodeActionProvider drops `diagnostics` from its results.)
    assert.equal(fix.isPreferred, true);
  });

  it('applied via workspace.applyEdit, rewrites the value and clears its diagnostic', async () => {
    const actions = await codeActions(doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to `all`');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const cleared = waitForDiagnostics(doc.uri, lacksCode('invalid-value'), { now: false, what: 'the invalid-value diagnostic gone' });
    await applyAction(fix);
    assert.equal(doc.lineAt(diagnostic.range.start.line).text, 'acks=all');
    const after = await cleared;
    assert.deepEqual(problems(after), [], listDiagnostics(after));
  });
});

describe('source.fixAll.kafkaProducer', () => {
  const name = 'fixall-producer.properties';
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), (ds) => ds.length > 0);
    doc = await openFixture(name);
    const ds = await published;
    assert.deepEqual(ds.map(codeOf), ['invalid-value', 'invalid-value', 'unknown-key'], listDiagnostics(ds));
  });
  after(() => revertAndClose(doc));

  const whole = () => doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0));

  it('is offered for the generic source.fixAll kind too (what editor.codeActionsOnSave asks for)', async () => {
    const generic = await codeActions(doc.uri, whole(), vscode.CodeActionKind.SourceFixAll.value);
    assert.deepEqual(generic.map((a) => a.kind?.value), ['source.fixAll.kafkaProducer']);
  });

  it('applies every safe fix in one edit and leaves the rest for the user', async () => {
    const actions = await codeActions(doc.uri, whole(), 'source.fixAll.kafkaProducer');
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0]!.title, 'Fix all safe kafka-producer problems');
    const remaining = waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'invalid-value'), { now: false });
    await applyAction(actions[0]!);
    assert.equal(
      doc.getText(),
      '# Several problems with safe fixes, for source.fixAll.\nbootstrap.servers=kafka-1:9092\n' +
        SERIALIZERS +
        'acks=all\ncompression.type=lz4\nlinger_ms=5\n',
    );
    // Renaming an unknown key is a guess, not a safe fix: the warning stays.
    assert.deepEqual((await remaining).map(codeOf), ['unknown-key']);
    // Nothing safe is left to fix.
    assert.deepEqual(await codeActions(doc.uri, whole(), 'source.fixAll.kafkaProducer'), []);
  });
});

describe('kafkaProducer.applyProfile', () => {
  const name = 'profile-producer.properties';
  const RELIABLE =
    '# Orders producer written for an old client: the Reliable profile rewrites it.\nbootstrap.servers=kafka-1:9092\ncompression.type=lz4\n' +
    SERIALIZERS +
    'acks=all\nmax.in.flight.requests.per.connection=5\nlinger.ms=5\n';
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const published = waitForDiagnostics(fixtureUri(name), hasCode('idempotence-conflict'));
    doc = await openFixture(name);
    const ds = await published;
    // acks=1 is a trade-off (information); 10 in-flight requests break default idempotence on 4.x (error).
    assert.deepEqual(
      ds.map((d) => `${codeOf(d)} ${severityName(d.severity)} ${rangeText(d.range)}`),
      ['acks-one information 5:5-5:6', 'idempotence-conflict error 6:38-6:40'],
      listDiagnostics(ds),
    );
  });
  after(() => revertAndClose(doc));

  it('is also offered as a code action with its changes in the title', async () => {
    const actions = await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), 'refactor.rewrite.kafkaProducer.profile');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Apply producer profile: Reliable (acks=all, max.in.flight.requests.per.connection=5)'), titles.join(' | '));
  });

  it('"reliable" through the command rewrites the file and clears the diagnostics', async () => {
    const clean = waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => ['acks-one', 'idempotence-conflict'].includes(codeOf(d) ?? '')), {
      now: false,
      what: 'acks-one and idempotence-conflict gone after the profile',
    });
    const changed = await vscode.commands.executeCommand<string[] | undefined>('kafkaProducer.applyProfile', doc.uri, 'reliable');
    assert.deepEqual(changed, ['acks=all', 'max.in.flight.requests.per.connection=5']);
    assert.equal(doc.getText(), RELIABLE);
    const after = await clean;
    assert.deepEqual(problems(after), [], listDiagnostics(after));
  });

  it('applied again, changes nothing', async () => {
    const version = doc.version;
    const changed = await vscode.commands.executeCommand<string[] | undefined>('kafkaProducer.applyProfile', doc.uri, 'reliable');
    assert.deepEqual(changed, []);
    assert.equal(doc.getText(), RELIABLE);
    assert.equal(doc.version, version, 'no edit was applied');
  });
});
