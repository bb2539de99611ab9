// dist/typescript.js is TypeScript cut down to what the server calls (scripts/trim-typescript.mjs): it must export every
// API the server's sources use, parse exactly as the whole compiler does, and give the same diagnostics.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as TS from 'typescript';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import type { TypeScriptApi } from '../../../server/src/service/dialects/typescript';
import { ROOT } from '../../helpers/code';

const BUNDLED = join(ROOT, 'dist/typescript.js');
const skip = existsSync(BUNDLED) ? false : 'dist/typescript.js is not built (npm run build)';

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out.sort();
}

/** Every node the walk reaches, as kind@pos-end, in order. */
function shape(ts: TypeScriptApi, sf: TS.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: TS.Node): void => {
    out.push(`${n.kind}@${n.pos}-${n.end}`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const CODE = [...files(join(ROOT, 'test/fixtures/typescript'), /\.[cm]?[jt]sx?$/), ...files(join(ROOT, 'examples/node'), /\.[cm]?[jt]sx?$/)];

describe('the bundled (trimmed) TypeScript compiler', { skip }, () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const whole = require('typescript') as TypeScriptApi;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundled = (skip ? whole : require(BUNDLED)) as TypeScriptApi;

  test('exports every ts.* member the server uses', () => {
    const used = new Set<string>();
    for (const f of files(join(ROOT, 'server/src'), /\.ts$/)) for (const m of readFileSync(f, 'utf8').matchAll(/\bts\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]!);
    const missing = [...used].filter((name) => (bundled as unknown as Record<string, unknown>)[name] === undefined);
    assert.deepEqual(missing, []);
    assert.equal(bundled.version, whole.version);
  });

  test('parses every fixture into the same tree, fresh and after an edit', () => {
    for (const f of CODE) {
      const text = readFileSync(f, 'utf8');
      // As the server parses: doc comments skipped (JSDocParsingMode.ParseNone, which the trimmed bundle has no enum for).
      const parse = (ts: TypeScriptApi) =>
        ts.createSourceFile(f, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: 1 as TS.JSDocParsingMode }, false, f.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
      const a = parse(whole);
      const b = parse(bundled);
      assert.deepEqual(shape(bundled, b), shape(whole, a), f);
      // Incremental reparse: a character inserted in the middle.
      const at = text.length >> 1;
      const edited = `${text.slice(0, at)} ${text.slice(at)}`;
      const change = (ts: TypeScriptApi) => ts.createTextChangeRange(ts.createTextSpan(at, 0), 1);
      assert.deepEqual(shape(bundled, bundled.updateSourceFile(b, edited, change(bundled))), shape(whole, whole.updateSourceFile(a, edited, change(whole))), `${f} (edited)`);
    }
  });

  test('the service reports the same diagnostics with it as with the whole compiler', () => {
    const readFile = (uri: string) => {
      try {
        return readFileSync(new URL(uri), 'utf8');
      } catch {
        return undefined;
      }
    };
    const withWhole = createLanguageService({ loadTypeScript: () => whole, readFile });
    const withBundled = createLanguageService({ loadTypeScript: () => bundled, readFile });
    const s = normalizeSettings({});
    for (const f of CODE) {
      const doc = { uri: pathToFileURL(f).href, version: 1, text: readFileSync(f, 'utf8') };
      assert.deepEqual(withBundled.validate(doc, s), withWhole.validate(doc, s), f);
    }
    assert.equal(withBundled.typeScriptLoaded, true);
  });
});
