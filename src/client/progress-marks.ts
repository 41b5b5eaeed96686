import { MARKS_KEY, continueFrom, markLabel, markOf, readMarks, withVisit, type Marks } from '../lib/progress/marks.ts';

// Decorates server-rendered lists with the learner's progress, and records the visit to a lesson page.
// Marks sit in boxes whose size is reserved in CSS, so filling them in never moves the page.
// At load this needs only the small reader in lib/progress/marks.ts. The page's full progress store
// (./progress.ts, with its schema) loads when it is needed: when the saved record is not one the reader is
// sure of, or storage is blocked or full (the store keeps the data aside and tells the learner), and when
// an island hydrates (it may change progress: the marks then follow the store, so a save shows at once).

const visiting = document.querySelector<HTMLElement>('[data-visit-lesson]')?.dataset['visitLesson'];
let following = false;

function paint(marks: Marks) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const status = markOf(marks, el.dataset['lessonStatus'] ?? '');
    el.dataset['status'] = status;
    el.textContent = markLabel[status];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const slugs = (el.dataset['moduleProgress'] ?? '').split(' ').filter(Boolean);
    const done = slugs.filter((s) => markOf(marks, s) === 'complete').length;
    el.dataset['status'] = done === slugs.length && done > 0 ? 'complete' : slugs.some((s) => marks.has(s)) ? 'in-progress' : 'not-started';
    el.textContent = `${done} of ${slugs.length} complete`;
  }
  // A module page leads with the one next thing: once begun, the lesson to go on with.
  const go = document.querySelector<HTMLAnchorElement>('a[data-module-continue]');
  if (go) {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-lesson-link]')];
    const slug = continueFrom(
      marks,
      links.map((l) => l.dataset['lessonLink'] ?? ''),
    );
    const next = links.find((l) => l.dataset['lessonLink'] === slug);
    if (next) {
      go.href = next.href;
      go.textContent = `Continue: ${next.dataset['title'] ?? ''}`;
    }
  }
}

/** From now on the page's full store drives the marks (and records the visit, when `visit` is given). */
function follow(visit?: string) {
  if (following) return;
  following = true;
  void import('./progress-marks-store.ts').then((m) => m.followStore(paint, visit));
}

/** The saved marks, or undefined when the small reader is not sure of them (or storage is blocked). */
function readSaved(): Marks | undefined {
  try {
    return readMarks(localStorage.getItem(MARKS_KEY));
  } catch {
    return undefined;
  }
}

/** Records the visit with the small reader, as the store would: read, change, write and read back. */
function saveVisit(slug: string): boolean {
  try {
    const next = withVisit(localStorage.getItem(MARKS_KEY), slug, new Date().toISOString());
    if (next === undefined) return false;
    localStorage.setItem(MARKS_KEY, next);
    return localStorage.getItem(MARKS_KEY) === next;
  } catch {
    return false;
  }
}

const marks = readSaved();
if (!marks) follow(visiting);
else {
  paint(marks);
  if (visiting) {
    // Under the lock the store's saves take (store.ts), so a save in another tab is never lost; without
    // Web Locks, or if the lock fails, as the store does: at once.
    const visit = visiting;
    const locks = navigator.locks as LockManager | undefined;
    const saved = (locks?.request(`${MARKS_KEY}:write`, () => saveVisit(visit)) ?? Promise.reject(new Error('no Web Locks'))).catch(() =>
      saveVisit(visit),
    );
    void saved.then((ok) => {
      // Not saved (full storage, or a record the reader is not sure of): the store takes over and says why.
      if (!ok) follow(visit);
      else if (!following) paint(readSaved() ?? marks);
    });
  }
}

// Another tab saved (or cleared everything).
addEventListener('storage', (event) => {
  if (following || (event.key !== MARKS_KEY && event.key !== null)) return;
  const next = readMarks(event.key === null ? null : event.newValue);
  if (next) paint(next);
  else follow();
});
// An island that hydrated before this script ran, or one that hydrates later.
if (document.querySelector('astro-island:not([ssr])')) follow();
else document.addEventListener('astro:hydrate', () => follow(), { capture: true, once: true });
