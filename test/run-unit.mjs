// Runs the compiled unit and protocol tests (out/test/{unit,lsp}/**/*.test.js) with node's own test runner.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['out/test/unit', 'out/test/lsp'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js')) files.push(p);
  }
};
for (const r of roots) if (existsSync(r)) walk(r);
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}; run "npm run compile" first`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
