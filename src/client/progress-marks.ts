import { continueAt, lessonStatus, statusLabel } from '../lib/progress/status.ts';
import { recordVisit } from '../lib/progress/update.ts';
import type { Progress } from '../lib/progress/schema.ts';
import { showNotices } from './notices.ts';
import { nowInstant, progressStore } from './progress.ts';

// Decorates server-rendered lists with the learner's progress. Marks sit in boxes whose size is
// reserved in CSS, so filling them in never moves the page.

const store = progressStore();

const visiting = document.querySelector<HTMLElement>('[data-visit-lesson]')?.dataset['visitLesson'];
if (visiting) store.update((p) => recordVisit(p, visiting, nowInstant()));

function paint(p: Progress) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const status = lessonStatus(p, el.dataset['lessonStatus'] ?? '');
    el.dataset['status'] = status;
    el.textContent = statusLabel[status];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const slugs = (el.dataset['moduleProgress'] ?? '').split(' ').filter(Boolean);
    const done = slugs.filter((s) => lessonStatus(p, s) === 'complete').length;
    el.dataset['status'] =
      done === slugs.length && done > 0 ? 'complete' : done > 0 || slugs.some((s) => p.lessons[s]) ? 'in-progress' : 'not-started';
    el.textContent = `${done} of ${slugs.length} complete`;
  }
  const start = document.querySelector<HTMLAnchorElement>('a[data-continue]');
  if (start) {
    const lessons = readLessons(start.dataset['continue']);
    const slug = continueAt(
      p,
      lessons.map((l) => l.slug),
    );
    const target = lessons.find((l) => l.slug === slug);
    if (target) {
      start.href = target.href;
      start.textContent = `Continue where you left off: ${target.title}`;
    }
  }
}

interface LessonLink {
  slug: string;
  title: string;
  href: string;
}
function readLessons(json: string | undefined): LessonLink[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? (list as LessonLink[]) : [];
  } catch {
    return [];
  }
}

store.$progress.subscribe(paint);
const area = document.getElementById('progress-notices');
if (area) showNotices(store, area);
