import { marksOf, type Marks } from '../lib/progress/marks.ts';
import { recordVisit } from '../lib/progress/update.ts';
import { showNotices } from './notices.ts';
import { nowInstant, progressStore } from './progress.ts';
import { loadStylesheet } from './stylesheet.ts';
// A URL, not an import: an imported stylesheet would be put in every page, though notices are rare.
import noticeStyles from '../styles/notices.css?url';

/**
 * The progress marks' full path (see progress-marks.ts): the page's store records the visit, shows its
 * notices (unreadable data kept aside, storage blocked or full), and repaints the marks on every change.
 */
export function followStore(paint: (marks: Marks) => void, visit: string | undefined): void {
  const store = progressStore();
  if (visit) void store.update((p) => recordVisit(p, visit, nowInstant()));
  store.$progress.subscribe((p) => paint(marksOf(p.lessons)));
  const area = document.getElementById('progress-notices');
  if (area) void loadStylesheet(noticeStyles).then(() => showNotices(store, area));
}
