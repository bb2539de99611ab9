// The catalog as the CLI prints it (`kafka-lint catalog --format json`): one plain object per key.
import { javaKeysFor } from './javaCatalog';

export interface CatalogRow {
  readonly name: string;
  readonly client: 'java';
  readonly type: string;
  readonly default: string | null;
  readonly validValues?: readonly string[];
  readonly range?: { readonly min: number | null; readonly max: number | null };
  readonly importance: string;
  readonly since?: string;
  readonly removedIn?: string;
  readonly deprecated?: boolean;
  readonly required?: boolean;
  readonly unit?: string;
  readonly docs: string;
  readonly source: string;
}

export function exportCatalog(version: string): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const k of javaKeysFor(version).values()) {
    const v = k.validator;
    rows.push({
      name: k.name,
      client: 'java',
      type: k.type,
      default: k.default,
      ...(v.kind === 'enum' ? { validValues: v.values } : {}),
      ...(v.kind === 'range' ? { range: { min: v.min ?? null, max: v.max ?? null } } : {}),
      ...(v.kind === 'rangeOrValue' ? { range: { min: v.min, max: v.max }, validValues: v.values.map(String) } : {}),
      importance: k.importance,
      // Keys older than the oldest release in our history (2.0) carry no `since`.
      ...(k.since !== '2.0' ? { since: k.since } : {}),
      ...(k.removedIn ? { removedIn: k.removedIn } : {}),
      ...(k.deprecated ? { deprecated: true } : {}),
      ...(k.required ? { required: true } : {}),
      ...(k.unit ? { unit: k.unit } : {}),
      docs: [k.doc.summary, k.doc.whenToChange && `When to change: ${k.doc.whenToChange}`, k.doc.tradeoff && `Trade-off: ${k.doc.tradeoff}`]
        .filter(Boolean)
        .join(' '),
      source: k.record.source,
    });
  }
  return rows;
}
