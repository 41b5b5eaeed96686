import { atom, type ReadableAtom } from 'nanostores';
import { mergeProgress } from './merge.ts';
import { parseProgress, type ReadProblem } from './parse.ts';
import { emptyProgress, type Progress } from './schema.ts';
import type { ProgressStorage } from './storage.ts';

export const PROGRESS_KEY = 'glad-to-help:progress';
const ASIDE_PREFIX = `${PROGRESS_KEY}:unreadable:`;

/** Something the learner must be told about their saved progress. */
export type Notice =
  /** Saved data could not be read; it was kept aside (at `keptAs`, or only in memory when that failed) and a fresh record started. */
  | { kind: 'unreadable'; problem: ReadProblem; detail: string; raw: string; keptAs: string | null }
  /** The browser refuses storage (private mode, blocked site data): progress lasts for this visit only. */
  | { kind: 'unavailable' }
  /** Storage is full or refused a write: progress from now on lasts for this visit only. */
  | { kind: 'full' };

export interface KeptAside {
  key: string;
  raw: string;
  since: string;
}

export interface ProgressStore {
  $progress: ReadableAtom<Progress>;
  $notices: ReadableAtom<readonly Notice[]>;
  /** 'memory' once storage has failed: nothing more will be saved this visit. */
  readonly mode: () => 'local' | 'memory';
  /** Applies a pure update, merges with what other tabs saved meanwhile, and saves. Never throws. */
  update(change: (p: Progress) => Progress): void;
  /** Replaces everything (reset, or an import already merged and confirmed). Never throws. */
  replace(next: Progress): void;
  /** Another tab saved: adopt its record (it already merged ours). Ignores what it cannot read. */
  receive(raw: string | null): void;
  keptAside(): KeptAside[];
  forgetKeptAside(key: string): void;
}

export interface StoreOptions {
  storage: ProgressStorage;
  now?: () => string;
  key?: string;
}

export function createProgressStore({ storage, now = () => new Date().toISOString(), key = PROGRESS_KEY }: StoreOptions): ProgressStore {
  let mode: 'local' | 'memory' = 'local';
  const notices: Notice[] = [];
  let initial = emptyProgress();

  let raw: string | null = null;
  try {
    raw = storage.read(key);
  } catch {
    mode = 'memory';
    notices.push({ kind: 'unavailable' });
  }
  if (raw !== null) {
    const read = parseProgress(raw);
    if (read.ok) initial = read.progress;
    else {
      const asideKey = `${ASIDE_PREFIX}${now()}`;
      let keptAs: string | null = asideKey;
      try {
        storage.write(asideKey, raw);
      } catch {
        // Could not copy it aside: leave the original where it is and save nothing over it.
        keptAs = null;
        mode = 'memory';
      }
      notices.push({ kind: 'unreadable', problem: read.problem, detail: read.detail, raw, keptAs });
    }
  }

  const $progress = atom<Progress>(initial);
  const $notices = atom<Notice[]>(notices);
  const notify = (n: Notice) => {
    if (!$notices.get().some((x) => x.kind === n.kind)) $notices.set([...$notices.get(), n]);
  };

  function save(next: Progress, mergeWithStored: boolean): Progress {
    if (mode === 'memory') return next;
    try {
      let toSave = next;
      if (mergeWithStored) {
        const stored = storage.read(key);
        const read = stored === null ? undefined : parseProgress(stored);
        if (read?.ok) toSave = mergeProgress(next, read.progress);
      }
      storage.write(key, JSON.stringify(toSave));
      return toSave;
    } catch {
      mode = 'memory';
      notify({ kind: 'full' });
      return next;
    }
  }

  return {
    $progress,
    $notices,
    mode: () => mode,
    update(change) {
      $progress.set(save(change($progress.get()), true));
    },
    replace(next) {
      $progress.set(save(next, false));
    },
    receive(rawValue) {
      if (mode === 'memory') return;
      if (rawValue === null) {
        $progress.set(emptyProgress());
        return;
      }
      const read = parseProgress(rawValue);
      if (read.ok) $progress.set(read.progress);
    },
    keptAside() {
      try {
        return storage
          .keys()
          .filter((k) => k.startsWith(ASIDE_PREFIX))
          .sort()
          .map((k) => ({ key: k, raw: storage.read(k) ?? '', since: k.slice(ASIDE_PREFIX.length) }));
      } catch {
        return [];
      }
    },
    forgetKeptAside(asideKey) {
      if (!asideKey.startsWith(ASIDE_PREFIX)) return;
      try {
        storage.remove(asideKey);
      } catch {
        /* nothing to do: it stays kept */
      }
    },
  };
}
