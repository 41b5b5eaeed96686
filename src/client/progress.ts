import { PROGRESS_KEY, createProgressStore, type CrossTabLock, type ProgressStore } from '../lib/progress/store.ts';
import { webStorage, type ProgressStorage } from '../lib/progress/storage.ts';

// The one progress store of the page, shared by the marks script and every island (one module instance).

const blocked: ProgressStorage = {
  kind: 'local',
  read: () => {
    throw new Error('storage unavailable');
  },
  write: () => {
    throw new Error('storage unavailable');
  },
  remove: () => {},
  keys: () => [],
};

function browserStorage(): ProgressStorage {
  try {
    // Reading the property itself throws where site data is blocked.
    return webStorage(window.localStorage);
  } catch {
    return blocked;
  }
}

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (store) return store;
  // Web Locks make a save's read-merge-write atomic across tabs; without them, `receive` merges instead.
  const locks = (navigator as Navigator & { locks?: { request<T>(name: string, fn: () => T | Promise<T>): Promise<T> } }).locks;
  const lock: CrossTabLock | undefined = locks ? (name, fn) => locks.request(name, fn) : undefined;
  const created = createProgressStore({ storage: browserStorage(), ...(lock && { lock }) });
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY) created.receive(event.newValue);
    else if (event.key === null) created.receive(null);
  });
  store = created;
  return created;
}

/** "Now" as the progress record stores it. */
export const nowInstant = () => new Date().toISOString();
