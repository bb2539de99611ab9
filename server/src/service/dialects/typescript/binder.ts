// Lexical scopes of one source file without a type checker: which declaration a name refers to, whether a `let` is
// reassigned, and which statements write properties of a variable.
import type * as TS from 'typescript';
import type { TypeScriptApi } from './host';

export type DeclKind = 'const' | 'let' | 'var' | 'param' | 'function' | 'class' | 'import' | 'enum' | 'catch';

export interface Decl {
  readonly kind: DeclKind;
  readonly name: string;
  /** VariableDeclaration, BindingElement, ParameterDeclaration, FunctionDeclaration, ClassDeclaration, EnumDeclaration or an import node. */
  readonly node: TS.Node;
  /** The scope container it is declared in. */
  readonly container: TS.Node;
}

/** A statement that writes a property of a variable (`conf.acks = 1`, `conf['linger.ms'] = 5`, `delete conf.x`). */
export interface PropertyWrite {
  readonly kind: 'set' | 'delete' | 'assign' | 'opaque';
  /** Property path below the variable; `undefined` when computed at run time. */
  readonly path: readonly string[] | undefined;
  /** The assigned value (`set`) or the `Object.assign` sources (`assign`). */
  readonly values: readonly TS.Expression[];
  /** The expression statement it is, when it is a whole statement (otherwise it is not straight-line code). */
  readonly statement: TS.Statement | undefined;
  readonly node: TS.Node;
}

/** Per loaded TypeScript: which node kinds the binder handles, and which the locator looks at. */
const KINDS = new WeakMap<TypeScriptApi, { interesting: Uint8Array; candidates: Uint8Array }>();

function kindsOf(ts: TypeScriptApi): { interesting: Uint8Array; candidates: Uint8Array } {
  let k = KINDS.get(ts);
  if (!k) {
    const K = ts.SyntaxKind;
    let size = 0;
    for (const v of Object.values(K)) if (typeof v === 'number' && v >= size) size = v + 1;
    const table = (kinds: number[]) => {
      const t = new Uint8Array(size);
      for (const kind of kinds) t[kind] = 1;
      return t;
    };
    k = {
      // Only these kinds declare names or write variables; everything else is just walked through.
      interesting: table([
        K.VariableDeclaration, K.Parameter, K.CatchClause, K.FunctionDeclaration, K.ClassDeclaration, K.FunctionExpression, K.ClassExpression,
        K.EnumDeclaration, K.ImportClause, K.NamespaceImport, K.ImportSpecifier, K.ImportEqualsDeclaration, K.BinaryExpression,
        K.PrefixUnaryExpression, K.PostfixUnaryExpression, K.DeleteExpression, K.ForOfStatement, K.ForInStatement, K.CallExpression,
      ]),
      candidates: table([K.NewExpression, K.CallExpression, K.ObjectLiteralExpression]),
    };
    KINDS.set(ts, k);
  }
  return k;
}

export class Binder {
  private readonly scopes = new Map<TS.Node, Map<string, Decl>>();
  private readonly reassigned = new Set<Decl>();
  private readonly writesByDecl = new Map<Decl, PropertyWrite[]>();
  /** `new` and call expressions and object literals, in document order: where the locator looks for configuration. */
  readonly candidates: Array<TS.NewExpression | TS.CallExpression | TS.ObjectLiteralExpression> = [];

  /**
   * Binds `sourceFile` in one walk, which also sets every node's `parent` (the file may be parsed without parent
   * pointers, sparing the parser a walk of its own).
   */
  constructor(
    private readonly ts: TypeScriptApi,
    readonly sourceFile: TS.SourceFile,
  ) {
    const assignments: TS.Identifier[] = [];
    const writes: Array<{ root: TS.Identifier; write: PropertyWrite }> = [];
    const { interesting, candidates } = kindsOf(ts);
    const found: TS.Node[] = [];
    let parent: TS.Node = sourceFile;
    const visitChild = (child: TS.Node): void => {
      (child as { parent: TS.Node }).parent = parent;
      walk(child);
    };
    const walk = (node: TS.Node): void => {
      if (interesting[node.kind] === 1) found.push(node);
      if (candidates[node.kind] === 1) this.candidates.push(node as TS.NewExpression | TS.CallExpression | TS.ObjectLiteralExpression);
      const saved = parent;
      parent = node;
      ts.forEachChild(node, visitChild);
      parent = saved;
    };
    walk(sourceFile);
    // Declarations and writes look at parents and into subtrees, so they are read once every parent is set.
    for (const node of found) {
      this.declare(node);
      this.collectWrites(node, assignments, writes);
    }
    for (const id of assignments) {
      const d = this.lookup(id.text, id);
      if (d) this.reassigned.add(d);
    }
    for (const { root, write } of writes) {
      const d = this.lookup(root.text, root);
      if (!d) continue;
      const list = this.writesByDecl.get(d) ?? [];
      list.push(write);
      this.writesByDecl.set(d, list);
    }
  }

  /** The declaration `name` refers to at `at`, walking out through the enclosing scopes. */
  lookup(name: string, at: TS.Node): Decl | undefined {
    for (let n: TS.Node | undefined = at; n; n = n.parent) {
      const scope = this.scopes.get(n);
      const d = scope?.get(name);
      if (d) return d;
    }
    return undefined;
  }

  isReassigned(d: Decl): boolean {
    return this.reassigned.has(d);
  }

  writesOf(d: Decl): readonly PropertyWrite[] {
    return this.writesByDecl.get(d) ?? [];
  }

  private isFunctionLike(n: TS.Node): boolean {
    const ts = this.ts;
    return (
      ts.isFunctionDeclaration(n) ||
      ts.isFunctionExpression(n) ||
      ts.isArrowFunction(n) ||
      ts.isMethodDeclaration(n) ||
      ts.isConstructorDeclaration(n) ||
      ts.isGetAccessorDeclaration(n) ||
      ts.isSetAccessorDeclaration(n)
    );
  }

  private isContainer(n: TS.Node): boolean {
    const ts = this.ts;
    return (
      ts.isSourceFile(n) ||
      ts.isBlock(n) ||
      ts.isModuleBlock(n) ||
      ts.isCaseBlock(n) ||
      ts.isForStatement(n) ||
      ts.isForInStatement(n) ||
      ts.isForOfStatement(n) ||
      ts.isCatchClause(n) ||
      this.isFunctionLike(n)
    );
  }

  /** The nearest container strictly above `n`. */
  private containerOf(n: TS.Node): TS.Node {
    let p = n.parent;
    while (p && !this.isContainer(p)) p = p.parent;
    return p ?? this.sourceFile;
  }

  /** `var` belongs to the nearest function (or the file). */
  private functionScopeOf(n: TS.Node): TS.Node {
    let p = n.parent;
    while (p && !this.isFunctionLike(p) && !this.ts.isSourceFile(p)) p = p.parent;
    return p ?? this.sourceFile;
  }

  private add(container: TS.Node, kind: DeclKind, name: string, node: TS.Node): void {
    let scope = this.scopes.get(container);
    if (!scope) {
      scope = new Map();
      this.scopes.set(container, scope);
    }
    // The first declaration wins; redeclarations are errors in TS and rare in JS.
    if (!scope.has(name)) scope.set(name, { kind, name, node, container });
  }

  private addBinding(container: TS.Node, kind: DeclKind, name: TS.BindingName, decl: TS.Node): void {
    const ts = this.ts;
    if (ts.isIdentifier(name)) {
      this.add(container, kind, name.text, decl);
      return;
    }
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      this.addBinding(container, kind, el.name, el);
    }
  }

  private declare(node: TS.Node): void {
    const ts = this.ts;
    if (ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent)) {
      const flags = node.parent.flags;
      const kind: DeclKind = flags & ts.NodeFlags.Const ? 'const' : flags & ts.NodeFlags.Let ? 'let' : 'var';
      if (ts.isCatchClause(node.parent.parent)) return;
      const container = kind === 'var' ? this.functionScopeOf(node.parent) : this.containerOf(node.parent);
      this.addBinding(container, kind, node.name, node);
    } else if (ts.isParameter(node)) {
      this.addBinding(node.parent, 'param', node.name, node);
    } else if (ts.isCatchClause(node) && node.variableDeclaration) {
      this.addBinding(node, 'catch', node.variableDeclaration.name, node.variableDeclaration);
    } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      this.add(this.containerOf(node), ts.isFunctionDeclaration(node) ? 'function' : 'class', node.name.text, node);
    } else if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) {
      // A named function expression sees its own name inside.
      this.add(node, ts.isFunctionExpression(node) ? 'function' : 'class', node.name.text, node);
    } else if (ts.isEnumDeclaration(node)) {
      this.add(this.containerOf(node), 'enum', node.name.text, node);
    } else if (ts.isImportClause(node) && node.name) {
      this.add(this.sourceFile, 'import', node.name.text, node);
    } else if (ts.isNamespaceImport(node) || ts.isImportSpecifier(node)) {
      this.add(this.sourceFile, 'import', node.name.text, node);
    } else if (ts.isImportEqualsDeclaration(node)) {
      this.add(this.containerOf(node), 'import', node.name.text, node);
    }
  }

  /** Statement-level expression of `node`, if `node` is the whole expression of an expression statement. */
  private statementOf(node: TS.Node): TS.Statement | undefined {
    const ts = this.ts;
    let n: TS.Node = node;
    while (ts.isParenthesizedExpression(n.parent) || ts.isVoidExpression(n.parent) || ts.isAwaitExpression(n.parent)) n = n.parent;
    return ts.isExpressionStatement(n.parent) ? n.parent : undefined;
  }

  /** `a.b['c']` → root `a`, path `['b', 'c']` (path `undefined` when a part is computed). */
  accessPath(expr: TS.Expression): { root: TS.Identifier; path: string[] | undefined } | undefined {
    const ts = this.ts;
    const parts: Array<string | undefined> = [];
    let e: TS.Expression = expr;
    for (;;) {
      if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
      else if (ts.isPropertyAccessExpression(e)) {
        parts.unshift(e.name.text);
        e = e.expression;
      } else if (ts.isElementAccessExpression(e)) {
        const a = e.argumentExpression;
        parts.unshift(ts.isStringLiteralLike(a) || ts.isNumericLiteral(a) ? a.text : undefined);
        e = e.expression;
      } else break;
    }
    if (!ts.isIdentifier(e)) return undefined;
    return { root: e, path: parts.every((p) => p !== undefined) ? (parts as string[]) : undefined };
  }

  private collectWrites(node: TS.Node, assignments: TS.Identifier[], writes: Array<{ root: TS.Identifier; write: PropertyWrite }>): void {
    const ts = this.ts;
    const target = (lhs: TS.Expression, kind: PropertyWrite['kind'], values: TS.Expression[]) => {
      let l = lhs;
      while (ts.isParenthesizedExpression(l) || ts.isNonNullExpression(l) || ts.isAsExpression(l) || ts.isTypeAssertionExpression(l)) l = l.expression;
      if (ts.isIdentifier(l)) {
        assignments.push(l);
        return;
      }
      if (ts.isObjectLiteralExpression(l) || ts.isArrayLiteralExpression(l)) {
        // Destructuring assignment: every identifier written is reassigned.
        const visit = (n: TS.Node): void => {
          if (ts.isIdentifier(n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) assignments.push(n);
          else if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
            const acc = this.accessPath(n);
            if (acc) writes.push({ root: acc.root, write: { kind: 'set', path: acc.path, values: [], statement: undefined, node: n } });
            return;
          }
          ts.forEachChild(n, visit);
        };
        visit(l);
        return;
      }
      const acc = this.accessPath(l);
      if (acc && acc.path && acc.path.length > 0) {
        writes.push({ root: acc.root, write: { kind, path: acc.path, values, statement: this.statementOf(node), node } });
      } else if (acc) {
        writes.push({ root: acc.root, write: { kind, path: undefined, values, statement: this.statementOf(node), node } });
      }
    };
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const simple = node.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      target(node.left, simple ? 'set' : 'opaque', simple ? [node.right] : []);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      target(node.operand, 'opaque', []);
    } else if (ts.isDeleteExpression(node)) {
      target(node.expression, 'delete', []);
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      target(node.initializer as TS.Expression, 'opaque', []);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      const isObjectAssign =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && callee.name.text === 'assign';
      if (isObjectAssign && first) {
        const acc = this.accessPath(first);
        if (acc) writes.push({ root: acc.root, write: { kind: 'assign', path: acc.path, values: node.arguments.slice(1), statement: this.statementOf(node), node } });
        return;
      }
      // Merge helpers (`_.merge(conf, …)`, `deepmerge`, `defaultsDeep`, `set(conf, path, v)`) may change anything.
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (/merge|assign|extend|defaults|^set$/i.test(name)) {
        for (const arg of node.arguments) {
          const acc = this.accessPath(arg);
          if (acc) writes.push({ root: acc.root, write: { kind: 'opaque', path: acc.path, values: [], statement: undefined, node } });
        }
      }
    }
  }
}
