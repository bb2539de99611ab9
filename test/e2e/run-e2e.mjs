// The editor suite (npm run test:e2e): the Mocha suite inside code-server (run-ext-tests.js), then Neovim as a second
// LSP client (nvim-probes.mjs); the last line is the total `N passed, N failed` (the project's CI contract).
//   node test/e2e/run-e2e.mjs EXTENSION_DIR TESTS_PATH [WORKSPACE]     (the arguments of run-ext-tests.js)
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runNvimProbes } from './nvim-probes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

/** Runs the code-server suite, echoing its output except its closing summary, which it returns as counts. */
function codeServerSuite(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(HERE, 'run-ext-tests.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let counts;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = SUMMARY.exec(line.trim());
      if (m) counts = { passed: Number(m[1]), failed: Number(m[2]) };
      else console.log(line);
    });
    child.on('close', (code) => {
      const c = counts ?? { passed: 0, failed: 0 };
      // A run that failed without a failing test (harness error, timeout) counts as one failure.
      resolve(code !== 0 && c.failed === 0 ? { ...c, failed: 1 } : c);
    });
  });
}

const vscode = await codeServerSuite(process.argv.slice(2));
console.log(`code-server suite: ${vscode.passed} passed, ${vscode.failed} failed`);
const nvim = await runNvimProbes();
console.log(`Neovim probes: ${nvim.passed} passed, ${nvim.failed} failed`);
const failed = vscode.failed + nvim.failed;
console.log(`${vscode.passed + nvim.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
