import { atom, type ReadableAtom } from 'nanostores';
import { mergeProgress } from './merge.ts';
import { parseProgress, type ReadProblem } from './parse.ts';
import { emptyProgress, type Progress } from './schema.ts';
import type { ProgressStorage } from './storage.ts';

export const PROGRESS_KEY = 'glad-to-help:progress';

/** Something the learner must be told about their saved progress. */
export type Notice =
  /** Saved data could not be read; it was kept aside (at `keptAs`, or only in memory when that failed) and a fresh record started. */
  | { kind: 'unreadable'; problem: ReadProblem; detail: string; raw: string; keptAs: string | null }
  /** Some saved entries could not be read: the rest was kept; a copy of the whole saved data was kept aside (or not, `keptAs` null). */
  | { kind: 'skipped'; entries: string[]; raw: string; keptAs: string | null }
  /** The browser refuses storage (private mode, blocked site data): progress lasts for this visit only. */
  | { kind: 'unavailable' }
  /** Storage is full or refused a write: progress from now on lasts for this visit only. */
  | { kind: 'full' };

export interface KeptAside {
  key: string;
  raw: string;
  since: string;
}

/** Where a change ended up: written to storage and read back, or kept for this visit only. */
export type SaveResult = 'saved' | 'memory';

/** Runs `fn` while holding a lock shared by every tab (the Web Locks API in the browser). */
export type CrossTabLock = <T>(name: string, fn: () => T) => Promise<T>;

export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $notices: ReadableAtom<readonly Notice[]>;
  /** 'memory' once storage has failed: nothing more will be saved this visit. */
  readonly mode: () => 'local' | 'memory';
  /**
   * Applies a pure update at once, then (under the cross-tab lock, where there is one) merges it with what
   * other tabs saved, writes and reads it back. Resolves to 'saved' only when the write was read back. Never rejects.
   */
  update(change: (p: Progress) => Progress): Promise<SaveResult>;
  /** Replaces everything (reset, or an import already merged and confirmed), verified the same way. Never rejects. */
  replace(next: Progress): Promise<SaveResult>;
  /** Another tab saved: merge its record into ours (a reset elsewhere is adopted). Ignores what it cannot read. */
  receive(raw: string | null): void;
  /** After an unreadable record could not be kept aside: replace it with the current progress and save again. */
  overwriteUnreadable(): Promise<SaveResult>;
  keptAside(): KeptAside[];
  forgetKeptAside(key: string): void;
}

export interface StoreOptions {
  storage: ProgressStorage;
  now?: () => string;
  key?: string;
  /** Without one, saves run at once (tests, and browsers without Web Locks: `receive` then merges). */
  lock?: CrossTabLock;
}

/** Unreadable data larger than this is not copied aside (it would fill the storage); the learner downloads it instead. */
export const MAX_KEPT_ASIDE = 512 * 1024;

const isEmpty = (p: Progress) => Object.keys(p.lessons).length + Object.keys(p.activities).length + Object.keys(p.assignments).length === 0;

export function createProgressStore({
  storage,
  now = () => new Date().toISOString(),
  key = PROGRESS_KEY,
  lock,
}: StoreOptions): ProgressStore {
  let mode: 'local' | 'memory' = 'local';
  const notices: Notice[] = [];
  let initial = emptyProgress();
  const asidePrefix = `${key}:unreadable:`;
  const asideKeys = () => {
    try {
      return storage.keys().filter((k) => k.startsWith(asidePrefix));
    } catch {
      return [];
    }
  };

  let raw: string | null = null;
  try {
    raw = storage.read(key);
  } catch {
    mode = 'memory';
    notices.push({ kind: 'unavailable' });
  }
  /** Keeps a copy of saved data aside, once: a copy of the same data from an earlier visit is reused. */
  const keepAside = (data: string): string | null => {
    let keptAs: string | null = asideKeys().find((k) => storage.read(k) === data) ?? null;
    if (keptAs === null && data.length <= MAX_KEPT_ASIDE) {
      const asideKey = `${asidePrefix}${now()}`;
      try {
        storage.write(asideKey, data);
        if (storage.read(asideKey) === data) keptAs = asideKey;
      } catch {
        keptAs = null;
      }
    }
    return keptAs;
  };

  if (raw !== null) {
    const read = parseProgress(raw);
    if (read.ok) {
      initial = read.progress;
      if (read.skipped.length > 0) {
        // The good entries go on; the whole saved data is kept aside first, so the bad ones are not lost.
        const keptAs = keepAside(raw);
        if (keptAs === null) mode = 'memory';
        notices.push({ kind: 'skipped', entries: read.skipped, raw, keptAs });
      }
    } else {
      const keptAs = keepAside(raw);
      if (keptAs === null) {
        // Could not copy it aside: leave the original where it is, save nothing over it, and offer the download.
        mode = 'memory';
      } else {
        try {
          storage.remove(key);
        } catch {
          mode = 'memory';
        }
      }
      notices.push({ kind: 'unreadable', problem: read.problem, detail: read.detail, raw, keptAs });
    }
  }

  const $progress = atom<Progress>(initial);
  const $notices = atom<Notice[]>(notices);
  const notify = (n: Notice) => {
    if (!$notices.get().some((x) => x.kind === n.kind)) $notices.set([...$notices.get(), n]);
  };

  /** Writes and reads back; on any failure the store goes to memory and says so. */
  function write(next: Progress, mergeWithStored: boolean): { value: Progress; result: SaveResult } {
    if (mode === 'memory') return { value: next, result: 'memory' };
    try {
      let toSave = next;
      if (mergeWithStored) {
        const stored = storage.read(key);
        const read = stored === null ? undefined : parseProgress(stored);
        if (read?.ok) toSave = mergeProgress(next, read.progress, now());
      }
      const text = JSON.stringify(toSave);
      storage.write(key, text);
      if (storage.read(key) !== text) throw new Error('the saved progress did not read back');
      return { value: toSave, result: 'saved' };
    } catch {
      mode = 'memory';
      notify({ kind: 'full' });
      return { value: next, result: 'memory' };
    }
  }

  const locked = <T>(fn: () => T): Promise<T> => {
    if (!lock) return Promise.resolve(fn());
    return lock(`${key}:write`, fn).catch(() => fn());
  };

  const memoryNotice = () => {
    if (mode === 'memory' && !$notices.get().some((n) => n.kind === 'unavailable' || n.kind === 'unreadable' || n.kind === 'skipped'))
      notify({ kind: 'full' });
  };

  /** Saves what this tab holds, merged with what is stored, under the lock. */
  const saveHeld = () =>
    locked(() => {
      const { value, result } = write($progress.get(), true);
      $progress.set(value);
      memoryNotice();
      return result;
    });

  return {
    $progress,
    $notices,
    mode: () => mode,
    update(change) {
      $progress.set(change($progress.get()));
      return saveHeld();
    },
    replace(next) {
      $progress.set(next);
      return locked(() => {
        const { value, result } = write(next, false);
        $progress.set(value);
        memoryNotice();
        return result;
      });
    },
    receive(rawValue) {
      if (mode === 'memory') return;
      if (rawValue === null) {
        $progress.set(emptyProgress());
        return;
      }
      const read = parseProgress(rawValue);
      if (!read.ok) return;
      // A reset in another tab is adopted; anything else is merged, so a result this tab has not saved yet stays.
      if (isEmpty(read.progress)) {
        $progress.set(read.progress);
        return;
      }
      const merged = mergeProgress($progress.get(), read.progress, now());
      $progress.set(merged);
      // The other tab's write lacks something this tab holds. A browser passes one tab's storage writes to another
      // a moment later, so that tab's read under the lock can miss a save made just before: put it back.
      if (JSON.stringify(merged) !== JSON.stringify(mergeProgress(read.progress, read.progress, now()))) void saveHeld();
    },
    overwriteUnreadable() {
      if (!$notices.get().some((n) => n.kind === 'unreadable' || n.kind === 'skipped'))
        return Promise.resolve(mode === 'memory' ? 'memory' : 'saved');
      mode = 'local';
      $notices.set($notices.get().filter((n) => n.kind !== 'full'));
      return locked(() => {
        const { value, result } = write($progress.get(), false);
        $progress.set(value);
        return result;
      });
    },
    keptAside() {
      return asideKeys()
        .sort()
        .map((k) => ({ key: k, raw: storage.read(k) ?? '', since: k.slice(asidePrefix.length) }));
    },
    forgetKeptAside(asideKey) {
      if (!asideKey.startsWith(asidePrefix)) return;
      try {
        storage.remove(asideKey);
      } catch {
        /* nothing to do: it stays kept */
      }
    },
  };
}
