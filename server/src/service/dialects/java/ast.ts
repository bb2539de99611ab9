// A small Java syntax tree lowered from java-parser's CST: only what the producer-config analysis needs, the rest is `other`.
import type { Span } from '../../model/span';
import { child, find, firstIdentifier, isToken, nodes, ordered, spanOf, token, tokens, type JElement, type JNode } from './cst';

export type JavaLiteralType = 'String' | 'Integer' | 'Long' | 'Double' | 'Float' | 'Boolean' | 'Character' | 'Null';

export type Expr =
  | { readonly k: 'lit'; readonly type: JavaLiteralType; readonly value: string | number | boolean | null; readonly span: Span }
  /** A (possibly qualified) name: `props`, `ProducerConfig.ACKS_CONFIG`, `this.props`. */
  | { readonly k: 'name'; readonly parts: readonly string[]; readonly span: Span }
  /** A field access on a computed value (`a().b`). */
  | { readonly k: 'member'; readonly target: Expr; readonly name: string; readonly span: Span }
  | { readonly k: 'call'; readonly target: Expr | undefined; readonly name: string; readonly nameSpan: Span; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly k: 'new'; readonly type: string; readonly args: readonly Expr[]; readonly body: readonly Stmt[] | undefined; readonly span: Span }
  | { readonly k: 'classLit'; readonly type: string; readonly span: Span }
  | { readonly k: 'unary'; readonly op: string; readonly arg: Expr; readonly span: Span }
  | { readonly k: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr; readonly span: Span }
  | { readonly k: 'cast'; readonly type: string; readonly arg: Expr; readonly span: Span }
  | { readonly k: 'assign'; readonly target: Expr; readonly op: string; readonly value: Expr; readonly span: Span }
  | { readonly k: 'lambda'; readonly body: readonly Stmt[]; readonly span: Span }
  /** Anything else; `inner` keeps nested expressions so calls inside are still seen. */
  | { readonly k: 'other'; readonly inner: readonly Expr[]; readonly span: Span };

export type Stmt =
  | { readonly k: 'local'; readonly type: string; readonly name: string; readonly init: Expr | undefined; readonly span: Span }
  | { readonly k: 'expr'; readonly expr: Expr; readonly span: Span }
  | { readonly k: 'return'; readonly expr: Expr | undefined; readonly span: Span }
  /** A nested block; `conditional` when it may not run, or run more than once (if, loops, catch, lambdas). */
  | { readonly k: 'block'; readonly body: readonly Stmt[]; readonly conditional: boolean; readonly span: Span }
  | { readonly k: 'other'; readonly exprs: readonly Expr[]; readonly span: Span };

export interface FieldDecl {
  readonly name: string;
  readonly type: string;
  readonly isStatic: boolean;
  readonly isFinal: boolean;
  readonly init: Expr | undefined;
  readonly span: Span;
  readonly className: string;
}

export interface MethodDecl {
  readonly name: string;
  readonly params: readonly string[];
  readonly body: readonly Stmt[];
  readonly span: Span;
  readonly className: string;
}

export interface CompilationUnit {
  readonly imports: ReadonlyMap<string, string>;
  /** `import static a.b.C.NAME` / `import static a.b.C.*`: member name (or `*`) → class simple name. */
  readonly staticImports: ReadonlyArray<{ readonly member: string; readonly cls: string }>;
  readonly fields: readonly FieldDecl[];
  readonly methods: readonly MethodDecl[];
  /** Instance and static initializer blocks and constructors, in source order. */
  readonly initializers: ReadonlyArray<{ readonly body: readonly Stmt[]; readonly className: string }>;
}

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '*': 10, '/': 10, '%': 10, '+': 9, '-': 9, '<<': 8, '>>': 8, '>>>': 8,
  '<': 7, '>': 7, '<=': 7, '>=': 7, instanceof: 7, '==': 6, '!=': 6, '&': 5, '^': 4, '|': 3, '&&': 2, '||': 1,
};

export class Lowerer {
  constructor(private readonly text: string) {}

  private slice(e: JElement): string {
    const s = spanOf(e);
    return this.text.slice(s.start, s.end);
  }

  /** The simple type name of a type node, without generics or dimensions. */
  typeName(n: JNode | undefined): string {
    if (!n) return '';
    return this.slice(n).replace(/<[\s\S]*$/, '').replace(/\[\s*\]/g, '').trim().split('.').pop() ?? '';
  }

  expr(n: JNode | undefined): Expr | undefined {
    if (!n) return undefined;
    try {
      return this.lowerExpr(n);
    } catch {
      return { k: 'other', inner: [], span: spanOf(n) };
    }
  }

  private other(n: JNode): Expr {
    const inner = find(n, new Set(['expression'])).map((e) => this.expr(e)!).filter(Boolean);
    return { k: 'other', inner, span: spanOf(n) };
  }

  private lowerExpr(n: JNode): Expr {
    switch (n.name) {
      case 'expression': {
        const lambda = child(n, 'lambdaExpression');
        if (lambda) return this.lambda(lambda);
        return this.lowerExpr(child(n, 'conditionalExpression') ?? n);
      }
      case 'conditionalExpression': {
        if (token(n, 'QuestionMark')) return this.other(n);
        return this.lowerExpr(child(n, 'binaryExpression')!);
      }
      case 'binaryExpression':
        return this.binary(n);
      case 'unaryExpression':
      case 'unaryExpressionNotPlusMinus': {
        const prefix = [...tokens(n, 'UnaryPrefixOperator'), ...tokens(n, 'UnaryPrefixOperatorNotPlusMinus')];
        const suffix = tokens(n, 'UnarySuffixOperator');
        const primary = child(n, 'primary');
        let e: Expr = primary ? this.primary(primary) : this.other(n);
        if (suffix.length > 0) return { k: 'other', inner: [e], span: spanOf(n) };
        for (const op of prefix.reverse()) e = { k: 'unary', op: op.image, arg: e, span: { start: op.startOffset, end: e.span.end } };
        return e;
      }
      default:
        return this.other(n);
    }
  }

  private lambda(n: JNode): Expr {
    const body = child(n, 'lambdaBody');
    const block = child(body, 'block');
    if (block) return { k: 'lambda', body: this.block(block), span: spanOf(n) };
    const e = this.expr(child(body, 'expression'));
    return { k: 'lambda', body: e ? [{ k: 'expr', expr: e, span: e.span }] : [], span: spanOf(n) };
  }

  private binary(n: JNode): Expr {
    const els = ordered(n);
    const assign = token(n, 'AssignmentOperator');
    const unaries = nodes(n, 'unaryExpression');
    if (assign) {
      const target = this.lowerExpr(unaries[0]!);
      const value = this.expr(nodes(n, 'expression')[0]) ?? { k: 'other', inner: [], span: spanOf(n) };
      return { k: 'assign', target, op: assign.image, value, span: spanOf(n) };
    }
    if (token(n, 'Instanceof') || child(n, 'shiftOperator')) {
      if (unaries.length === 1 && !token(n, 'Instanceof')) return this.lowerExpr(unaries[0]!);
      return this.other(n);
    }
    // Operands and operators in source order, folded by precedence.
    const operands: Expr[] = [];
    const ops: string[] = [];
    for (const e of els) {
      if (isToken(e)) {
        if (e.tokenType.name !== 'Comma') ops.push(e.image);
      } else if (e.name === 'unaryExpression') operands.push(this.lowerExpr(e));
    }
    if (operands.length === 1) return operands[0]!;
    if (ops.length !== operands.length - 1) return this.other(n);
    const outStack: Expr[] = [operands[0]!];
    const opStack: string[] = [];
    const reduce = () => {
      const right = outStack.pop()!;
      const left = outStack.pop()!;
      const op = opStack.pop()!;
      outStack.push({ k: 'binary', op, left, right, span: { start: left.span.start, end: right.span.end } });
    };
    ops.forEach((op, i) => {
      const p = BINARY_PRECEDENCE[op] ?? 0;
      while (opStack.length > 0 && (BINARY_PRECEDENCE[opStack[opStack.length - 1]!] ?? 0) >= p) reduce();
      opStack.push(op);
      outStack.push(operands[i + 1]!);
    });
    while (opStack.length > 0) reduce();
    return outStack[0]!;
  }

  private literal(n: JNode): Expr {
    const span = spanOf(n);
    const t = ordered(n)[0];
    const raw = this.slice(n);
    if (!t) return { k: 'other', inner: [], span };
    const kind = isToken(t) ? t.tokenType.name : t.name;
    if (kind === 'StringLiteral') return { k: 'lit', type: 'String', value: unescapeJava(raw.slice(1, -1)), span };
    if (kind === 'TextBlock') return { k: 'lit', type: 'String', value: textBlockValue(raw), span };
    if (kind === 'CharLiteral') return { k: 'lit', type: 'Character', value: unescapeJava(raw.slice(1, -1)), span };
    if (kind === 'Null') return { k: 'lit', type: 'Null', value: null, span };
    if (kind === 'booleanLiteral') return { k: 'lit', type: 'Boolean', value: raw === 'true', span };
    if (kind === 'integerLiteral') {
      const long = /[lL]$/.test(raw);
      const digits = raw.replace(/[lL]$/, '').replace(/_/g, '');
      let value: number;
      if (/^0[xX]/.test(digits)) value = parseInt(digits.slice(2), 16);
      else if (/^0[bB]/.test(digits)) value = parseInt(digits.slice(2), 2);
      else if (/^0[0-7]+$/.test(digits)) value = parseInt(digits.slice(1), 8);
      else value = Number(digits);
      // Hex/octal/binary int literals are 32-bit two's complement (0xFFFFFFFF is -1).
      if (!long && /^0[xXbB0-7]/.test(digits) && value > 0x7fffffff) value = value | 0;
      return { k: 'lit', type: long ? 'Long' : 'Integer', value, span };
    }
    if (kind === 'floatingPointLiteral') {
      const isFloat = /[fF]$/.test(raw);
      const value = Number(raw.replace(/[fFdD]$/, '').replace(/_/g, ''));
      return Number.isFinite(value) ? { k: 'lit', type: isFloat ? 'Float' : 'Double', value, span } : { k: 'other', inner: [], span };
    }
    return { k: 'other', inner: [], span };
  }

  private args(n: JNode | undefined): Expr[] {
    return nodes(child(n, 'argumentList'), 'expression').map((e) => this.expr(e)!);
  }

  private primary(n: JNode): Expr {
    const prefix = child(n, 'primaryPrefix')!;
    let e = this.prefix(prefix);
    for (const suffix of nodes(n, 'primarySuffix')) {
      const span = { start: e.span.start, end: spanOf(suffix).end };
      const inv = child(suffix, 'methodInvocationSuffix');
      if (inv) {
        const args = this.args(inv);
        if (e.k === 'name') {
          const name = e.parts[e.parts.length - 1]!;
          const nameSpan = this.nameSpanAtEnd(e.span, name);
          // The receiver runs from the name's start to the dot before the method name.
          let targetEnd = nameSpan.start;
          while (targetEnd > e.span.start && /[\s.]/.test(this.text[targetEnd - 1]!)) targetEnd--;
          const target: Expr | undefined = e.parts.length > 1 ? { k: 'name', parts: e.parts.slice(0, -1), span: { start: e.span.start, end: targetEnd } } : undefined;
          e = { k: 'call', target, name, nameSpan, args, span };
        } else if (e.k === 'member') {
          e = { k: 'call', target: e.target, name: e.name, nameSpan: this.nameSpanAtEnd(e.span, e.name), args, span };
        } else e = { k: 'other', inner: [e, ...args], span };
        continue;
      }
      if (child(suffix, 'classLiteralSuffix')) {
        e = e.k === 'name' ? { k: 'classLit', type: e.parts.join('.'), span } : { k: 'other', inner: [e], span };
        continue;
      }
      const id = token(suffix, 'Identifier');
      if (token(suffix, 'Dot') && id && !child(suffix, 'typeArguments')) {
        e = e.k === 'name' ? { k: 'name', parts: [...e.parts, id.image], span } : { k: 'member', target: e, name: id.image, span };
        continue;
      }
      const creation = child(suffix, 'unqualifiedClassInstanceCreationExpression');
      if (creation) {
        e = { k: 'other', inner: [e, ...this.args(creation)], span };
        continue;
      }
      if (id) {
        // `a.<T>m(...)`: the method name follows explicit type arguments.
        e = { k: 'member', target: e, name: id.image, span };
        continue;
      }
      e = { k: 'other', inner: [e], span };
    }
    return e;
  }

  private nameSpanAtEnd(span: Span, name: string): Span {
    return { start: span.end - name.length, end: span.end };
  }

  private prefix(n: JNode): Expr {
    const span = spanOf(n);
    const lit = child(n, 'literal');
    if (lit) return this.literal(lit);
    if (token(n, 'This')) return { k: 'name', parts: ['this'], span };
    const fqn = child(n, 'fqnOrRefType');
    if (fqn) {
      const parts: string[] = [];
      for (const part of [child(fqn, 'fqnOrRefTypePartFirst'), ...nodes(fqn, 'fqnOrRefTypePartRest')]) {
        const common = child(part, 'fqnOrRefTypePartCommon');
        const id = token(common, 'Identifier') ?? token(common, 'Super');
        if (!id) return this.other(n);
        parts.push(id.image);
      }
      return { k: 'name', parts, span };
    }
    const paren = child(n, 'parenthesisExpression');
    if (paren) return this.expr(child(paren, 'expression')) ?? this.other(n);
    const cast = child(n, 'castExpression');
    if (cast) {
      const prim = child(cast, 'primitiveCastExpression');
      if (prim) {
        const arg = this.lowerExpr(child(prim, 'unaryExpression')!);
        return { k: 'cast', type: this.slice(child(prim, 'primitiveType')!).trim(), arg, span };
      }
      const ref = child(cast, 'referenceTypeCastExpression');
      const inner = child(ref, 'unaryExpressionNotPlusMinus') ?? child(ref, 'lambdaExpression');
      if (ref && inner) {
        const arg = inner.name === 'lambdaExpression' ? this.lambda(inner) : this.lowerExpr(inner);
        return { k: 'cast', type: this.typeName(child(ref, 'referenceType')), arg, span };
      }
      return this.other(n);
    }
    const created = child(child(n, 'newExpression'), 'unqualifiedClassInstanceCreationExpression');
    if (created) {
      const typeNode = child(created, 'classOrInterfaceTypeToInstantiate');
      const type = tokens(typeNode, 'Identifier').map((t) => t.image).pop() ?? '';
      const body = child(created, 'classBody');
      return { k: 'new', type, args: this.args(created), body: body ? this.classBodyInitializers(body) : undefined, span };
    }
    return this.other(n);
  }

  /** The instance initializer blocks of an anonymous class body (`new HashMap<>() {{ put(…); }}`). */
  private classBodyInitializers(body: JNode): Stmt[] {
    const out: Stmt[] = [];
    for (const decl of nodes(body, 'classBodyDeclaration')) {
      const init = child(decl, 'instanceInitializer');
      const block = child(init, 'block');
      if (block) out.push(...this.block(block));
    }
    return out;
  }

  block(n: JNode | undefined): Stmt[] {
    const out: Stmt[] = [];
    const list = child(n, 'blockStatements') ?? (n?.name === 'blockStatements' ? n : undefined);
    for (const bs of nodes(list, 'blockStatement')) {
      try {
        out.push(...this.blockStatement(bs));
      } catch {
        out.push({ k: 'other', exprs: [], span: spanOf(bs) });
      }
    }
    return out;
  }

  private blockStatement(bs: JNode): Stmt[] {
    const local = child(child(bs, 'localVariableDeclarationStatement'), 'localVariableDeclaration');
    if (local) return this.localDeclaration(local, spanOf(bs));
    const st = child(bs, 'statement');
    if (st) return [this.statement(st)];
    return [];
  }

  private localDeclaration(n: JNode, span: Span): Stmt[] {
    const typeNode = child(n, 'localVariableType');
    const type = token(typeNode, 'Var') ? 'var' : this.typeName(typeNode);
    return nodes(child(n, 'variableDeclaratorList'), 'variableDeclarator').map((d) => ({
      k: 'local' as const,
      type,
      name: token(child(d, 'variableDeclaratorId'), 'Identifier')?.image ?? '',
      init: this.expr(child(child(d, 'variableInitializer'), 'expression')),
      span,
    }));
  }

  statement(n: JNode): Stmt {
    const span = spanOf(n);
    const plain = child(n, 'statementWithoutTrailingSubstatement');
    if (plain) {
      const block = child(plain, 'block');
      if (block) return { k: 'block', body: this.block(block), conditional: false, span };
      const es = child(child(plain, 'expressionStatement'), 'statementExpression');
      if (es) {
        const e = this.expr(child(es, 'expression'));
        return e ? { k: 'expr', expr: e, span } : { k: 'other', exprs: [], span };
      }
      const ret = child(plain, 'returnStatement');
      if (ret) return { k: 'return', expr: this.expr(child(ret, 'expression')), span };
      const tryStmt = child(plain, 'tryStatement');
      if (tryStmt && child(tryStmt, 'block')) {
        // The try block runs (up to a failure); catch blocks may not; finally always does.
        const body: Stmt[] = [{ k: 'block', body: this.block(child(tryStmt, 'block')), conditional: false, span: spanOf(child(tryStmt, 'block')!) }];
        for (const c of find(tryStmt, new Set(['catchClause']))) body.push({ k: 'block', body: this.block(child(c, 'block')), conditional: true, span: spanOf(c) });
        const fin = child(child(tryStmt, 'finally'), 'block');
        if (fin) body.push({ k: 'block', body: this.block(fin), conditional: false, span: spanOf(fin) });
        return { k: 'block', body, conditional: false, span };
      }
    }
    // if / loops / switch / labeled / synchronized …: nested statements may run zero or many times.
    const exprs = find(n, new Set(['expression', 'block', 'statement', 'switchBlock'])).filter((x) => x.name === 'expression').map((e) => this.expr(e)!);
    const bodies = find(n, new Set(['block', 'statement', 'blockStatements', 'expression'])).filter((x) => x.name !== 'expression');
    const body: Stmt[] = [];
    for (const b of bodies) {
      if (b.name === 'block' || b.name === 'blockStatements') body.push(...this.block(b));
      else body.push(this.statement(b));
    }
    return { k: 'block', body: [{ k: 'other', exprs, span }, ...body], conditional: true, span };
  }

  /** Fields, methods, constructors and initializers of every class in the file (nested ones included). */
  unit(cst: JNode): CompilationUnit {
    const imports = new Map<string, string>();
    const staticImports: Array<{ member: string; cls: string }> = [];
    for (const imp of find(cst, new Set(['importDeclaration']))) {
      const text = this.slice(imp).replace(/\s+/g, ' ');
      const m = /^import (static )?([\w.]+?)(\.\*)? ?;/.exec(text);
      if (!m) continue;
      const parts = m[2]!.split('.');
      if (m[1]) {
        if (m[3]) staticImports.push({ member: '*', cls: parts[parts.length - 1]! });
        else if (parts.length >= 2) staticImports.push({ member: parts[parts.length - 1]!, cls: parts[parts.length - 2]! });
      } else if (!m[3]) imports.set(parts[parts.length - 1]!, m[2]!);
    }
    const fields: FieldDecl[] = [];
    const methods: MethodDecl[] = [];
    const initializers: Array<{ body: Stmt[]; className: string }> = [];
    const members = new Set(['fieldDeclaration', 'constantDeclaration', 'methodDeclaration', 'interfaceMethodDeclaration', 'constructorDeclaration', 'instanceInitializer', 'staticInitializer', 'normalClassDeclaration', 'enumDeclaration', 'recordDeclaration', 'normalInterfaceDeclaration']);
    const visit = (scope: JNode, className: string) => {
      for (const m of find(scope, members)) {
        try {
          this.member(m, className, { fields, methods, initializers }, visit);
        } catch {
          // A member the lowering cannot read is skipped; the rest of the file is still analysed.
        }
      }
    };
    visit(cst, '');
    return { imports, staticImports, fields, methods, initializers };
  }

  private member(
    m: JNode,
    className: string,
    out: { fields: FieldDecl[]; methods: MethodDecl[]; initializers: Array<{ body: Stmt[]; className: string }> },
    visit: (n: JNode, className: string) => void,
  ): void {
    switch (m.name) {
      case 'normalClassDeclaration':
      case 'enumDeclaration':
      case 'recordDeclaration':
      case 'normalInterfaceDeclaration': {
        const name = firstIdentifier(child(m, 'typeIdentifier'))?.image ?? className;
        const body = child(m, 'classBody') ?? child(m, 'enumBody') ?? child(m, 'recordBody') ?? child(m, 'interfaceBody');
        if (body) visit(body, name);
        return;
      }
      case 'fieldDeclaration':
      case 'constantDeclaration': {
        const mods = this.slice(m).slice(0, Math.max(0, spanOf(child(m, 'unannType') ?? m).start - spanOf(m).start));
        const isConstant = m.name === 'constantDeclaration';
        const type = this.typeName(child(m, 'unannType'));
        for (const d of nodes(child(m, 'variableDeclaratorList'), 'variableDeclarator')) {
          out.fields.push({
            name: token(child(d, 'variableDeclaratorId'), 'Identifier')?.image ?? '',
            type,
            isStatic: isConstant || /\bstatic\b/.test(mods),
            isFinal: isConstant || /\bfinal\b/.test(mods),
            init: this.expr(child(child(d, 'variableInitializer'), 'expression')),
            span: spanOf(m),
            className,
          });
        }
        return;
      }
      case 'methodDeclaration':
      case 'interfaceMethodDeclaration': {
        const header = child(m, 'methodHeader');
        const declarator = child(header, 'methodDeclarator');
        const name = token(declarator, 'Identifier')?.image ?? '';
        const params = find(declarator ?? m, new Set(['variableDeclaratorId'])).map((p) => token(p, 'Identifier')?.image ?? '');
        const block = child(child(m, 'methodBody'), 'block');
        out.methods.push({ name, params, body: block ? this.block(block) : [], span: spanOf(m), className });
        return;
      }
      case 'constructorDeclaration': {
        const body = child(m, 'constructorBody');
        out.initializers.push({ body: this.block(child(body, 'blockStatements') ? body : undefined), className });
        return;
      }
      case 'instanceInitializer':
      case 'staticInitializer':
        out.initializers.push({ body: this.block(child(m, 'block')), className });
        return;
    }
  }
}

/** Java string-literal escapes (`\n`, `\t`, `\"`, `\\`, octal, `\uXXXX`). */
export function unescapeJava(s: string): string {
  return s.replace(/\\u+([0-9a-fA-F]{4})|\\([0-7]{1,3})|\\(.)/g, (_m, u: string, oct: string, c: string) => {
    if (u) return String.fromCharCode(parseInt(u, 16));
    if (oct) return String.fromCharCode(parseInt(oct, 8));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', s: ' ', '"': '"', "'": "'", '\\': '\\' } as Record<string, string>)[c] ?? c;
  });
}

/** A text block's value: content lines with the common indentation and trailing blanks removed. */
function textBlockValue(raw: string): string {
  const body = raw.slice(3, -3).replace(/^[ \t]*\r?\n/, '');
  const lines = body.split(/\r?\n/);
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length), lines[lines.length - 1]!.length);
  return unescapeJava(lines.map((l) => l.slice(indent).replace(/[ \t]+$/, '')).join('\n'));
}
