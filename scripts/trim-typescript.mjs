// The parser-sized TypeScript bundle (dist/typescript.js): the top-level statements of typescript/lib/typescript.js
// that the API the server calls can reach, the rest (checker, emitter, program, language service) left out.
//
//   import { trimTypeScript } from './scripts/trim-typescript.mjs';
//   const { code, kept, total } = trimTypeScript(sourceOfTypescriptJs, ['createSourceFile', 'forEachChild', ...]);
//   node scripts/trim-typescript.mjs            prints what the server's build keeps (statements, bytes)
//
// Why: compiling the whole 3.5 MB bundle takes V8 ~80 ms of the first TS/JS open and ~16 MB of memory; the parser,
// scanner, node factory and the services' node classes are about a third of it.
//
// How, and why it is safe: typescript.js is one function whose body is ~5,400 top-level statements (function and
// variable declarations, namespace objects, a few registrations). A statement is kept when it may have a side effect
// (any statement that declares nothing, a variable whose initializer may run code) or when a kept statement, or the
// export list, names what it declares. Names are matched without scopes (a local that shadows a top-level name keeps
// that name too), so the result can only keep too much, never drop something a kept statement calls. Some statements
// only fill one object and are kept exactly when that object is needed: `__export(ns, {…})` (a namespace object; when
// kept code only reads `ns.member`, only those members' getters are written out), `((ns2) => { … })(ns || (ns = {}))`
// whose body only declares and assigns members, `Cls.prop = literal`, and `registerRefactor(…)` / `registerCodeFix(…)`
// (the refactor and code-fix registries; their arguments are descriptor objects, assumed to have no other effect).
// The export object keeps every API name whose declaration survived, plus the names asked for. A bundle whose layout
// is not recognised, or that lacks a name asked for, is returned whole (`trimmed: false`), never half-trimmed.
// test/unit/typescript/bundledCompiler.test.ts checks the result against the whole compiler.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Calls whose only effect is to fill a registry variable: kept when that variable is. */
const REGISTRATIONS = { registerRefactor: ['refactors'], registerCodeFix: ['errorCodeToFixes', 'fixIdToRegistration'] };

/**
 * @param {string} source the text of typescript/lib/typescript.js
 * @param {Iterable<string>} required API names the caller uses (`createSourceFile`, `SyntaxKind`, …)
 * @returns {{ code: string, trimmed: boolean, kept: number, total: number, missing: string[] }}
 */
export function trimTypeScript(source, required) {
  const ts = require('typescript');
  const whole = (why) => ({ code: source, trimmed: false, kept: 0, total: 0, missing: [], why });
  const sf = ts.createSourceFile('typescript.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // var ts = {}; ((module) => { "use strict"; …body… })({ get exports() …, set exports(v) … })
  const call = sf.statements[1] && ts.isExpressionStatement(sf.statements[1]) ? sf.statements[1].expression : undefined;
  const fn = call && ts.isCallExpression(call) && ts.isParenthesizedExpression(call.expression) ? call.expression.expression : undefined;
  if (!fn || !ts.isArrowFunction(fn) || !fn.body || !ts.isBlock(fn.body)) return whole('not the expected `((module) => { … })(…)` bundle');
  const statements = fn.body.statements;
  const textOf = (st) => source.slice(st.pos, st.end);
  const callee = (e) => (ts.isCallExpression(e) && ts.isIdentifier(e.expression) ? e.expression.text : undefined);

  // The export list: `__export(typescript_exports, { name: () => local, … })` and `module.exports = __toCommonJS(…)`.
  const exportStatement = statements.find(
    (st) => ts.isExpressionStatement(st) && callee(st.expression) === '__export' && st.expression.arguments[0]?.getText(sf) === 'typescript_exports',
  );
  if (!exportStatement || !ts.isObjectLiteralExpression(exportStatement.expression.arguments[1])) return whole('no `__export(typescript_exports, …)`');
  /** API name → the local it returns. */
  const api = new Map();
  for (const p of exportStatement.expression.arguments[1].properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isArrowFunction(p.initializer) || !ts.isIdentifier(p.initializer.body)) return whole(`unexpected export ${p.getText(sf).slice(0, 60)}`);
    api.set(p.name.getText(sf), p.initializer.body.text);
  }

  /** Whether evaluating `e` runs no code of its own (so its declaration can go when nothing names it). */
  const pure = (e) => {
    if (!e) return true;
    if (/^\s*\/\* @__PURE__ \*\//.test(source.slice(e.pos, e.getStart(sf) + 16))) return true; // annotated by TypeScript's own build
    if (ts.isIdentifier(e) || ts.isLiteralExpression(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isFunctionExpression(e) || ts.isArrowFunction(e)) return true;
    if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
    if (ts.isPrefixUnaryExpression(e)) return pure(e.operand);
    if (ts.isPropertyAccessExpression(e)) return ts.isIdentifier(e.expression);
    if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && pure(x));
    if (ts.isObjectLiteralExpression(e)) {
      return e.properties.every((p) =>
        ts.isPropertyAssignment(p)
          ? !ts.isComputedPropertyName(p.name) && (pure(p.initializer) || (callee(p.initializer) === 'diag' && p.initializer.arguments.every(pure)))
          : ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p),
      );
    }
    if (ts.isClassExpression(e)) {
      return e.members.every((m) => !ts.isClassStaticBlockDeclaration(m) && !(m.name && ts.isComputedPropertyName(m.name)) && !(ts.isPropertyDeclaration(m) && m.initializer && !pure(m.initializer)));
    }
    return false;
  };

  /** `{ name: () => local, … }` of an `__export` call, or `undefined` when it is anything else. */
  const exportMembers = (obj) => {
    if (!obj || !ts.isObjectLiteralExpression(obj)) return undefined;
    const m = new Map();
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p) || ts.isComputedPropertyName(p.name) || !ts.isArrowFunction(p.initializer) || !ts.isIdentifier(p.initializer.body)) return undefined;
      m.set(p.name.getText(sf), p.initializer.body.text);
    }
    return m;
  };
  /**
   * `((ns2) => { function f() {…} ns2.f = f; … })(ns || (ns = {}))`, a TypeScript namespace whose body only declares
   * and assigns members: the name `ns` (its statement is kept when `ns` is). Anything else in the body: `undefined`.
   */
  const namespaceBody = (e) => {
    if (!ts.isCallExpression(e) || e.arguments.length !== 1 || !ts.isParenthesizedExpression(e.expression)) return undefined;
    const f = e.expression.expression;
    const arg = e.arguments[0];
    if (!(ts.isArrowFunction(f) || ts.isFunctionExpression(f)) || !ts.isBlock(f.body) || f.parameters.length !== 1 || !ts.isIdentifier(f.parameters[0].name)) return undefined;
    // ns || (ns = {})
    if (!ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.BarBarToken || !ts.isIdentifier(arg.left)) return undefined;
    const param = f.parameters[0].name.text;
    const ok = f.body.statements.every((st) => {
      if (ts.isFunctionDeclaration(st)) return true;
      if (ts.isVariableStatement(st)) return st.declarationList.declarations.every((d) => pure(d.initializer));
      if (!ts.isExpressionStatement(st)) return false;
      const a = st.expression;
      if (namespaceBody(a)) return true; // a nested namespace
      return ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(a.left) && ts.isIdentifier(a.left.expression) && a.left.expression.text === param && pure(a.right);
    });
    return ok ? arg.left.text : undefined;
  };
  /**
   * Namespace objects (`ts_textChanges_exports`): read as `ns.member` by kept code, only those members' getters are
   * written out (and only their declarations kept); named any other way, the whole `__export` statement is kept.
   */
  const namespaces = new Map();

  // Per statement: the names that make it needed ("owners"), and whether it is needed regardless (a root).
  const info = statements.map((st) => ({ st, owners: [], root: false, refs: undefined }));
  for (const x of info) {
    const st = x.st;
    if (st === exportStatement) continue;
    if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) {
      if (st.name) x.owners.push(st.name.text);
      else x.root = true;
    } else if (ts.isVariableStatement(st)) {
      const add = (n) => {
        if (ts.isIdentifier(n)) x.owners.push(n.text);
        else for (const el of n.elements) if (!ts.isOmittedExpression(el)) add(el.name);
      };
      for (const d of st.declarationList.declarations) add(d.name);
      x.root = !st.declarationList.declarations.every((d) => pure(d.initializer));
    } else if (ts.isExpressionStatement(st)) {
      const e = st.expression;
      const name = callee(e);
      const members = name === '__export' && e.arguments[0] && ts.isIdentifier(e.arguments[0]) ? exportMembers(e.arguments[1]) : undefined;
      if (members) {
        x.owners.push(e.arguments[0].text);
        namespaces.set(e.arguments[0].text, { statement: x, members, used: new Set() });
      }
      else if (name && REGISTRATIONS[name]) x.owners.push(...REGISTRATIONS[name]);
      else if (namespaceBody(e)) x.owners.push(namespaceBody(e));
      else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(e.left) && ts.isIdentifier(e.left.expression) && pure(e.right)) {
        x.owners.push(e.left.expression.text);
      } else if (/^\s*(\/\/.*\n\s*)*0 && \(module\.exports = \{/.test(textOf(st))) {
        // esbuild's annotation of the CommonJS export names: dead code.
      } else if (ts.isBinaryExpression(e) && /^module\.exports$/.test(e.left.getText(sf))) {
        // module.exports = __toCommonJS(typescript_exports): replaced by the export object below.
      } else x.root = true;
    } else if (!ts.isEmptyStatement(st)) x.root = true;
  }
  const owned = new Map();
  for (const x of info) for (const o of x.owners) (owned.get(o) ?? owned.set(o, []).get(o)).push(x);

  /** Top-level names a statement refers to: every identifier except member names (`a.name`, `{ name: … }`, labels). */
  const refsOf = (st) => {
    const out = new Set();
    const visit = (n) => {
      if (ts.isIdentifier(n)) {
        const p = n.parent;
        const member =
          ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && p.name === n) ||
          ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p) || ts.isEnumMember(p)) && p.name === n) ||
          (ts.isBindingElement(p) && p.propertyName === n) ||
          // a declaration is not a reference (a namespace's `var ns = {}` does not need its `__export` statement)
          ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isParameter(p)) && p.name === n) ||
          ((ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p)) && p.label === n);
        if (!member) out.add(n.text);
      } else if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && namespaces.has(n.expression.text) && ts.isIdentifier(n.name)) {
        const ns = namespaces.get(n.expression.text);
        if (ns.members.has(n.name.text)) {
          out.add(`${n.expression.text}.${n.name.text}`);
          return; // not a use of the whole object
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(st);
    return out;
  };

  const keep = new Set();
  const queue = [];
  const needName = (name) => {
    const dot = name.indexOf('.');
    if (dot > 0) {
      // ns.member: the namespace variable (not its `__export` statement) and that member's declaration.
      const nsName = name.slice(0, dot);
      const ns = namespaces.get(nsName);
      const member = name.slice(dot + 1);
      if (!ns.used.has(member)) {
        ns.used.add(member);
        for (const x of owned.get(nsName) ?? []) if (x !== ns.statement && !keep.has(x)) (keep.add(x), queue.push(x));
        needName(ns.members.get(member));
      }
      return;
    }
    for (const x of owned.get(name) ?? []) {
      if (!keep.has(x)) {
        keep.add(x);
        queue.push(x);
      }
    }
  };
  for (const x of info) if (x.root && !keep.has(x)) (keep.add(x), queue.push(x));
  needName('__export'); // the export object below is built with it
  const missing = [];
  for (const name of required) {
    const local = api.get(name);
    if (local === undefined || !owned.has(local)) missing.push(name);
    else needName(local);
  }
  while (queue.length > 0) {
    const x = queue.pop();
    x.refs ??= refsOf(x.st);
    for (const r of x.refs) needName(r);
  }
  if (missing.length > 0) return { ...whole(`not exported: ${missing.join(', ')}`), missing };

  // Every API name whose declaration is kept anyway is exported too (it costs nothing), with the original getters.
  // (A namespace object counts only when its whole `__export` statement was kept, not just some members' getters.)
  const exported = [...api].filter(([, local]) =>
    namespaces.has(local) ? keep.has(namespaces.get(local).statement) : (owned.get(local) ?? []).some((x) => keep.has(x)),
  );
  const partial = new Map();
  for (const [nsName, ns] of namespaces) {
    if (!keep.has(ns.statement) && ns.used.size > 0) {
      partial.set(ns.statement, `\n__export(${nsName}, {\n${[...ns.used].map((m) => `  ${m}: () => ${ns.members.get(m)},`).join('\n')}\n});`);
    }
  }
  const body = info
    .filter((x) => keep.has(x) || partial.has(x))
    .map((x) => (keep.has(x) ? textOf(x.st) : partial.get(x)))
    .join('');
  const head = textOf(statements[0]).trim() === '"use strict";' ? '' : '"use strict";\n';
  const code = `${head}${body}\nmodule.exports = {};\n__export(module.exports, {\n${exported.map(([name, local]) => `  ${name}: () => ${local},`).join('\n')}\n});\n`;
  return { code, trimmed: true, kept: keep.size, total: statements.length, missing: [] };
}

/** `ts.Name` members the server's sources use (the API the trimmed bundle must export). */
export function typeScriptApiUsedBy(dir) {
  const names = new Set();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(name)) for (const m of readFileSync(p, 'utf8').matchAll(/\bts\.([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
    }
  };
  walk(dir);
  return [...names].sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const source = readFileSync(require.resolve('typescript'), 'utf8');
  const t = Date.now();
  const r = trimTypeScript(source, typeScriptApiUsedBy(join(root, 'server/src')));
  console.log(r.trimmed ? `kept ${r.kept} of ${r.total} statements, ${r.code.length} of ${source.length} bytes, ${Date.now() - t} ms` : `not trimmed: ${r.why}`);
}
