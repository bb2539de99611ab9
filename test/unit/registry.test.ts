// Rule registry parity: ids are kebab-case and equal file names, docs examples behave, generated files are current.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/service/rules/registry';
import { generatedFiles, staleRulePages } from '../../server/src/tools/generate';
import { lint, lintCode } from '../helpers/lint';

const ROOT = join(__dirname, '../../..');

describe('rule registry', () => {
  test('ids are unique, kebab-case and equal to their module file', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const files = readdirSync(join(ROOT, 'server/src/service/rules')).filter((f) => /^[a-z0-9]+(-[a-z0-9]+)+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    for (const id of ids) {
      assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(files.includes(id), `rule ${id} has no file ${id}.ts`);
      assert.ok(existsSync(join(ROOT, 'test/unit/rules', `${id}.test.ts`)), `rule ${id} has no test file`);
    }
    for (const f of files) assert.ok(ids.includes(f), `${f}.ts is not registered`);
  });
  for (const rule of RULES) {
    test(`${rule.id}: docs examples behave as labelled`, () => {
      // Rules only code clients have document themselves with TypeScript examples.
      const lintDoc = rule.meta.docs.language === 'typescript' ? lintCode : lint;
      const invalid = lintDoc(rule.meta.docs.examples.invalid, docsSettings(rule.id)).filter((f) => f.rule === rule.id);
      const valid = lintDoc(rule.meta.docs.examples.valid, docsSettings(rule.id)).filter((f) => f.rule === rule.id);
      assert.ok(invalid.length > 0, `invalid example of ${rule.id} reports nothing`);
      assert.deepEqual(valid, [], `valid example of ${rule.id} reports`);
    });
  }
  test('generated docs pages, package.json settings and README table are current (npm run gen)', () => {
    for (const f of generatedFiles(ROOT)) {
      assert.equal(readFileSync(f.path, 'utf8'), f.content, `${f.path} is out of date: run npm run gen`);
    }
    assert.deepEqual(staleRulePages(ROOT), []);
  });
});

/** Settings the docs examples of cluster-dependent rules assume (stated on their pages). */
function docsSettings(ruleId: string): Record<string, unknown> {
  return { ...(RULES.find((x) => x.id === ruleId)!.meta.docs.settings ?? {}) };
}
