import { assignmentUrl } from '../../lib/assignments/assignment-link.ts';
import type { CatalogLesson } from '../../lib/assignments/catalog.ts';
import { formatDay } from '../../lib/assignments/due.ts';
import { assignmentIcs } from '../../lib/assignments/ics.ts';
import { mailtoUrl } from '../../lib/assignments/mailto.ts';
import { assignmentEmail, calendarDescription } from '../../lib/assignments/messages.ts';
import type { AssignmentPayload } from '../../lib/assignments/schema.ts';
import { downloadText } from '../../client/download.ts';
import CopyField from './CopyField.tsx';
import QrCode from './QrCode.tsx';

interface Props {
  id: string;
  fragment: string;
  payload: AssignmentPayload;
  lessons: CatalogLesson[];
}

/** Every way to hand the assignment over: the link, an e-mail, a calendar reminder and a printed sheet. */
export default function ShareAssignment({ id, fragment, payload, lessons }: Props) {
  const url = assignmentUrl(window.location.origin, fragment);
  const email = assignmentEmail(payload, lessons, url);
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const calendar = () => {
    if (!payload.d) return;
    const text = assignmentIcs({
      id,
      title: payload.t,
      due: payload.d,
      description: calendarDescription(payload, lessons, url),
      url,
      now: new Date().toISOString(),
    });
    downloadText(`assignment-due-${payload.d}.ics`, text, 'text/calendar');
  };

  return (
    <section class="share-panel" aria-labelledby="share-title">
      <div class="no-print">
        <h2 id="share-title" tabIndex={-1}>
          Send it to your team
        </h2>
        <CopyField id="assignment-link" label="Link to the assignment" value={url} copyLabel="Copy link" />
        <ul class="share-actions">
          <li>
            <a href={mailtoUrl(email)}>Write an e-mail with the link</a>
          </li>
          {payload.d && (
            <li>
              <button type="button" onClick={calendar}>
                Calendar reminder for the due date (.ics)
              </button>
            </li>
          )}
          <li>
            <button type="button" onClick={() => window.print()}>
              Print the sheet below
            </button>
          </li>
        </ul>
        <p class="meta">The whole assignment travels inside the link: nothing is stored on a server. Anyone with the link can open it.</p>
        <h2 id="sheet-preview">Sheet for the break room</h2>
      </div>
      <article class="print-sheet" aria-labelledby="sheet-title">
        <h3 id="sheet-title" class="sheet-title">
          {payload.t}
        </h3>
        <p class="sheet-meta">
          {payload.m && (
            <>
              For: {payload.m}
              <br />
            </>
          )}
          {payload.b && (
            <>
              From: {payload.b}
              <br />
            </>
          )}
          {payload.d && (
            <>
              Due: {formatDay(payload.d)}
              <br />
            </>
          )}
          About {total} minutes in all.
        </p>
        {payload.n && <p class="note">{payload.n}</p>}
        <ol class="sheet-lessons">
          {lessons.map((l) => (
            <li key={l.slug}>
              {l.title} <span class="meta">({l.minutes} min)</span>
            </li>
          ))}
        </ol>
        <div class="sheet-qr">
          <QrCode text={url} label={`QR code that opens the assignment “${payload.t}”`} />
          <p>
            Scan the code with your phone’s camera to open the lessons in your browser. When you have finished, make a completion report
            from the same page and send it back.
          </p>
        </div>
        <p class="sheet-url">{url}</p>
      </article>
    </section>
  );
}
