import { useState } from 'preact/hooks';
import type { CatalogLesson } from '../../lib/assignments/catalog.ts';
import { mailtoUrl } from '../../lib/assignments/mailto.ts';
import { reportFile } from '../../lib/assignments/messages.ts';
import { buildReport, encodeReport, reportUrl } from '../../lib/assignments/report.ts';
import type { Assignment } from '../../lib/progress/schema.ts';
import { nowInstant, progressStore } from '../../client/progress.ts';
import { downloadText } from '../../client/download.ts';
import CopyField from './CopyField.tsx';
import { learnerId } from '../../client/manager-storage.ts';

interface Props {
  assignment: Assignment;
  lessons: ReadonlyMap<string, CatalogLesson>;
}

interface Made {
  url: string;
  name: string;
  text: string;
  subject: string;
}

/** Makes a completion report from this browser's record: a link to send, or a file. */
export default function ReportMaker({ assignment, lessons }: Props) {
  const [name, setName] = useState('');
  const [made, setMade] = useState<Made>();
  const [error, setError] = useState('');
  const field = `report-name-${assignment.id}`;
  const title = (slug: string) => lessons.get(slug)?.title ?? slug;

  const make = (e: Event) => {
    e.preventDefault();
    const report = buildReport(progressStore().$progress.get(), assignment, name, nowInstant(), learnerId());
    const encoded = encodeReport(report);
    if (!encoded.ok) {
      setError(encoded.message);
      setMade(undefined);
      return;
    }
    const url = reportUrl(window.location.origin, encoded.fragment);
    const file = reportFile(report, url, title);
    setError('');
    setMade({ url, name: file.name, text: file.text, subject: `Completion report: ${report.t} (${report.n})` });
  };

  return (
    <div class="report-maker">
      <form onSubmit={make} noValidate>
        <p class="form-field">
          <label for={field}>Your name, as your manager knows you</label>
          <input
            id={field}
            type="text"
            maxLength={100}
            autoComplete="name"
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setMade(undefined);
            }}
          />
        </p>
        <p>
          <button type="submit">Make my report</button>
        </p>
        <div aria-live="assertive">
          {error && (
            <p class="message error" role="alert">
              {error}
            </p>
          )}
        </div>
      </form>
      {made && (
        <div class="report-made" aria-live="polite">
          <p>
            Your report is ready. It says which lessons this browser recorded as complete, when, and your best scores. Send it in any of
            these ways:
          </p>
          <CopyField id={`report-link-${assignment.id}`} label="Report link" value={made.url} copyLabel="Copy report link" />
          <ul class="share-actions">
            <li>
              <a href={mailtoUrl({ subject: made.subject, body: `Hello,\n\nHere is my completion report:\n${made.url}\n` })}>
                Write an e-mail with the report
              </a>
            </li>
            <li>
              <button type="button" onClick={() => downloadText(made.name, made.text, 'text/plain')}>
                Download the report file
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
