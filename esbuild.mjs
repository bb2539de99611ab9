// Bundles the extension client, the language server and the CLI into dist/ (one file each, CommonJS for Node).
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { trimTypeScript, typeScriptApiUsedBy } from './scripts/trim-typescript.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Keeps every bundle ASCII. esbuild escapes non-ASCII characters in strings and regular expressions, but the comments it
 * keeps (doc comments of class members) come through as written, and a single `→` there makes V8 hold the whole source
 * as a two-byte string: 2.4 MB instead of 1.2 MB of heap for the server, for as long as it runs. Each such character
 * becomes one ASCII character, so the source map's columns stay right. (Minified builds keep no comments.)
 */
const ASCII_FOR = { '→': '>', '←': '<', '…': '.', '—': '-', '–': '-', '≤': '<', '≥': '>', '×': 'x', '’': "'", '‘': "'", '“': '"', '”': '"' };
const asciiOutputPlugin = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length > 0 || !file) return;
      const code = readFileSync(file, 'utf8');
      // Per UTF-16 unit (a character outside the BMP becomes two), as source map columns count them.
      if (/[^\x00-\x7f]/.test(code)) writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (c) => ASCII_FOR[c] ?? '?'));
    });
  },
};

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // VS Code's extension host runs Node 20+ (code-server: Node 24); the CLI needs Node 20.
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [asciiOutputPlugin],
};

// Cold start of the server (see bench/): `yaml`, needed only for Spring YAML and cluster files, is not part of the
// bundles but dist/yaml.js, loaded on first use; `vscode-languageserver-types` resolves to one copy (its `import` and
// `require` entry points would otherwise both be bundled and run).
const coldStartPlugin = {
  name: 'cold-start',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, (a) =>
      a.kind === 'require-call' ? undefined : build.resolve(a.path, { kind: 'require-call', resolveDir: a.resolveDir }),
    );
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-yaml' }));
    // Node built-ins that vscode-jsonrpc and vscode-languageserver require at load time but only use for transports and
    // module resolution the server never asks for (pipes, sockets, `npm config get prefix`): loaded on first use.
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (a) =>
      a.namespace === 'file' && /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(a.importer) ? { path: a.path, namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (a) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(a.path)}))[k] });`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/yaml\.js$/, namespace: 'lazy-yaml' }, () => ({ path: './yaml.js', external: true }));
    // Property reads load the real module; the export names are listed so that esbuild's interop can copy them lazily.
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      contents: `let m; const load = () => (m ??= require('./yaml.js'));
const names = ${JSON.stringify(Object.keys(createRequire(import.meta.url)('yaml')))};
module.exports = new Proxy({}, {
  get: (_, k) => (k === '__esModule' ? false : load()[k]),
  has: (_, k) => names.includes(k),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, k) => (names.includes(k) ? { configurable: true, enumerable: true, get: () => load()[k] } : undefined),
});`,
      loader: 'js',
    }));
  },
};

/**
 * dist/typescript.js is TypeScript cut down to what the server calls (parser, scanner, node factory, the services' node
 * classes): a third of the size, so the first TS/JS open compiles ~1 MB instead of 3.5 MB (scripts/trim-typescript.mjs).
 * The API it must export is every `ts.name` the server's sources use; when that or the bundle's layout is not found,
 * the whole compiler is bundled as before.
 */
function typescriptEntry() {
  const file = createRequire(import.meta.url).resolve('typescript');
  const r = trimTypeScript(readFileSync(file, 'utf8'), typeScriptApiUsedBy('server/src'));
  if (!r.trimmed) {
    console.warn(`dist/typescript.js: the whole compiler (not trimmed: ${r.why})`);
    return { entryPoints: [file] };
  }
  return { stdin: { contents: r.code, loader: 'js', resolveDir: dirname(file), sourcefile: 'typescript.js' } };
}

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The TypeScript compiler is its own bundle (dist/typescript.js), loaded by server and CLI only when a TS/JS file that
  // imports a Kafka client is analysed; `typescript` stays external in them so it is never inlined.
  // dist/server.js only loads dist/server-main.js (the server) through the per-user code cache (server/src/codeCache.ts).
  { ...common, entryPoints: ['server/src/serverEntry.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server-main.js', external: ['typescript', 'java-parser'], plugins: [coldStartPlugin, ...common.plugins] },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['typescript', 'java-parser'], plugins: [coldStartPlugin, ...common.plugins] },
  { ...common, entryPoints: ['yaml'], outfile: 'dist/yaml.js', sourcemap: false },
  { ...common, ...typescriptEntry(), outfile: 'dist/typescript.js', sourcemap: false },
  // The Java parser (java-parser, Chevrotain-based) likewise: dist/java-parser.js, loaded on the first Java file that
  // mentions Kafka's producer classes.
  { ...common, entryPoints: ['server/src/javaParserEntry.ts'], outfile: 'dist/java-parser.js', sourcemap: false },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  const t = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  console.log(`built dist/extension.js, dist/server.js, dist/server-main.js, dist/yaml.js, dist/cli.js, dist/typescript.js, dist/java-parser.js in ${Date.now() - t} ms${production ? ' (production)' : ''}`);
}
