// Mocha entry point of the editor suite (extensionTestsPath for run-ext-tests.js and @vscode/test-electron).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** The CI contract: the last line of every run, whatever happened, is exactly `N passed, N failed`. */
function summary(passed: number, failed: number): void {
  console.log(`${passed} passed, ${failed} failed`);
}

export function run(): Promise<void> {
  // No colours: the runner forwards the extension host's console line by line into a CI log.
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000 });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      // An empty run must not look green: a broken compile step would otherwise pass CI.
      console.error(`no *.test.js files in ${__dirname} (run "npm run compile" first)`);
      summary(0, 1);
      reject(new Error('no editor tests found'));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        summary(runner.stats?.passes ?? 0, failures);
        if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
        else resolve();
      });
    } catch (e) {
      // A test file that throws while loading (a missing module, a top-level error) fails the whole run.
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      summary(0, 1);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
