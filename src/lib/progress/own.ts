/**
 * A record's own entry for a key, never one inherited from Object.prototype: an id such as `constructor`
 * or `toString` is an ordinary id here (reading `record['constructor']` would return a function).
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Sets a record's own entry, even for a key such as `__proto__` (plain assignment would change the prototype). */
export const setOwn = <T>(record: Record<string, T>, key: string, value: T): void => {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
};
