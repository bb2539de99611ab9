// Ordering of identifiers by UTF-16 code units: deterministic, and without `localeCompare`, whose first call maps
// several megabytes of ICU collation data into the server process.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
