// Runs the editor suite in desktop VS Code via @vscode/test-electron, for machines that can download VS Code.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

// Compiled to out/test/e2e/runElectron.js: the project root is three levels up.
const ROOT = path.resolve(__dirname, '..', '..', '..');
// Downloads live next to code-server's, outside the repository (test-electron's default is ./.vscode-test).
const CACHE = process.env.EDITOR_HARNESS_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'kafka-e2e');

async function main(): Promise<number> {
  const extensionTestsPath = path.join(__dirname, 'suite', 'index');
  // The tests edit files and write .vscode/settings.json: they get a copy, as under run-ext-tests.js.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-e2e-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions'],
      cachePath: path.join(CACHE, 'vscode-test'),
      // VSCODE_EXECUTABLE_PATH: use an installed VS Code instead of downloading one.
      ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
      // Give up on an unreachable download server after 30 s instead of waiting on it.
      timeout: 30_000,
    });
  } catch (e) {
    // runTests rejects with TestRunFailedError when VS Code ran and the suite failed: Mocha has said why.
    if (e instanceof TestRunFailedError) {
      console.error(`test:electron: ${e.message}`);
      return 1;
    }
    const why = e instanceof Error ? e.message : String(e);
    console.error(
      `test:electron: could not start desktop VS Code: ${why}\n` +
        '  @vscode/test-electron downloads VS Code from https://update.code.visualstudio.com, which this machine cannot reach\n' +
        '  (or set VSCODE_EXECUTABLE_PATH to an installed VS Code). The same suite runs offline in code-server: npm run test:e2e',
    );
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
