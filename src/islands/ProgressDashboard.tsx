import { useRef, useState } from 'preact/hooks';
import { emptyProgress, type Progress } from '../lib/progress/schema.ts';
import { activitiesOfLesson, lessonStatus, statusLabel } from '../lib/progress/status.ts';
import { exportProgress, previewImport, readImport, type ImportPreview } from '../lib/progress/transfer.ts';
import { nowInstant, progressStore } from '../client/progress.ts';
import { downloadText } from '../client/download.ts';
import { formatDate, useProgress } from './use-progress.ts';
import { topTraps } from '../lib/progress/traps.ts';
import { TRAPS } from '../lib/roleplay/traps.ts';
import { activityDone } from '../lib/progress/update.ts';
import { own } from '../lib/progress/own.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { CatalogModule } from '../lib/assignments/catalog.ts';
import { withCatalog } from './use-catalog.tsx';

interface Props {
  modules: CatalogModule[];
}

const NOT_KEPT =
  'This browser is not saving progress right now (storage is blocked or full), so the change lasts only for this visit. Export your progress to keep it.';

const activityKind = (id: string) => (id.startsWith('roleplay:') ? 'Role-play' : id.startsWith('check:') ? 'Knowledge check' : 'Activity');
const percent = (score: number, max: number) => `${Math.round((score / max) * 100)}%`;
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

/** One activity's line: best score, attempts, and for a check whether it is passed. */
function activityLine(id: string, best: { score: number; max: number } | undefined, attempts: number, passed: boolean): string {
  const kind = activityKind(id);
  const score = best ? `best ${points(best.score)} of ${points(best.max)} (${percent(best.score, best.max)})` : 'practice only';
  const pass = id.startsWith('check:') && best ? (passed ? ', passed' : ', not passed yet (75% needed)') : '';
  return `${kind}: ${score}${pass}, tried ${attempts} ${attempts === 1 ? 'time' : 'times'}`;
}

/** My progress: every module and lesson, with export, import and reset. */
export default function ProgressDashboard(props: { modules?: CatalogModule[] }) {
  return (
    <ErrorBoundary what="Your progress">
      <DashboardWithCatalog {...props} />
    </ErrorBoundary>
  );
}

const DashboardWithCatalog = withCatalog(ProgressDashboardView, 'course list');

function ProgressDashboardView({ modules }: Props) {
  const progress = useProgress();
  if (!progress)
    return <p class="dashboard-loading">Loading your progress… (My progress needs JavaScript, which this browser may have turned off.)</p>;
  const all = modules.flatMap((m) => m.lessons);
  const done = all.filter((l) => lessonStatus(progress, l.slug) === 'complete').length;
  const titles = new Map(all.map((l) => [l.slug, l.title]));

  const first = modules[0]?.lessons[0];
  return (
    <div class="dashboard">
      {Object.keys(progress.lessons).length === 0 && first && (
        <div class="empty-state">
          <p class="empty-title">Nothing here yet, and that's fine.</p>
          <p>
            Your lessons, scores and completions show up here as you go. Most people start with the first lesson: it takes about{' '}
            {first.minutes} minutes.
          </p>
          <p>
            <a class="button" href={first.href}>
              Start here: {first.title}
            </a>
          </p>
        </div>
      )}
      <p class="overall">
        {done} of {all.length} {all.length === 1 ? 'lesson' : 'lessons'} complete.
      </p>
      <Habits progress={progress} lessons={all} />
      {modules.map((m) => (
        <ModuleProgress module={m} progress={progress} />
      ))}
      <YourData progress={progress} titles={titles} />
    </div>
  );
}

/** The habits that cost the learner most often in role-plays, each with the lesson that works on it. */
function Habits({ progress, lessons }: { progress: Progress; lessons: CatalogModule['lessons'] }) {
  const top = topTraps(progress);
  return (
    <section class="habits" aria-labelledby="habits">
      <h2 id="habits">Habits to work on</h2>
      {top.length === 0 ? (
        <p>Finish a role-play and this shows the habits behind your weaker replies, with the lesson that helps with each.</p>
      ) : (
        <ol class="habit-list">
          {top.map((t) => {
            const lesson = lessons.find((l) => l.slug === t.lesson);
            return (
              <li key={t.trap}>
                <strong>{TRAPS[t.trap].label}</strong> ({t.count} {t.count === 1 ? 'time' : 'times'}): {TRAPS[t.trap].habit}.{' '}
                {lesson && (
                  <>
                    Work on it in <a href={lesson.href}>{lesson.title}</a>.
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function ModuleProgress({ module, progress }: { module: CatalogModule; progress: Progress }) {
  const done = module.lessons.filter((l) => lessonStatus(progress, l.slug) === 'complete').length;
  const barId = `bar-${module.id}`;
  return (
    <section class="module-progress" aria-labelledby={`h-${module.id}`}>
      <h2 id={`h-${module.id}`}>
        <a href={module.href}>{module.title}</a>
      </h2>
      <p class="bar-line">
        <label for={barId}>
          {done} of {module.lessons.length} {module.lessons.length === 1 ? 'lesson' : 'lessons'} complete
        </label>
        <progress id={barId} max={module.lessons.length} value={done}>
          {done} of {module.lessons.length}
        </progress>
      </p>
      <ul class="lesson-progress">
        {module.lessons.map((l) => {
          const status = lessonStatus(progress, l.slug);
          const visit = own(progress.lessons, l.slug)?.lastVisit;
          return (
            <li>
              <a href={l.href}>{l.title}</a>
              <span class="status-mark" data-status={status}>
                {statusLabel[status]}
              </span>
              <ul class="activity-lines">
                {activitiesOfLesson(progress, l.slug).map((a) => (
                  <li>{activityLine(a.id, a.best, a.attempts, activityDone(a.id, own(progress.activities, a.id)?.attempts ?? []))}</li>
                ))}
                {visit && <li>Last activity: {formatDate(visit)}</li>}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Panel =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; preview: ImportPreview; fileName: string; damaged: string[] }
  | { kind: 'imported'; added: number; updated: number }
  | { kind: 'confirm-reset' }
  | { kind: 'reset-done' };

function YourData({ progress, titles }: { progress: Progress; titles: Map<string, string> }) {
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [kept, setKept] = useState(() => progressStore().keptAside());
  const fileInput = useRef<HTMLInputElement>(null);
  const name = (slug: string) => titles.get(slug) ?? slug;

  const doExport = () => {
    const file = exportProgress(progress, new Date());
    downloadText(file.name, file.text);
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 2_000_000) {
      setPanel({ kind: 'error', message: 'This file is too large to be a progress export. Nothing was changed.' });
      return;
    }
    const read = readImport(await file.text());
    if (!read.ok) {
      setPanel({ kind: 'error', message: read.message });
      return;
    }
    setPanel({
      kind: 'preview',
      preview: previewImport(progress, read.progress, { isLesson: (slug) => titles.has(slug), now: nowInstant() }),
      damaged: read.damaged,
      fileName: file.name,
    });
  };

  const confirmImport = (preview: ImportPreview) => {
    // Merge again with the latest record: another tab may have saved since the preview.
    void progressStore()
      .update((current) => previewImport(current, preview.merged, { now: nowInstant() }).merged)
      .then((result) =>
        setPanel(
          result === 'saved'
            ? { kind: 'imported', added: preview.added.length, updated: preview.updated.length }
            : { kind: 'error', message: NOT_KEPT },
        ),
      );
  };

  const reset = () => {
    void progressStore()
      .replace(emptyProgress())
      .then((result) =>
        setPanel(result === 'saved' ? { kind: 'reset-done' } : { kind: 'error', message: `Nothing was reset in storage. ${NOT_KEPT}` }),
      );
  };

  return (
    <section class="your-data" aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      <p>
        Your progress is saved in this browser only. To move it to another browser or device, export it to a file and import that file
        there.
      </p>
      <p class="data-actions">
        <button type="button" onClick={doExport}>
          Export progress
        </button>
        <label class="file-button">
          <input ref={fileInput} type="file" accept="application/json,.json" onChange={onFile} class="visually-hidden" />
          <span aria-hidden="true">Import progress…</span>
          <span class="visually-hidden">Import progress from a file</span>
        </label>
        <button type="button" class="danger" onClick={() => setPanel({ kind: 'confirm-reset' })}>
          Reset all progress…
        </button>
      </p>

      <div aria-live="polite">
        {panel.kind === 'error' && (
          <p class="message error" role="alert">
            {panel.message}
          </p>
        )}
        {panel.kind === 'preview' && (
          <div class="message">
            <p>
              <strong>{panel.fileName}</strong>{' '}
              {panel.preview.added.length + panel.preview.updated.length === 0
                ? 'holds nothing new: your progress already includes everything in it.'
                : `adds ${panel.preview.added.length} ${panel.preview.added.length === 1 ? 'lesson' : 'lessons'} and updates ${panel.preview.updated.length}.`}
            </p>
            {panel.preview.added.length > 0 && <p>Added: {panel.preview.added.map(name).join(', ')}</p>}
            {panel.preview.updated.length > 0 && <p>Updated: {panel.preview.updated.map(name).join(', ')}</p>}
            {panel.preview.skipped.length > 0 && (
              <p>Left out, because this course has no such lesson: {panel.preview.skipped.join(', ')}</p>
            )}
            {panel.damaged.length > 0 && <p>Left out, because the file's entry is damaged: {panel.damaged.join(', ')}</p>}
            <p>Nothing you have already done is lost: completions and scores are combined.</p>
            <p class="data-actions">
              <button type="button" class="primary" onClick={() => confirmImport(panel.preview)}>
                Combine with my progress
              </button>
              <button type="button" onClick={() => setPanel({ kind: 'none' })}>
                Cancel
              </button>
            </p>
          </div>
        )}
        {panel.kind === 'imported' && (
          <p class="message">
            Imported: {panel.added} added, {panel.updated} updated.
          </p>
        )}
        {panel.kind === 'confirm-reset' && (
          <div class="message" role="alertdialog" aria-labelledby="reset-q" aria-describedby="reset-d">
            <p id="reset-q">
              <strong>Reset all progress?</strong>
            </p>
            <p id="reset-d">
              This deletes every lesson status and score saved in this browser. It cannot be undone. Export your progress first if you may
              want it back.
            </p>
            <p class="data-actions">
              <button type="button" onClick={doExport}>
                Export first
              </button>
              <button type="button" class="danger" onClick={reset}>
                Yes, reset everything
              </button>
              <button type="button" onClick={() => setPanel({ kind: 'none' })}>
                Cancel
              </button>
            </p>
          </div>
        )}
        {panel.kind === 'reset-done' && <p class="message">All progress in this browser was reset.</p>}
      </div>

      {kept.length > 0 && (
        <div class="kept">
          <h3>Unreadable data kept aside</h3>
          <p>
            The course could not read this saved data, so it kept a copy instead of deleting it. Download it if you need it, for example for
            support.
          </p>
          <ul>
            {kept.map((k) => (
              <li>
                Kept since {formatDate(k.since)}{' '}
                <button type="button" onClick={() => downloadText('glad-to-help-unreadable-progress.txt', k.raw, 'text/plain')}>
                  Download
                </button>{' '}
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    progressStore().forgetKeptAside(k.key);
                    setKept(progressStore().keptAside());
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
