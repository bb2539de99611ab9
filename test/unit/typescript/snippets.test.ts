// The TS/JS snippets: namespaced prefixes, contributed for every code language, and their bodies lint clean.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCode, ROOT } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

interface Snippet {
  readonly prefix: string[];
  readonly body: string[];
  readonly description: string;
}
const SNIPPETS = JSON.parse(readFileSync(join(ROOT, 'snippets/kafka-code.json'), 'utf8')) as Record<string, Snippet>;

/** A snippet as inserted with its defaults: `${1:x}` → x, `${2|a,b|}` → a, tab stops removed. */
function expand(body: readonly string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  return text.replace(/\$\{?\d+\}?/g, '').replace(/\t/g, '  ');
}

const CONTEXT: Record<string, (body: string) => string> = {
  'kafkajs: idempotent producer': (b) => `import { Kafka } from 'kafkajs';\ndeclare const event: unknown;\ndeclare const id: string;\nconst kafka = new Kafka({ brokers: ['b:9092'] });\nexport async function run() {\n${b}\n}\n`,
  'kafkajs: transactional producer': (b) => `import { Kafka } from 'kafkajs';\ndeclare const payload: string;\ndeclare const id: string;\nconst kafka = new Kafka({ brokers: ['b:9092'] });\nexport async function run() {\n${b}\n}\n`,
  'confluent-kafka-javascript: producer': (b) => `import { KafkaJS } from '@confluentinc/kafka-javascript';\nexport async function run() {\n${b}\n}\n`,
  'NestJS: Kafka client options': (b) => `import { ClientsModule, Transport } from '@nestjs/microservices';\nexport const clients = ClientsModule.register([\n${b}\n]);\n`,
};

describe('TS/JS snippets', () => {
  test('four snippets with kafka- prefixes, contributed for TS, TSX, JS and JSX', () => {
    assert.deepEqual(Object.keys(SNIPPETS).sort(), Object.keys(CONTEXT).sort());
    for (const s of Object.values(SNIPPETS)) for (const p of s.prefix) assert.match(p, /^kafka-/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: Array<{ language: string; path: string }> } };
    const langs = pkg.contributes.snippets.filter((s) => s.path === './snippets/kafka-code.json').map((s) => s.language).sort();
    assert.deepEqual(langs, ['javascript', 'javascriptreact', 'typescript', 'typescriptreact']);
  });
  for (const [name, s] of Object.entries(SNIPPETS)) {
    test(`${name}: inserted with its defaults, it is found and has nothing above a hint`, () => {
      const text = CONTEXT[name]!(expand(s.body));
      const found = lintCode(text).filter((f) => f.severity !== 'hint');
      assert.deepEqual(found, [], text);
      const producers = parseCode(text)?.scopes.filter((x) => x.role === 'producer') ?? [];
      assert.equal(producers.length, 1, `the snippet's producer is found:\n${text}`);
      assert.ok(producers[0]!.entries.length > 0);
    });
  }
});
