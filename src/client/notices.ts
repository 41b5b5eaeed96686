import type { Notice, ProgressStore } from '../lib/progress/store.ts';
import { downloadText } from './download.ts';

const messages: Record<Notice['kind'], string> = {
  unreadable:
    'We could not read the progress saved in this browser, so we started a fresh record. Your old data has not been deleted: you can download it.',
  skipped: 'Part of the progress saved in this browser could not be read and was left out; everything else is here.',
  unavailable:
    'This browser is not letting the course save anything (private browsing or blocked site data). You can keep learning, but your progress will be lost when you close this page.',
  full: 'This browser’s storage is full, so new progress can’t be saved. You can keep learning, but progress from now on will be lost when you close this page. Export your progress from My progress to keep it.',
};

/** Shows storage notices in the page's notice area, as text with real buttons. */
export function showNotices(store: ProgressStore, area: HTMLElement) {
  const dismissed = new Set<string>();
  const render = (notices: readonly Notice[]) => {
    area.replaceChildren();
    for (const notice of notices) {
      if (dismissed.has(notice.kind)) continue;
      const box = document.createElement('div');
      box.className = `notice notice-${notice.kind}`;
      const text = document.createElement('p');
      text.textContent =
        notice.kind === 'skipped'
          ? `${messages.skipped} Left out: ${notice.entries.join(', ')}. ${
              notice.keptAs === null
                ? 'Nothing is being saved until you download the saved data and choose “Start saving again”.'
                : 'A copy of the saved data is kept, and you can download it.'
            }`
          : notice.kind === 'unreadable' && notice.keptAs === null
            ? 'We could not read the progress saved in this browser, and it is too large to keep a copy of. Nothing has been deleted, and nothing new is being saved. Download it first, then choose “Start saving again” to replace it with a fresh record.'
            : messages[notice.kind];
      box.append(text);
      const actions = document.createElement('p');
      actions.className = 'notice-actions';
      if (notice.kind === 'unreadable' || notice.kind === 'skipped') {
        const download = document.createElement('button');
        download.type = 'button';
        download.textContent = 'Download the unreadable data';
        download.addEventListener('click', () => downloadText('glad-to-help-unreadable-progress.txt', notice.raw, 'text/plain'));
        actions.append(download);
        if (notice.keptAs === null) {
          const overwrite = document.createElement('button');
          overwrite.type = 'button';
          overwrite.textContent = 'Start saving again';
          overwrite.addEventListener('click', () => {
            void store.overwriteUnreadable().then((result) => {
              dismissed.add(notice.kind);
              text.textContent = result === 'saved' ? 'Saving again: your progress from now on is kept.' : messages.full;
              render(store.$notices.get());
            });
          });
          actions.append(overwrite);
        }
      }
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Dismiss';
      close.addEventListener('click', () => {
        dismissed.add(notice.kind);
        render(store.$notices.get());
      });
      actions.append(close);
      box.append(actions);
      area.append(box);
    }
  };
  store.$notices.subscribe(render);
}
