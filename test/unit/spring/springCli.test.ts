// The CLI on the sample Spring Boot project: Java config class, application.yml and application.properties.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';

const PROJECT = join(__dirname, '..', '..', '..', '..', 'examples', 'spring-boot');

describe('kafka-lint on examples/spring-boot', () => {
  test('lints the Java config class and the application files, and nothing else', () => {
    let out = '';
    const code = main(['--format', 'json', PROJECT], (s) => (out += s), () => undefined, false);
    assert.equal(code, 1, 'the sample has errors');
    const report = JSON.parse(out) as { files: Array<{ path: string; dialect: string; diagnostics: Array<{ rule: string; range: { start: { line: number } } }> }> };
    const summary = report.files.map((f) => [f.path.slice(PROJECT.length + 1), f.dialect, f.diagnostics.map((d) => `${d.rule}:${d.range.start.line + 1}`)]);
    assert.deepEqual(summary, [
      ['src/main/java/com/example/orders/KafkaProducerConfig.java', 'java', ['invalid-value:51']],
      ['src/main/resources/application.properties', 'spring-properties', []],
      ['src/main/resources/application.yml', 'spring-yaml', ['idempotence-conflict:17', 'unknown-key:20']],
    ]);
  });
});
