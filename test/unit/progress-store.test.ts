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

  it('one bad entry is left out and named, the rest kept, and the whole saved data is kept aside first', async () => {
    const good = recordVisit(emptyProgress(), 'glad-or-mad', now());
    const raw = JSON.stringify({ ...good, lessons: { ...good.lessons, 'keep-promises': { firstVisit: '2026-13-45T10:00:00.000Z' } } });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = createProgressStore({ storage, now });
    expect(store.$progress.get()).toEqual(good);
    expect(store.$notices.get()).toEqual([
      { kind: 'skipped', entries: ['the lesson “keep-promises”'], raw, keptAs: `${PROGRESS_KEY}:unreadable:${now()}` },
    ]);
    await expect(store.update((p) => recordVisit(p, 'warm-welcome', now()))).resolves.toBe('saved');
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons)).toEqual(['glad-or-mad', 'warm-welcome']);
    expect(storage.data.get(`${PROGRESS_KEY}:unreadable:${now()}`)).toBe(raw);
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

describe('the progress store says only what is true', () => {
  const big = `{"version":2,"lessons":${'x'.repeat(600 * 1024)}`;

  it('an update resolves "saved" only after the write was read back', async () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now });
    await expect(store.update((p) => recordVisit(p, 'a', now()))).resolves.toBe('saved');
    // A storage that silently drops writes (some private modes): never "saved".
    const dropping: ProgressStorage = { ...memoryStorage(), write: () => {} };
    const lying = createProgressStore({ storage: dropping, now });
    await expect(lying.update((p) => recordVisit(p, 'a', now()))).resolves.toBe('memory');
    expect(lying.$notices.get().map((n) => n.kind)).toEqual(['full']);
  });

  it('a reset that could not be written says so', async () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, now });
    await store.update((p) => recordVisit(p, 'a', now()));
    storage.write = () => {
      throw new Error('quota');
    };
    await expect(store.replace(emptyProgress())).resolves.toBe('memory');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).toHaveProperty('a');
  });

  it('unreadable data is kept aside once, not once per visit', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":2,"lessons":' });
    createProgressStore({ storage, now });
    storage.data.set(PROGRESS_KEY, '{"version":2,"lessons":');
    createProgressStore({ storage, now: () => '2026-11-23T10:00:00.000Z' });
    expect([...storage.data.keys()].filter((k) => k.includes(':unreadable:'))).toHaveLength(1);
  });

  it('large unreadable data is not copied aside: it stays where it is, nothing is saved over it, the learner is offered it and can start saving again', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: big });
    const store = createProgressStore({ storage, now });
    expect(store.mode()).toBe('memory');
    expect(store.$notices.get()[0]).toMatchObject({ kind: 'unreadable', keptAs: null, raw: big });
    await expect(store.update((p) => recordVisit(p, 'a', now()))).resolves.toBe('memory');
    expect(storage.data.get(PROGRESS_KEY)).toBe(big);
    await expect(store.overwriteUnreadable()).resolves.toBe('saved');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).toHaveProperty('a');
    expect(store.mode()).toBe('local');
  });

  it("receive merges another tab's record into what this tab has not saved yet; a reset elsewhere is adopted", () => {
    const storage = memoryStorage();
    const tab = createProgressStore({ storage, now });
    tab.receive(JSON.stringify(recordVisit(emptyProgress(), 'b', now())));
    expect(Object.keys(tab.$progress.get().lessons)).toEqual(['b']);
    const other = recordVisit(emptyProgress(), 'c', now());
    tab.receive(JSON.stringify(other));
    expect(Object.keys(tab.$progress.get().lessons)).toEqual(['b', 'c']);
    tab.receive(JSON.stringify(emptyProgress()));
    expect(tab.$progress.get().lessons).toEqual({});
  });

  it("puts back what another tab's write missed (its read of storage was a moment stale), and writes nothing when it missed nothing", () => {
    const storage = memoryStorage();
    const tab = createProgressStore({ storage, now });
    tab.update((p) => recordVisit(p, 'b', now()));
    // The other tab read storage before this tab's save reached it, and wrote its own record over it.
    const other = JSON.stringify(recordVisit(emptyProgress(), 'c', now()));
    storage.data.set(PROGRESS_KEY, other);
    tab.receive(other);
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons)).toEqual(['b', 'c']);
    // Its next write holds everything: nothing to put back, so nothing is written.
    const complete = storage.data.get(PROGRESS_KEY)!;
    storage.data.set(PROGRESS_KEY, 'untouched');
    tab.receive(complete);
    expect(storage.data.get(PROGRESS_KEY)).toBe('untouched');
  });

  it('with a cross-tab lock, each read-merge-write runs inside it, so two tabs saving at once lose nothing', async () => {
    const storage = memoryStorage();
    let chain = Promise.resolve();
    const held: string[] = [];
    // A lock like navigator.locks: one holder at a time, in order, asynchronously.
    const lock = <T>(name: string, fn: () => T) => {
      const run = chain.then(() => {
        held.push(name);
        return fn();
      });
      chain = run.then(() => undefined);
      return run;
    };
    const tabA = createProgressStore({ storage, now, lock });
    const tabB = createProgressStore({ storage, now, lock });
    const saves = [tabA.update((p) => recordVisit(p, 'a', now())), tabB.update((p) => recordVisit(p, 'b', now()))];
    await expect(Promise.all(saves)).resolves.toEqual(['saved', 'saved']);
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons)).toEqual(['a', 'b']);
    expect(held).toEqual([`${PROGRESS_KEY}:write`, `${PROGRESS_KEY}:write`]);
  });
});
