// Unit tests of the TextMate grammar for Kafka `.properties` files, tokenized with the engine VS Code uses.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const SCOPE = 'source.kafka-properties';

/** The repository root, found from wherever the compiled test runs. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'syntaxes', 'kafka-properties.tmLanguage.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('syntaxes/kafka-properties.tmLanguage.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const path = join(repoRoot(), 'syntaxes', 'kafka-properties.tmLanguage.json');
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path) : null,
  });
  const g = await registry.loadGrammar(SCOPE);
  if (!g) throw new Error('grammar did not load');
  grammar = g;
});

/** Tokenizes a document line by line, carrying the rule stack as the editor does. */
function tokenize(text: string): Token[][] {
  let state = vsctm.INITIAL;
  const lines: Token[][] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    lines.push(
      r.tokens.map((t) => ({
        text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        scopes: t.scopes,
      })),
    );
  }
  return lines;
}

/** Tokens covering `fragment` (its first occurrence at or after `from`) on one line. */
function tokensOf(line: Token[], fragment: string, from = 0): Token[] {
  const lineText = line.map((t) => t.text).join('');
  const at = lineText.indexOf(fragment, from);
  assert.ok(at >= 0, `${JSON.stringify(fragment)} not in ${JSON.stringify(lineText)}`);
  return line.filter((t) => t.end > at && t.start < at + fragment.length);
}

const has = (t: Token, scope: string): boolean => t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));

function assertScope(line: Token[], fragment: string, scope: string, from = 0): void {
  for (const t of tokensOf(line, fragment, from)) {
    assert.ok(has(t, scope), `${JSON.stringify(t.text)} in ${JSON.stringify(fragment)} lacks ${scope}: ${t.scopes.join(' ')}`);
  }
}

function assertNoScope(line: Token[], fragment: string, scope: string, from = 0): void {
  for (const t of tokensOf(line, fragment, from)) {
    assert.ok(!has(t, scope), `${JSON.stringify(t.text)} in ${JSON.stringify(fragment)} has ${scope}: ${t.scopes.join(' ')}`);
  }
}

const KEY = 'support.type.property-name';
const SEP = 'punctuation.separator.key-value';
const VALUE = 'string.unquoted.value';
const COMMENT = 'comment';
const CONT = 'constant.character.escape.line-continuation';

describe('kafka-properties grammar: entries', () => {
  it('scopes key, separator and value of key=value', () => {
    const [line] = tokenize('acks=all');
    assertScope(line, 'acks', KEY);
    assertScope(line, '=', SEP);
    assertScope(line, 'all', VALUE);
    assertNoScope(line, 'acks', VALUE);
    assertNoScope(line, 'all', KEY);
  });

  it('scopes every separator style', () => {
    for (const [text, mark] of [
      ['key:value', ':'],
      ['key = value', '='],
      ['key  :  value', ':'],
    ] as const) {
      const [line] = tokenize(text);
      assertScope(line, 'key', KEY);
      assertScope(line, mark, SEP);
      assertScope(line, 'value', VALUE);
    }
    for (const text of ['key value', 'key\tvalue']) {
      const [line] = tokenize(text);
      assertScope(line, 'key', KEY);
      assertScope(line, 'value', VALUE);
      assertNoScope(line, 'value', KEY);
    }
  });

  it('reads text after the first separator as value, including more separators', () => {
    const [line] = tokenize('key = = v:w');
    assertScope(line, '=', SEP);
    assertScope(line, '= v:w', VALUE, 5);
  });

  it('scopes a key without value and an empty key', () => {
    const [a, b] = tokenize('key\n=value');
    assertScope(a, 'key', KEY);
    assertScope(b, '=', SEP);
    assertScope(b, 'value', VALUE);
  });

  it('scopes indented keys', () => {
    const [line] = tokenize('   linger.ms=5');
    assertScope(line, 'linger.ms', KEY);
  });
});

describe('kafka-properties grammar: comments', () => {
  it('scopes # and ! comments, indented or not', () => {
    const lines = tokenize('# hash\n! bang\n   # indented\n\t! tabbed');
    assertScope(lines[0], '# hash', 'comment.line.number-sign');
    assertScope(lines[1], '! bang', 'comment.line.exclamation');
    assertScope(lines[2], '# indented', 'comment.line.number-sign');
    assertScope(lines[3], '! tabbed', 'comment.line.exclamation');
    assertScope(lines[0], '#', 'punctuation.definition.comment');
  });

  it('reads # after a value as part of the value, not a comment', () => {
    const lines = tokenize('compression.type=lz4 # fast\ncompression.type lz4 # fast');
    for (const line of lines) {
      assertScope(line, 'lz4 # fast', VALUE);
      assertNoScope(line, '# fast', COMMENT);
    }
  });

  it('highlights suppression directives inside comments', () => {
    const [line] = tokenize('# kafka-lint-disable-next-line acks-not-all -- reason');
    assertScope(line, 'kafka-lint-disable-next-line', 'keyword.control.directive');
    assertScope(line, 'acks-not-all', 'comment.line.number-sign');
  });
});

describe('kafka-properties grammar: continuation lines', () => {
  it('continues a value on the next line, where # is not a comment', () => {
    const lines = tokenize('bootstrap.servers=a:9092,\\\n    # b:9092\nacks=all');
    assertScope(lines[0], '\\', CONT);
    assertScope(lines[1], '# b:9092', VALUE);
    assertNoScope(lines[1], '# b:9092', COMMENT);
    assertScope(lines[2], 'acks', KEY);
    assertScope(lines[2], 'all', VALUE);
  });

  it('continues a key on the next line', () => {
    const lines = tokenize('lin\\\n   ger.ms=5');
    assertScope(lines[0], 'lin', KEY);
    assertScope(lines[0], '\\', CONT);
    assertScope(lines[1], 'ger.ms', KEY);
    assertScope(lines[1], '=', SEP);
    assertScope(lines[1], '5', VALUE);
  });

  it('does not continue after an even number of backslashes', () => {
    const lines = tokenize('k=a\\\\\n# comment');
    assertScope(lines[0], '\\\\', 'constant.character.escape');
    assertNoScope(lines[0], '\\\\', CONT);
    assertScope(lines[1], '# comment', COMMENT);
  });

  it('ends a continuation at an empty line', () => {
    const lines = tokenize('k=a\\\n\n# comment');
    assertScope(lines[2], '# comment', COMMENT);
  });

  it('does not continue a comment that ends in a backslash', () => {
    const lines = tokenize('# comment \\\nacks=all');
    assertScope(lines[1], 'acks', KEY);
  });

  it('treats a line holding only a backslash as a continuation that a comment may follow', () => {
    const lines = tokenize('\\\n# comment');
    assertScope(lines[0], '\\', CONT);
    assertScope(lines[1], '# comment', COMMENT);
  });
});

describe('kafka-properties grammar: escapes and literals', () => {
  it('scopes escapes in values and keys', () => {
    const [line] = tokenize('my\\ key=\\u0041\\t\\=x\\\\');
    assertScope(line, '\\ ', 'constant.character.escape');
    assertScope(line, 'my', KEY);
    assertScope(line, 'key', KEY);
    assertScope(line, '\\u0041', 'constant.character.escape.unicode');
    assertScope(line, '\\t', 'constant.character.escape');
    assertScope(line, '\\=', 'constant.character.escape');
    assertScope(line, '\\\\', 'constant.character.escape');
  });

  it('does not end a key at an escaped separator', () => {
    const [line] = tokenize('a\\=b=c');
    assertScope(line, 'a\\=b', KEY);
    assertScope(line, 'c', VALUE);
  });

  it('marks a malformed \\u escape as invalid', () => {
    const [line] = tokenize('k=\\u00g1');
    assertScope(line, '\\u00', 'invalid.illegal');
  });

  it('highlights numbers and booleans that are the whole value', () => {
    const lines = tokenize('linger.ms=5\nacks=-1\nenable.idempotence=true\nx = FALSE  \nbuffer.memory=33554432');
    assertScope(lines[0], '5', 'constant.numeric');
    assertScope(lines[1], '-1', 'constant.numeric');
    assertScope(lines[2], 'true', 'constant.language.boolean');
    assertScope(lines[3], 'FALSE', 'constant.language.boolean');
    assertScope(lines[4], '33554432', 'constant.numeric');
    for (const line of lines) assertNoScope(line, '=', 'constant');
  });

  it('does not highlight numbers inside other values', () => {
    const lines = tokenize('compression.type=lz4\nbootstrap.servers=kafka:9092\nclient.id=true-ish');
    assertNoScope(lines[0], 'lz4', 'constant.numeric');
    assertNoScope(lines[1], 'kafka:9092', 'constant.numeric');
    assertNoScope(lines[2], 'true-ish', 'constant.language');
  });
});

describe('kafka-properties language configuration', () => {
  it('declares # as the line comment', () => {
    const config = JSON.parse(readFileSync(join(repoRoot(), 'language-configuration.json'), 'utf8')) as {
      comments?: { lineComment?: string };
    };
    assert.equal(config.comments?.lineComment, '#');
  });
});
