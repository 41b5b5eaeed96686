/** Where the progress record is kept. localStorage in the browser; memory in tests and as the fallback. */
export interface ProgressStorage {
  readonly kind: 'local' | 'memory';
  /** Throws when the storage cannot be read (blocked site data). */
  read(key: string): string | null;
  /** Throws when the storage refuses the write (full, or blocked). */
  write(key: string, value: string): void;
  remove(key: string): void;
  /** Every key in the storage, for finding data kept aside. */
  keys(): string[];
}

export function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    kind: 'memory',
    data,
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      data.set(key, value);
    },
    remove: (key) => {
      data.delete(key);
    },
    keys: () => [...data.keys()],
  };
}

/** Wraps a Web Storage object (localStorage); the caller passes it in, so this file needs no DOM. */
export interface WebStorageLike {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
  key(i: number): string | null;
  readonly length: number;
}

export function webStorage(store: WebStorageLike): ProgressStorage {
  return {
    kind: 'local',
    read: (key) => store.getItem(key),
    write: (key, value) => store.setItem(key, value),
    remove: (key) => store.removeItem(key),
    keys: () => Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null),
  };
}
