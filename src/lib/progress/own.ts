/**
 * A record's own entry for a key, never one inherited from Object.prototype: an id such as `constructor`
 * or `toString` is an ordinary id here (reading `record['constructor']` would return a function).
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
