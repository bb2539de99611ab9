// How the Java client parses and validates one value (ConfigDef.parseType + validators), per key facts.
import type { JavaType, ResolvedKey, Validator } from '../catalog/types';

/** A value after ConfigDef parsing: what `ProducerConfig` holds for it. */
export type JavaParsed = string | number | boolean | readonly string[] | null;

export type JavaValueCheck =
  | { readonly ok: true; readonly value: JavaParsed }
  | {
      readonly ok: false;
      /** `type`: the text does not parse as the key's type; `validator`: it parses but is rejected. */
      readonly problem: 'type' | 'validator';
      readonly message: string;
      /** Values the key accepts, for quick fixes (enums, booleans). */
      readonly expected?: readonly string[];
      /** The accepted value this one differs from only by case, for a fix. */
      readonly caseFix?: string;
    };

/** `String.trim()`: strips every char ≤ U+0020 at both ends (not Unicode spaces). */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const INT_RANGE: Record<'INT' | 'SHORT' | 'LONG', [bigint, bigint]> = {
  SHORT: [-32768n, 32767n],
  INT: [-2147483648n, 2147483647n],
  LONG: [-9223372036854775808n, 9223372036854775807n],
};

// Double.valueOf's grammar (its javadoc), on an already trimmed string.
const JAVA_DOUBLE =
  /^[+-]?(?:NaN|Infinity|(?:(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP][+-]?\d+)[fFdD]?))$/;

// Integer.parseInt takes any Unicode decimal digit; we compute values for ASCII ones.
const JAVA_INTEGER = /^[+-]?\p{Nd}+$/u;
const ASCII_INTEGER = /^[+-]?[0-9]+$/;

// A binary class name Class.forName could load: dotted Java identifiers (`$` for nested classes).
const JAVA_CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;

/** ConfigDef.parseType for a `.properties` string. */
export function parseJavaValue(type: JavaType, text: string): JavaValueCheck {
  const trimmed = javaTrim(text);
  switch (type) {
    case 'BOOLEAN': {
      const lower = trimmed.toLowerCase();
      if (lower === 'true') return { ok: true, value: true };
      if (lower === 'false') return { ok: true, value: false };
      return {
        ok: false,
        problem: 'type',
        message: 'expected `true` or `false`',
        expected: ['true', 'false'],
      };
    }
    case 'STRING':
    case 'PASSWORD':
      return { ok: true, value: trimmed };
    case 'SHORT':
    case 'INT':
    case 'LONG': {
      if (!JAVA_INTEGER.test(trimmed)) return { ok: false, problem: 'type', message: `not a whole number of type ${type}` };
      if (!ASCII_INTEGER.test(trimmed)) return { ok: true, value: Number.NaN };
      const big = BigInt(trimmed.startsWith('+') ? trimmed.slice(1) : trimmed);
      const [min, max] = INT_RANGE[type];
      if (big < min || big > max) {
        return { ok: false, problem: 'type', message: `out of range for type ${type} (${min} to ${max})` };
      }
      return { ok: true, value: Number(big) };
    }
    case 'DOUBLE': {
      if (!JAVA_DOUBLE.test(trimmed)) return { ok: false, problem: 'type', message: 'not a number of type DOUBLE' };
      return { ok: true, value: parseJavaDouble(trimmed) };
    }
    case 'LIST':
      return { ok: true, value: trimmed === '' ? [] : trimmed.split(/\s*,\s*/) };
    case 'CLASS':
      if (!JAVA_CLASS_NAME.test(trimmed)) {
        return {
          ok: false,
          problem: 'type',
          message: trimmed === '' ? 'a class name is required here' : `\`${trimmed}\` is not a Java class name`,
        };
      }
      return { ok: true, value: trimmed };
  }
}

function parseJavaDouble(s: string): number {
  const body = s.replace(/[fFdD]$/, '');
  if (/^[+-]?0[xX]/.test(body)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(body);
    if (!m) return Number.NaN;
    const mantissa = parseInt((m[2] || '0') + (m[3] || ''), 16) / 16 ** (m[3] ?? '').length;
    return (m[1] === '-' ? -1 : 1) * mantissa * 2 ** Number(m[4]);
  }
  return Number(body);
}

/** Runs the key's validator on a parsed value (ConfigDef validators and the construction checks we model). */
export function validateJavaValue(validator: Validator, value: JavaParsed): JavaValueCheck {
  switch (validator.kind) {
    case 'none':
      return { ok: true, value };
    case 'range': {
      if (typeof value !== 'number' || Number.isNaN(value)) return { ok: true, value };
      if (validator.min !== undefined && value < validator.min) {
        return { ok: false, problem: 'validator', message: `must be at least ${validator.min}${rangeText(validator)}` };
      }
      if (validator.max !== undefined && value > validator.max) {
        return { ok: false, problem: 'validator', message: `must be at most ${validator.max}${rangeText(validator)}` };
      }
      return { ok: true, value };
    }
    case 'rangeOrValue': {
      if (typeof value !== 'number' || Number.isNaN(value)) return { ok: true, value };
      if (validator.values.includes(value) || (value >= validator.min && value <= validator.max)) return { ok: true, value };
      return {
        ok: false,
        problem: 'validator',
        message: `must be between ${validator.min} and ${validator.max}, or ${validator.values.join(' or ')}`,
      };
    }
    case 'enum': {
      if (typeof value !== 'string') return { ok: true, value };
      const match = validator.caseSensitive
        ? validator.values.includes(value)
        : validator.values.some((v) => v.toUpperCase() === value.toUpperCase());
      if (match) return { ok: true, value };
      const caseFix = validator.values.find((v) => v.toLowerCase() === value.toLowerCase());
      return {
        ok: false,
        problem: 'validator',
        message: caseFix
          ? `values are case-sensitive here: write \`${caseFix}\``
          : `must be one of ${validator.values.map((v) => `\`${v}\``).join(', ')}`,
        expected: validator.values,
        ...(caseFix ? { caseFix } : {}),
      };
    }
    case 'nonEmptyString':
      if (value === '') return { ok: false, problem: 'validator', message: 'must not be empty (leave the key out instead)' };
      return { ok: true, value };
    case 'list': {
      if (!Array.isArray(value)) return { ok: true, value };
      if (value.length === 0 && !validator.allowEmptyList) return { ok: false, problem: 'validator', message: 'must not be empty' };
      if (value.some((e) => e === '')) {
        return { ok: false, problem: 'validator', message: 'has an empty element (a stray or trailing comma)' };
      }
      return { ok: true, value };
    }
  }
}

function rangeText(v: { min?: number; max?: number }): string {
  if (v.min !== undefined && v.max !== undefined) return ` (valid: ${v.min} to ${v.max})`;
  return '';
}

/** Parse then validate, as `new ProducerConfig(props)` does for one key. */
export function checkJavaValue(key: ResolvedKey, text: string): JavaValueCheck {
  const parsed = parseJavaValue(key.type, text);
  if (!parsed.ok) return parsed;
  return validateJavaValue(key.validator, parsed.value);
}

/** The `.properties` text of a parsed value (for messages and edits). */
export function formatJavaValue(value: JavaParsed): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}
