import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { memoryStorage, type ProgressStorage } from '../../src/lib/progress/storage.ts';
import { PROGRESS_KEY, createProgressStore } from '../../src/lib/progress/store.ts';
import { recordVisit, setComplete } from '../../src/lib/progress/update.ts';

const now = () => '2026-11-22T10:00:00.000Z';

describe('the progress store', () => {
  it('saves each update under one versioned key', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => recordVisit(p, 'glad-or-mad', now()));
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toMatchObject({ version: 2, lessons: { 'glad-or-mad': { firstVisit: now() } } });
  });

  it('keeps corrupt data aside, tells the learner, and starts fresh without wiping it', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":1,"lessons":{' });
    const store = createProgressStore({ storage, now });
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(store.$notices.get()).toEqual([
      {
        kind: 'unreadable',
        problem: 'corrupt',
        detail: 'The saved data is not valid JSON.',
        raw: '{"version":1,"lessons":{',
        keptAs: `${PROGRESS_KEY}:unreadable:${now()}`,
      },
    ]);
    expect(store.keptAside()).toEqual([{ key: `${PROGRESS_KEY}:unreadable:${now()}`, raw: '{"version":1,"lessons":{', since: now() }]);
    store.update((p) => recordVisit(p, 'x', now()));
    expect(storage.data.get(`${PROGRESS_KEY}:unreadable:${now()}`)).toBe('{"version":1,"lessons":{');
  });

  it('keeps a record from a newer version aside rather than guessing at it', () => {
    const newer = JSON.stringify({ version: 3, lessons: {} });
    const store = createProgressStore({ storage: memoryStorage({ [PROGRESS_KEY]: newer }), now });
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'unreadable', problem: 'newer-version', raw: newer });
  });

  it('when the data cannot even be copied aside, leaves it in place and saves nothing over it', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'garbage' });
    const refusing: ProgressStorage = {
      ...storage,
      write: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createProgressStore({ storage: refusing, now });
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'unreadable', keptAs: null, raw: 'garbage' });
    store.update((p) => recordVisit(p, 'x', now()));
    expect(storage.data.get(PROGRESS_KEY)).toBe('garbage');
    expect(store.$progress.get().lessons['x']).toBeDefined();
    expect(store.mode()).toBe('memory');
  });

  it('with storage blocked, works from memory and says progress will not be kept', () => {
    const blocked: ProgressStorage = {
      kind: 'local',
      read: () => {
        throw new Error('SecurityError');
      },
      write: () => {
        throw new Error('SecurityError');
      },
      remove: () => {},
      keys: () => [],
    };
    const store = createProgressStore({ storage: blocked, now });
    expect(store.$notices.get()).toEqual([{ kind: 'unavailable' }]);
    store.update((p) => setComplete(p, 'x', true, now()));
    expect(store.$progress.get().lessons['x']?.completion?.done).toBe(true);
  });

  it('when storage fills up, keeps going in memory with a notice', () => {
    const storage = memoryStorage();
    let full = false;
    const filling: ProgressStorage = {
      ...storage,
      write: (k, v) => {
        if (full) throw new Error('QuotaExceededError');
        storage.write(k, v);
      },
    };
    const store = createProgressStore({ storage: filling, now });
    store.update((p) => recordVisit(p, 'a', now()));
    full = true;
    store.update((p) => recordVisit(p, 'b', now()));
    expect(store.$notices.get()).toEqual([{ kind: 'full' }]);
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['a', 'b']);
  });

  it("merges with what another tab saved in between, and adopts another tab's save", () => {
    const storage = memoryStorage();
    const tabA = createProgressStore({ storage, now });
    const tabB = createProgressStore({ storage, now });
    tabA.update((p) => recordVisit(p, 'a', now()));
    tabB.update((p) => recordVisit(p, 'b', now()));
    expect(Object.keys(tabB.$progress.get().lessons)).toEqual(['a', 'b']);
    tabA.receive(storage.data.get(PROGRESS_KEY) ?? null);
    expect(Object.keys(tabA.$progress.get().lessons)).toEqual(['a', 'b']);
    tabA.receive('not json');
    expect(Object.keys(tabA.$progress.get().lessons)).toEqual(['a', 'b']);
  });

  it('a reset replaces everything instead of merging it back', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => recordVisit(p, 'a', now()));
    store.replace(emptyProgress());
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });
});
