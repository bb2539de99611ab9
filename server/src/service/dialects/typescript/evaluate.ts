// The static evaluator: what an expression is known to be without running it. Literals, consts (typed, cast,
// `satisfies`, `as const`), enum members, spreads and Object.assign in order, imported consts and straight-line property
// writes resolve; parameters, environment variables, calls and anything conditional stay unknown.
import type * as TS from 'typescript';
import { CONFLUENT_COMPRESSION, KAFKAJS_COMPRESSION, KAFKAJS_LOG_LEVELS } from '../../catalog/kafkajsCatalog';
import type { Decl, PropertyWrite } from './binder';
import type { TypeScriptApi } from './host';
import { clientPackageOf, type ClientPackage } from './prefilter';
import type { FileContext, JsValue, LibraryRef, ObjectValue, Prop } from './values';
import { emptyObject, isScalar, readProp, sameScalar, truthy, unknown } from './values';

/** How the evaluator reaches other files (relative imports only; resolved by the project). */
export interface ModuleResolver {
  resolve(from: FileContext, specifier: string): FileContext | undefined;
}

const MAX_DEPTH = 60;
/** confluent's KafkaJS.logLevel (lib/kafkajs/_common.js:66-72) differs from kafkajs' from INFO on. */
const CONFLUENT_LOG_LEVELS: Readonly<Record<string, number>> = { NOTHING: 0, ERROR: 1, WARN: 2, INFO: 3, DEBUG: 4 };

export class Evaluator {
  private depth = 0;
  /**
   * The expressions being evaluated, innermost last: a cycle (`const a = b; const b = a`) meets itself here. A stack, not
   * a Set: it is at most MAX_DEPTH deep, and adding and removing thousands of nodes made a Set rehash all the time.
   */
  private readonly active: TS.Node[] = [];
  private readonly exportsActive = new Set<string>();

  constructor(
    private readonly ts: TypeScriptApi,
    private readonly modules: ModuleResolver,
  ) {}

  /** Strips parentheses, casts, `satisfies`, `!` and `as const`: none of them changes the value. */
  skipOuter(e: TS.Expression): TS.Expression {
    const ts = this.ts;
    for (;;) {
      if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) {
        e = e.expression;
      } else return e;
    }
  }

  value(file: FileContext, expr: TS.Expression): JsValue {
    // Most option values are plain literals: they cannot lead back to themselves, so no cycle bookkeeping.
    const ts = this.ts;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) || ts.isNumericLiteral(expr)) return this.valueInner(file, expr);
    if (this.depth > MAX_DEPTH || this.active.includes(expr)) return unknown('too deeply nested to follow');
    this.depth++;
    this.active.push(expr);
    try {
      return this.valueInner(file, this.skipOuter(expr));
    } finally {
      this.active.pop();
      this.depth--;
    }
  }

  /** An object, or `undefined` when the expression is not known to be one. */
  object(file: FileContext, expr: TS.Expression): ObjectValue | undefined {
    let v = this.value(file, expr);
    // `require('./config')` as a whole: what that module exports.
    if (v.kind === 'module') v = anchorValue(this.exportValue(v.file, 'default'), file, expr);
    return v.kind === 'object' ? v.obj : undefined;
  }

  private valueInner(file: FileContext, e: TS.Expression): JsValue {
    const ts = this.ts;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { kind: 'string', value: e.text };
    if (ts.isNumericLiteral(e)) return { kind: 'number', value: Number(e.text.replace(/_/g, '')) };
    if (e.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'boolean', value: true };
    if (e.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'boolean', value: false };
    if (e.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null' };
    if (ts.isTemplateExpression(e)) return this.template(file, e);
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(file, e);
    if (ts.isIdentifier(e)) return this.identifier(file, e);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return this.member(file, e);
    if (ts.isObjectLiteralExpression(e)) return { kind: 'object', obj: this.literal(file, e) };
    if (ts.isArrayLiteralExpression(e)) {
      const elements: JsValue[] = [];
      for (const el of e.elements) {
        if (ts.isSpreadElement(el)) {
          const v = this.value(file, el.expression);
          if (v.kind !== 'array') return unknown('an array built from something that cannot be resolved');
          elements.push(...v.elements);
        } else if (!ts.isOmittedExpression(el)) elements.push(this.value(file, el));
      }
      return { kind: 'array', elements };
    }
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e)) return { kind: 'function' };
    if (ts.isCallExpression(e)) return this.call(file, e);
    if (ts.isConditionalExpression(e)) {
      const cond = truthy(this.value(file, e.condition));
      if (cond !== undefined) return this.value(file, cond ? e.whenTrue : e.whenFalse);
      const a = this.value(file, e.whenTrue);
      const b = this.value(file, e.whenFalse);
      return sameScalar(a, b) ? a : unknown('chosen at run time');
    }
    if (ts.isBinaryExpression(e)) return this.binary(file, e);
    if (ts.isVoidExpression(e)) return { kind: 'undefined' };
    if (ts.isAwaitExpression(e)) return unknown('awaited at run time');
    if (ts.isNewExpression(e)) return unknown('an object created at run time');
    return unknown('computed at run time');
  }

  private template(file: FileContext, e: TS.TemplateExpression): JsValue {
    let out = e.head.text;
    for (const span of e.templateSpans) {
      const v = this.value(file, span.expression);
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') out += String(v.value);
      else return unknown('a template with run-time parts');
      out += span.literal.text;
    }
    return { kind: 'string', value: out };
  }

  private prefix(file: FileContext, e: TS.PrefixUnaryExpression): JsValue {
    const ts = this.ts;
    const v = this.value(file, e.operand);
    switch (e.operator) {
      case ts.SyntaxKind.MinusToken:
        return v.kind === 'number' ? { kind: 'number', value: -v.value } : unknown('computed at run time');
      case ts.SyntaxKind.PlusToken:
        return v.kind === 'number' ? v : v.kind === 'string' && v.value.trim() !== '' && !Number.isNaN(Number(v.value)) ? { kind: 'number', value: Number(v.value) } : unknown('computed at run time');
      case ts.SyntaxKind.ExclamationToken: {
        const t = truthy(v);
        return t === undefined ? unknown('computed at run time') : { kind: 'boolean', value: !t };
      }
      default:
        return unknown('computed at run time');
    }
  }

  private binary(file: FileContext, e: TS.BinaryExpression): JsValue {
    const ts = this.ts;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
      const left = this.value(file, e.left);
      if (left.kind === 'unknown') return unknown(left.reason);
      if (op === ts.SyntaxKind.QuestionQuestionToken) return left.kind === 'null' || left.kind === 'undefined' ? this.value(file, e.right) : left;
      const t = truthy(left);
      if (t === undefined) return unknown('computed at run time');
      if (op === ts.SyntaxKind.BarBarToken) return t ? left : this.value(file, e.right);
      return t ? this.value(file, e.right) : left;
    }
    const a = this.value(file, e.left);
    const b = this.value(file, e.right);
    // What a comparison or sum derives from an unknown is as unknown as its source (an environment variable …).
    if (a.kind === 'unknown') return a;
    if (b.kind === 'unknown') return b;
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) {
      if (!isScalar(a) || !isScalar(b)) return unknown('computed at run time');
      const same = sameScalar(a, b);
      return { kind: 'boolean', value: op === ts.SyntaxKind.EqualsEqualsEqualsToken ? same : !same };
    }
    if (op === ts.SyntaxKind.PlusToken && (a.kind === 'string' || b.kind === 'string') && isScalar(a) && isScalar(b) && a.kind !== 'undefined' && b.kind !== 'undefined' && a.kind !== 'null' && b.kind !== 'null') {
      return { kind: 'string', value: String((a as { value: unknown }).value) + String((b as { value: unknown }).value) };
    }
    if (a.kind !== 'number' || b.kind !== 'number') return unknown('computed at run time');
    switch (op) {
      case ts.SyntaxKind.PlusToken:
        return { kind: 'number', value: a.value + b.value };
      case ts.SyntaxKind.MinusToken:
        return { kind: 'number', value: a.value - b.value };
      case ts.SyntaxKind.AsteriskToken:
        return { kind: 'number', value: a.value * b.value };
      case ts.SyntaxKind.SlashToken:
        return { kind: 'number', value: a.value / b.value };
      case ts.SyntaxKind.PercentToken:
        return { kind: 'number', value: a.value % b.value };
      case ts.SyntaxKind.AsteriskAsteriskToken:
        return { kind: 'number', value: a.value ** b.value };
      case ts.SyntaxKind.LessThanLessThanToken:
        return { kind: 'number', value: a.value << b.value };
      default:
        return unknown('computed at run time');
    }
  }

  private call(file: FileContext, e: TS.CallExpression): JsValue {
    const ts = this.ts;
    const callee = this.skipOuter(e.expression);
    if (ts.isIdentifier(callee) && callee.text === 'require' && !file.binder.lookup('require', callee)) {
      const arg = e.arguments[0];
      return arg && ts.isStringLiteralLike(arg) ? this.moduleValue(file, arg.text) : unknown('a module chosen at run time');
    }
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object' && !file.binder.lookup('Object', callee)) {
      if (callee.name.text === 'assign' || callee.name.text === 'freeze') {
        if (callee.name.text === 'freeze') return e.arguments[0] ? this.value(file, e.arguments[0]) : unknown('computed at run time');
        let acc = emptyObject();
        for (const arg of e.arguments) acc = this.mergeInto(file, acc, arg);
        return { kind: 'object', obj: { props: acc.props, open: acc.open } };
      }
    }
    // Conversions of known scalars are as certain as the scalars themselves.
    if (ts.isIdentifier(callee) && !file.binder.lookup(callee.text, callee) && e.arguments.length >= 1) {
      const v = this.value(file, e.arguments[0]!);
      if (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') {
        const raw = v.value;
        switch (callee.text) {
          case 'Number':
            return { kind: 'number', value: Number(raw) };
          case 'String':
            return { kind: 'string', value: String(raw) };
          case 'Boolean':
            return { kind: 'boolean', value: truthy(v)! };
          case 'parseInt':
            return e.arguments.length === 1 ? { kind: 'number', value: parseInt(String(raw), 10) } : unknown('computed at run time');
          case 'parseFloat':
            return { kind: 'number', value: parseFloat(String(raw)) };
        }
      }
    }
    return unknown('the result of a function call');
  }

  /** Adds the properties of `source` (an object expression) after those of `acc`, as a spread does. */
  private mergeInto(file: FileContext, acc: ObjectValue, source: TS.Expression, spreadNode: TS.Node = source): ObjectValue {
    const v = this.value(file, source);
    if (v.kind === 'object') {
      const props = v.obj.props.map((p) => ({ ...p, spread: spreadNode }));
      return { props: [...acc.props, ...props], open: acc.open || v.obj.open };
    }
    if (v.kind === 'null' || v.kind === 'undefined' || v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') return acc;
    // Anything unresolvable may set any key, so everything written before it may be replaced.
    return { props: acc.props.map((p) => ({ ...p, maybeOverridden: true })), open: true };
  }

  /** An object literal, in property order. */
  literal(file: FileContext, lit: TS.ObjectLiteralExpression): ObjectValue {
    const ts = this.ts;
    let acc: { props: Prop[]; open: boolean } = { props: [], open: false };
    for (const p of lit.properties) {
      if (ts.isSpreadAssignment(p)) {
        const merged = this.mergeInto(file, acc, p.expression, p);
        acc = { props: [...merged.props], open: merged.open };
        continue;
      }
      const name = this.propertyName(file, p.name);
      if (name === undefined) {
        acc = { props: acc.props.map((x) => ({ ...x, maybeOverridden: true })), open: true };
        continue;
      }
      let value: JsValue;
      let valueNode: TS.Node;
      if (ts.isPropertyAssignment(p)) {
        value = this.value(file, p.initializer);
        valueNode = p.initializer;
      } else if (ts.isShorthandPropertyAssignment(p)) {
        value = this.identifier(file, p.name);
        valueNode = p.name;
      } else {
        value = { kind: 'function' };
        valueNode = p;
      }
      // Appended in place: a literal of n properties costs n, not n².
      acc.props.push({ name, value, file, node: p, keyNode: p.name!, valueNode, literal: lit, maybeOverridden: false });
    }
    return { props: acc.props, open: acc.open, literal: lit, file };
  }

  propertyName(file: FileContext, name: TS.PropertyName | undefined): string | undefined {
    const ts = this.ts;
    if (!name) return undefined;
    if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
    if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) {
      const v = this.value(file, name.expression);
      return v.kind === 'string' || v.kind === 'number' ? String(v.value) : undefined;
    }
    return undefined;
  }

  private identifier(file: FileContext, id: TS.Identifier): JsValue {
    const decl = file.binder.lookup(id.text, id);
    if (!decl) {
      switch (id.text) {
        case 'undefined':
          return { kind: 'undefined' };
        case 'NaN':
          return { kind: 'number', value: Number.NaN };
        case 'Infinity':
          return { kind: 'number', value: Number.POSITIVE_INFINITY };
        case 'process':
          return unknown('the process environment');
        default:
          return unknown(`\`${id.text}\` is not declared in this file`);
      }
    }
    const v = this.declValue(file, decl, id);
    return decl.kind === 'import' ? anchorValue(v, file, id) : v;
  }

  /** The value a declaration holds where it is read (`useSite`; `undefined` = after the whole module ran). */
  declValue(file: FileContext, decl: Decl, useSite: TS.Node | undefined): JsValue {
    const ts = this.ts;
    switch (decl.kind) {
      case 'param':
        return unknown('a parameter');
      case 'catch':
        return unknown('a caught error');
      case 'function':
      case 'class':
        return { kind: 'function' };
      case 'enum':
        return { kind: 'object', obj: this.enumObject(file, decl.node as TS.EnumDeclaration) };
      case 'import':
        return this.importValue(file, decl.node);
      default:
        break;
    }
    if (decl.kind !== 'const' && file.binder.isReassigned(decl)) return unknown('a variable that is reassigned');
    let v: JsValue;
    if (ts.isVariableDeclaration(decl.node)) {
      if (!decl.node.initializer) return decl.kind === 'const' ? unknown('computed at run time') : unknown('a variable assigned later');
      v = this.value(file, decl.node.initializer);
    } else if (ts.isBindingElement(decl.node)) {
      v = this.bindingValue(file, decl.node);
    } else return unknown('computed at run time');
    if (v.kind === 'object') v = { kind: 'object', obj: this.applyWrites(file, decl, v.obj, useSite) };
    return v;
  }

  /** `const { a: { b } } = init` → the value at path a.b of init. */
  private bindingValue(file: FileContext, el: TS.BindingElement): JsValue {
    const ts = this.ts;
    const path: Array<string | number> = [];
    let n: TS.Node = el;
    let defaultValue: TS.Expression | undefined = el.initializer;
    while (ts.isBindingElement(n)) {
      const pattern: TS.Node = n.parent;
      if (ts.isObjectBindingPattern(pattern)) {
        if (n.dotDotDotToken) return unknown('the rest of an object');
        const key = n.propertyName ? this.propertyName(file, n.propertyName) : ts.isIdentifier(n.name) ? n.name.text : undefined;
        if (key === undefined) return unknown('computed at run time');
        path.unshift(key);
      } else if (ts.isArrayBindingPattern(pattern)) {
        path.unshift(pattern.elements.indexOf(n as TS.BindingElement));
      }
      n = pattern.parent;
    }
    if (!ts.isVariableDeclaration(n) || !n.initializer) return unknown('computed at run time');
    let v = this.value(file, n.initializer);
    for (const key of path) v = this.memberOf(v, String(key));
    if (v.kind === 'undefined' && defaultValue) v = this.value(file, defaultValue);
    return v;
  }

  private enumObject(file: FileContext, e: TS.EnumDeclaration): ObjectValue {
    const ts = this.ts;
    const props: Prop[] = [];
    let next: number | undefined = 0;
    for (const m of e.members) {
      const name = this.propertyName(file, m.name as TS.PropertyName);
      if (name === undefined) continue;
      let value: JsValue;
      if (m.initializer) {
        value = this.value(file, m.initializer);
        next = value.kind === 'number' ? value.value + 1 : undefined;
      } else {
        value = next === undefined ? unknown('computed at run time') : { kind: 'number', value: next };
        if (next !== undefined) next++;
      }
      props.push({ name, value, file, node: m, keyNode: m.name, valueNode: m.initializer ?? m, maybeOverridden: false });
    }
    void ts;
    return { props, open: false, file };
  }

  private memberOf(v: JsValue, name: string): JsValue {
    switch (v.kind) {
      case 'object':
        return readProp(v.obj, name);
      case 'library':
        return libraryMember({ ...v.ref, path: [...v.ref.path, name] });
      case 'module':
        return this.exportValue(v.file, name);
      case 'array':
        if (/^\d+$/.test(name)) return v.elements[Number(name)] ?? { kind: 'undefined' };
        return unknown('computed at run time');
      case 'unknown':
        return v;
      case 'null':
      case 'undefined':
        return unknown('a property of nothing (throws at run time)');
      default:
        return unknown('computed at run time');
    }
  }

  private member(file: FileContext, e: TS.PropertyAccessExpression | TS.ElementAccessExpression): JsValue {
    const ts = this.ts;
    let name: string | undefined;
    if (ts.isPropertyAccessExpression(e)) name = e.name.text;
    else {
      const k = this.value(file, e.argumentExpression);
      name = k.kind === 'string' || k.kind === 'number' ? String(k.value) : undefined;
    }
    const target = this.skipOuter(e.expression);
    // `process.env.X` and `process.env['X']`: the environment, unknown by definition.
    if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === 'process' && target.name.text === 'env') {
      return unknown('an environment variable');
    }
    if (name === undefined) return unknown('a property chosen at run time');
    const base = this.value(file, target);
    const v = this.memberOf(base, name);
    return base.kind === 'module' ? anchorValue(v, file, e) : v;
  }

  private importValue(file: FileContext, node: TS.Node): JsValue {
    const ts = this.ts;
    let spec: TS.Expression | undefined;
    let name: string | undefined; // undefined = the whole module (namespace)
    if (ts.isImportSpecifier(node)) {
      spec = node.parent.parent.parent.moduleSpecifier;
      name = (node.propertyName ?? node.name).text;
    } else if (ts.isNamespaceImport(node)) {
      spec = node.parent.parent.moduleSpecifier;
    } else if (ts.isImportClause(node)) {
      spec = node.parent.moduleSpecifier;
      name = 'default';
    } else if (ts.isImportEqualsDeclaration(node)) {
      const ref = node.moduleReference;
      if (ts.isExternalModuleReference(ref)) spec = ref.expression;
      else return unknown('a namespace alias');
    }
    if (!spec || !ts.isStringLiteralLike(spec)) return unknown('an import');
    const mod = this.moduleValue(file, spec.text);
    if (name === undefined) return mod;
    if (name === 'default') {
      // CommonJS packages (all three Kafka clients) are their module object when imported by default.
      if (mod.kind === 'library') return mod;
      if (mod.kind === 'module') return this.exportValue(mod.file, 'default');
      return mod;
    }
    return this.memberOf(mod, name);
  }

  private moduleValue(file: FileContext, specifier: string): JsValue {
    const pkg = clientPackageOf(specifier);
    if (pkg) return { kind: 'library', ref: { pkg, subpath: specifier.slice(pkg.length + 1), path: [] } };
    if (!specifier.startsWith('.')) return unknown(`imported from \`${specifier}\``);
    const target = this.modules.resolve(file, specifier);
    if (!target) return unknown(`imported from \`${specifier}\`, which could not be read`);
    return { kind: 'module', file: target };
  }

  /** The value of an export of another file, as its module body leaves it. */
  exportValue(file: FileContext, name: string): JsValue {
    const ts = this.ts;
    const key = `${file.uri}#${name}`;
    if (this.exportsActive.has(key)) return unknown('a circular import');
    this.exportsActive.add(key);
    try {
      const sf = file.sourceFile;
      let commonJs: JsValue | undefined;
      const cjsProps: Prop[] = [];
      for (const st of sf.statements) {
        const exported = ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        const isDefault = ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        if (exported && ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) {
            if (ts.isIdentifier(d.name) && d.name.text === name) {
              const decl = file.binder.lookup(name, d.name);
              return decl ? this.declValue(file, decl, undefined) : unknown('an export');
            }
          }
        }
        if (exported && (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && ((isDefault && name === 'default') || st.name?.text === name)) return { kind: 'function' };
        if (exported && ts.isEnumDeclaration(st) && st.name.text === name) return { kind: 'object', obj: this.enumObject(file, st) };
        if (ts.isExportAssignment(st) && !st.isExportEquals && name === 'default') return this.value(file, st.expression);
        if (ts.isExportAssignment(st) && st.isExportEquals) commonJs = this.value(file, st.expression);
        if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
          const from = st.moduleSpecifier && ts.isStringLiteralLike(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
          if (st.exportClause && ts.isNamedExports(st.exportClause)) {
            for (const el of st.exportClause.elements) {
              if (el.name.text !== name) continue;
              const local = (el.propertyName ?? el.name).text;
              if (from) return this.memberOf(this.moduleValue(file, from), local);
              const decl = file.binder.lookup(local, st);
              return decl ? this.declValue(file, decl, undefined) : unknown('an export');
            }
          } else if (!st.exportClause && from) {
            const v = this.memberOf(this.moduleValue(file, from), name);
            if (v.kind !== 'undefined') return v;
          }
        }
        // CommonJS: module.exports = {...}; module.exports.x = …; exports.x = …
        if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
          const lhs = st.expression.left;
          const text = lhs.getText(sf);
          if (text === 'module.exports') commonJs = this.value(file, st.expression.right);
          const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(text);
          if (m && ts.isPropertyAccessExpression(lhs)) {
            cjsProps.push({ name: m[1]!, value: this.value(file, st.expression.right), file, node: st, keyNode: lhs.name, valueNode: st.expression.right, maybeOverridden: false });
          }
        }
      }
      if (commonJs || cjsProps.length > 0) {
        const base: JsValue = commonJs ?? { kind: 'object', obj: { props: [], open: false } };
        if (name === 'default') return base;
        const own = cjsProps.filter((p) => p.name === name);
        if (own.length > 0) return own[own.length - 1]!.value;
        return this.memberOf(base, name);
      }
      return { kind: 'undefined' };
    } finally {
      this.exportsActive.delete(key);
    }
  }

  /**
   * Applies the property writes of a variable to its object. Writes that are statements of the declaring block,
   * after the declaration and before the statement that reads it, are applied in order; any other write makes the
   * property it writes unknown (or, when the property is computed, the whole object open).
   */
  applyWrites(file: FileContext, decl: Decl, obj: ObjectValue, useSite: TS.Node | undefined): ObjectValue {
    const ts = this.ts;
    const writes = file.binder.writesOf(decl);
    if (writes.length === 0) return obj;
    let statement: TS.Node = decl.node;
    while (statement.parent && !ts.isVariableStatement(statement)) statement = statement.parent;
    const block = statement.parent;
    let useStatement: TS.Node | undefined;
    if (useSite) {
      for (let n: TS.Node | undefined = useSite; n; n = n.parent) {
        if (n.parent === block) {
          useStatement = n;
          break;
        }
      }
    }
    let result = obj;
    for (const w of [...writes].sort((a, b) => a.node.pos - b.node.pos)) {
      if (useSite && w.node.pos >= useSite.pos && w.node.end <= useSite.end) continue; // the read itself
      const straight =
        w.statement !== undefined &&
        w.statement.parent === block &&
        w.statement.pos >= statement.end &&
        (useSite === undefined ? true : useStatement !== undefined && w.statement.end <= useStatement.pos);
      result = this.applyWrite(file, result, w, straight);
    }
    return result;
  }

  private applyWrite(file: FileContext, obj: ObjectValue, w: PropertyWrite, straight: boolean): ObjectValue {
    const ts = this.ts;
    if (!w.path || w.kind === 'opaque' || (w.path.length === 0 && w.kind !== 'assign')) {
      if (w.path && w.path.length > 0) return setPath(obj, w.path, unknown('changed elsewhere'), w, file, ts);
      return { props: obj.props.map((p) => ({ ...p, maybeOverridden: true })), open: true, ...(obj.literal ? { literal: obj.literal } : {}), ...(obj.file ? { file: obj.file } : {}) };
    }
    if (!straight) {
      if (w.path.length === 0) return { props: obj.props.map((p) => ({ ...p, maybeOverridden: true })), open: true, ...(obj.literal ? { literal: obj.literal } : {}), ...(obj.file ? { file: obj.file } : {}) };
      return setPath(obj, w.path, unknown('changed in code that may or may not run first'), w, file, ts);
    }
    if (w.kind === 'set') return setPath(obj, w.path, this.value(file, w.values[0]!), w, file, ts);
    if (w.kind === 'delete') return setPath(obj, w.path, { kind: 'undefined' }, w, file, ts);
    // Object.assign(conf, a, b): the sources' properties land at the path.
    let merged: ObjectValue = { props: [], open: false };
    for (const src of w.values) merged = this.mergeInto(file, merged, src);
    if (w.path.length === 0) return { ...obj, props: [...obj.props, ...merged.props], open: obj.open || merged.open };
    return setPath(obj, w.path, { kind: 'object', obj: merged }, w, file, ts);
  }
}

/**
 * Marks the properties of a value that were written in other files with the expression of `file` they arrived through,
 * so the analysed document can point at its own text (and at the other file as related information).
 */
export function anchorValue(v: JsValue, file: FileContext, node: TS.Node): JsValue {
  if (v.kind === 'array') return { kind: 'array', elements: v.elements.map((x) => anchorValue(x, file, node)) };
  if (v.kind !== 'object') return v;
  const props = v.obj.props.map((p) => {
    const value = anchorValue(p.value, file, node);
    if (p.file === file || p.anchor?.file === file) return value === p.value ? p : { ...p, value };
    return { ...p, value, anchor: { file, node } };
  });
  return { kind: 'object', obj: { ...v.obj, props } };
}

/** A new object with `path` set to `value` by the write `w` (nested objects copied on the way). */
function setPath(obj: ObjectValue, path: readonly string[], value: JsValue, w: PropertyWrite, file: FileContext, ts: TypeScriptApi): ObjectValue {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length > 0) {
    const current = readProp(obj, head);
    if (current.kind !== 'object') {
      return { ...obj, props: [...obj.props, propOfWrite(head, unknown('changed elsewhere'), w, file, ts)] };
    }
    return { ...obj, props: [...obj.props, propOfWrite(head, { kind: 'object', obj: setPath(current.obj, rest, value, w, file, ts) }, w, file, ts)] };
  }
  return { ...obj, props: [...obj.props, propOfWrite(head, value, w, file, ts)] };
}

function propOfWrite(name: string, value: JsValue, w: PropertyWrite, file: FileContext, ts: TypeScriptApi): Prop {
  let keyNode: TS.Node = w.node;
  let valueNode: TS.Node = w.node;
  const node = w.node;
  if (ts.isBinaryExpression(node)) {
    valueNode = node.right;
    const l = node.left;
    keyNode = ts.isPropertyAccessExpression(l) ? l.name : ts.isElementAccessExpression(l) ? l.argumentExpression : l;
  } else if (ts.isDeleteExpression(node)) {
    const l = node.expression;
    keyNode = ts.isPropertyAccessExpression(l) ? l.name : ts.isElementAccessExpression(l) ? l.argumentExpression : l;
  }
  return { name, value, file, node: w.statement ?? w.node, keyNode, valueNode, maybeOverridden: false };
}

/** Members of the client packages the analysis knows the value of (enums), or a reference kept for later matching. */
export function libraryMember(ref: LibraryRef): JsValue {
  const p = ref.path;
  const enumOf = (table: Readonly<Record<string, number | string>>, member: string | undefined): JsValue => {
    if (member === undefined) return { kind: 'library', ref };
    const v = table[member];
    if (v === undefined) return { kind: 'undefined', enumRef: ref };
    return typeof v === 'number' ? { kind: 'number', value: v, enumRef: ref } : { kind: 'string', value: v, enumRef: ref };
  };
  if (ref.pkg === 'kafkajs') {
    if (p[0] === 'CompressionTypes' && p.length <= 2) return enumOf(KAFKAJS_COMPRESSION, p[1]);
    if (p[0] === 'logLevel' && p.length <= 2) return enumOf(KAFKAJS_LOG_LEVELS, p[1]);
  }
  if (ref.pkg === '@nestjs/microservices' && p[0] === 'CompressionTypes' && p.length <= 2) return enumOf(KAFKAJS_COMPRESSION, p[1]);
  if (ref.pkg === '@confluentinc/kafka-javascript' && p[0] === 'KafkaJS') {
    if (p[1] === 'CompressionTypes' && p.length <= 3) return enumOf(CONFLUENT_COMPRESSION, p[2]);
    if (p[1] === 'logLevel' && p.length <= 3) return enumOf(CONFLUENT_LOG_LEVELS, p[2]);
  }
  return { kind: 'library', ref };
}

/** Whether a value is the package member at `path` (`Transport.KAFKA`, `KafkaJS.Kafka`). */
export function isLibrary(v: JsValue, pkg: ClientPackage, ...path: string[]): boolean {
  return v.kind === 'library' && v.ref.pkg === pkg && v.ref.path.length === path.length && v.ref.path.every((x, i) => x === path[i]);
}
