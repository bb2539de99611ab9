// The values the static evaluator knows: scalars, arrays, objects (ordered properties with where they were written),
// members of the Kafka client packages, and explicit unknowns.
import type * as TS from 'typescript';
import type { Binder } from './binder';
import type { ClientPackage } from './prefilter';

/** One parsed file the evaluator reads: the document being analysed or a file it imports. */
export interface FileContext {
  readonly uri: string;
  readonly text: string;
  readonly sourceFile: TS.SourceFile;
  readonly binder: Binder;
  /** 0-based line starts, for ranges in files other than the document. */
  readonly lineStarts: readonly number[];
}

/** A member of a client package (`kafkajs.CompressionTypes.GZIP`, `KafkaJS.Kafka`) a value was read from. */
export interface LibraryRef {
  readonly pkg: ClientPackage;
  /** Subpath of the module specifier (`external/kafka.interface`), empty for the package root. */
  readonly subpath: string;
  readonly path: readonly string[];
}

export type JsValue =
  | { readonly kind: 'string'; readonly value: string; readonly enumRef?: LibraryRef }
  | { readonly kind: 'number'; readonly value: number; readonly enumRef?: LibraryRef }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'undefined'; readonly enumRef?: LibraryRef }
  | { readonly kind: 'array'; readonly elements: readonly JsValue[] }
  | { readonly kind: 'object'; readonly obj: ObjectValue }
  | { readonly kind: 'function' }
  | { readonly kind: 'library'; readonly ref: LibraryRef }
  | { readonly kind: 'module'; readonly file: FileContext }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Where a property was written and how it reached the object being read. */
export interface Prop {
  readonly name: string;
  readonly value: JsValue;
  /** The file it is written in. */
  readonly file: FileContext;
  /** The whole property (or the statement that writes it). */
  readonly node: TS.Node;
  readonly keyNode: TS.Node;
  readonly valueNode: TS.Node;
  /** The object literal it is written in; absent for `conf.x = v` statements. */
  readonly literal?: TS.ObjectLiteralExpression;
  /** The spread (or `Object.assign` source) of the analysed file it arrived through, outermost last. */
  readonly spread?: TS.Node;
  /** For a property written in another file: the expression of the analysed file it arrived through. */
  readonly anchor?: { readonly file: FileContext; readonly node: TS.Node };
  /** Something unresolvable written after it may replace it. */
  readonly maybeOverridden: boolean;
}

export interface ObjectValue {
  /** Every write, in order; a later write of a name wins. */
  readonly props: readonly Prop[];
  /** Whether names not listed may be present (an unresolvable spread, computed key or write). */
  readonly open: boolean;
  /** The literal this object was written as, and its file. */
  readonly literal?: TS.ObjectLiteralExpression;
  readonly file?: FileContext;
}

export const unknown = (reason: string): JsValue => ({ kind: 'unknown', reason });

export function emptyObject(): ObjectValue {
  return { props: [], open: false };
}

/** The value a property read returns: the last write, unknown when it may be overridden, undefined when absent. */
export function getProp(obj: ObjectValue, name: string): Prop | undefined {
  for (let i = obj.props.length - 1; i >= 0; i--) if (obj.props[i]!.name === name) return obj.props[i];
  return undefined;
}

export function readProp(obj: ObjectValue, name: string): JsValue {
  const p = getProp(obj, name);
  if (!p) return obj.open ? unknown('set by something that cannot be resolved') : { kind: 'undefined' };
  return p.maybeOverridden ? unknown('may be overridden by something that cannot be resolved') : p.value;
}

export function isScalar(v: JsValue): v is Extract<JsValue, { kind: 'string' | 'number' | 'boolean' | 'null' | 'undefined' }> {
  return v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean' || v.kind === 'null' || v.kind === 'undefined';
}

export function sameScalar(a: JsValue, b: JsValue): boolean {
  if (!isScalar(a) || !isScalar(b) || a.kind !== b.kind) return false;
  return !('value' in a) || (a as { value: unknown }).value === (b as { value: unknown }).value;
}

/** Truthiness of a known value, as JavaScript decides it. */
export function truthy(v: JsValue): boolean | undefined {
  switch (v.kind) {
    case 'string':
      return v.value !== '';
    case 'number':
      return v.value !== 0 && !Number.isNaN(v.value);
    case 'boolean':
      return v.value;
    case 'null':
    case 'undefined':
      return false;
    case 'array':
    case 'object':
    case 'function':
    case 'module':
      return true;
    default:
      return undefined;
  }
}
