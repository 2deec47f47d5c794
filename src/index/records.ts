/**
 * Records keyed by what files contain (column names, effort types) must
 * not see Object.prototype: a column called `constructor` or `__proto__`
 * is a column like any other. Reads go through `own`; records built from
 * such keys start from `emptyRecord`.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
