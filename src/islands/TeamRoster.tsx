import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CatalogModule } from '../lib/assignments/catalog.ts';
import { lessonIndex } from '../lib/assignments/catalog.ts';
import { rosterCsv } from '../lib/assignments/csv.ts';
import { decodeReport, encodeReport, findReportCodes } from '../lib/assignments/report.ts';
import { reportsFromCsv } from '../lib/assignments/csv-import.ts';
import { buildRoster, type KnownAssignment } from '../lib/assignments/roster.ts';
import {
  forgetRosterCodes,
  keepExpected,
  keepRosterCodes,
  keptExpected,
  keptRosterCodes,
  sentAssignments,
} from '../client/manager-storage.ts';
import { notReported, readExpected, reminderMail } from '../lib/assignments/expected.ts';
import type { ReportPayload } from '../lib/assignments/schema.ts';
import { downloadText } from '../client/download.ts';
import { today } from '../client/today.ts';
import RosterTable from './assignments/RosterTable.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { withCatalog } from './use-catalog.tsx';

interface Props {
  modules: CatalogModule[];
}

interface Problem {
  source: string;
  message: string;
}

/** A report file is a few hundred bytes; anything far larger is not one. A saved roster CSV may be larger. */
const MAX_FILE_BYTES = 100_000;
const MAX_CSV_BYTES = 5_000_000;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The Team page: reports in (pasted links, dropped or picked files, or the page's own link), roster and CSV out. */
export default function TeamRoster(props: { modules?: CatalogModule[] }) {
  return (
    <ErrorBoundary what="The team roster">
      <TeamRosterWithCatalog {...props} />
    </ErrorBoundary>
  );
}

const TeamRosterWithCatalog = withCatalog(TeamRosterView, 'course list');

function TeamRosterView({ modules }: Props) {
  const lessons = lessonIndex(modules);
  const [reports, setReports] = useState<{ code: string; report: ReportPayload }[]>([]);
  const [known, setKnown] = useState<ReadonlyMap<string, KnownAssignment>>(new Map());
  const [kept, setKept] = useState(true);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [said, setSaid] = useState('');
  const [over, setOver] = useState(false);
  const [expectedText, setExpectedText] = useState('');
  useEffect(() => setExpectedText(keptExpected()), []);
  const expected = useMemo(() => readExpected(expectedText), [expectedText]);

  /** Reads every report in some texts; adds the good ones, lists the rest. */
  const take = (texts: { source: string; text: string }[], quiet = false) => {
    const good: { code: string; report: ReportPayload }[] = [];
    const bad: Problem[] = [];
    for (const { source, text } of texts) {
      const codes = findReportCodes(text);
      if (codes.length === 0) bad.push({ source, message: 'No report link found here.' });
      codes.forEach((code, i) => {
        const decoded = decodeReport(code, (slug) => lessons.has(slug));
        if (decoded.ok) good.push({ code, report: decoded.value });
        else bad.push({ source: codes.length > 1 ? `${source}, link ${i + 1}` : source, message: decoded.message });
      });
    }
    setReports((rs) => {
      const have = new Set(rs.map((r) => r.code));
      const all = [...rs, ...good.filter((g) => !have.has(g.code) && have.add(g.code))];
      setKept(keepRosterCodes(all.map((r) => r.code)));
      return all;
    });
    setProblems(bad);
    if (quiet && bad.length === 0) return;
    setSaid(
      `${count(good.length, 'report', 'reports')} added.${bad.length ? ` ${count(bad.length, 'item', 'items')} could not be used: see below.` : ''}`,
    );
  };

  // The hash listener is added once; it calls the latest `take` through a ref.
  const takeLatest = useRef(take);
  takeLatest.current = take;
  useEffect(() => {
    setKnown(sentAssignments());
    const codes = keptRosterCodes();
    if (codes.length > 0)
      takeLatest.current([{ source: 'Reports kept from your last visit', text: codes.map((c) => `#${c}`).join(' ') }], true);
    const fromHash = () => {
      if (window.location.hash.length > 1)
        takeLatest.current([{ source: 'The link this page was opened with', text: window.location.hash }]);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, []);

  const readFiles = async (files: FileList | null | undefined) => {
    const list = [...(files ?? [])].slice(0, 200);
    if (list.length === 0) return;
    const isCsv = (f: File) => /\.csv$/i.test(f.name);
    const limit = (f: File) => (isCsv(f) ? MAX_CSV_BYTES : MAX_FILE_BYTES);
    const texts = await Promise.all(
      list.map(async (f) => ({ source: f.name, text: f.size > limit(f) ? '' : await f.text(), tooBig: f.size > limit(f), csv: isCsv(f) })),
    );
    // A roster saved as CSV comes back as reports, checked like any pasted one.
    const csvProblems: Problem[] = [];
    const fromCsv = texts
      .filter((t) => t.csv && !t.tooBig)
      .flatMap((t) => {
        const { reports: rs, problem } = reportsFromCsv(t.text);
        if (problem) csvProblems.push({ source: t.source, message: problem });
        const codes = rs.flatMap((r) => {
          const encoded = encodeReport(r);
          return encoded.ok ? [`#${encoded.fragment}`] : [];
        });
        return problem ? [] : [{ source: t.source, text: codes.join(' ') }];
      });
    take([...texts.filter((t) => !t.csv && !t.tooBig), ...fromCsv]);
    if (csvProblems.length) setProblems((ps) => [...ps, ...csvProblems]);
    const big = texts
      .filter((t) => t.tooBig)
      .map((t) => ({ source: t.source, message: 'This file is too large to be a completion report. Nothing was read from it.' }));
    if (big.length) setProblems((ps) => [...ps, ...big]);
  };

  const roster = useMemo(
    () =>
      buildRoster(
        reports.map((r) => r.report),
        today(),
        known,
      ),
    [reports, known],
  );
  const forget = () => {
    forgetRosterCodes();
    setReports([]);
    setProblems([]);
    setSaid('The roster was cleared from this browser.');
  };
  const exportCsv = () => {
    const csv = rosterCsv(roster, (slug) => lessons.get(slug)?.title ?? slug);
    // A byte-order mark, so spreadsheet programs read the names as UTF-8.
    downloadText(`glad-to-help-roster-${today()}.csv`, `\ufeff${csv}`, 'text/csv');
  };

  return (
    <div class="team">
      <PasteReports onAdd={(text) => take([{ source: 'Pasted text', text }])} />
      <div
        class="drop-zone"
        data-over={over ? 'true' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void readFiles(e.dataTransfer?.files);
        }}
      >
        <p>Drop report files (or a roster saved as CSV) here, or</p>
        <label class="file-button">
          <input
            type="file"
            multiple
            accept=".txt,.csv,text/plain,text/csv"
            class="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget;
              void readFiles(input.files).then(() => {
                input.value = '';
              });
            }}
          />
          <span aria-hidden="true">Choose report files…</span>
          <span class="visually-hidden">Choose report files to add</span>
        </label>
      </div>

      <div role="status" aria-live="polite" class="team-status">
        {said}
      </div>
      {problems.length > 0 && (
        <div class="message error">
          <p>
            <strong>Not added:</strong>
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.source}:</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {!kept && reports.length > 0 && (
        <p class="message" role="status">
          This browser is not keeping the roster (its storage is blocked or full): export the CSV before you close the page.
        </p>
      )}
      <details class="expected" open={expected.length > 0}>
        <summary>Who should report{expected.length > 0 ? ` (${expected.length})` : ''}</summary>
        <p class="form-field">
          <label for="expected-names">The people you sent the assignment to, one name a line (kept in this browser only)</label>
          <textarea
            id="expected-names"
            rows={4}
            value={expectedText}
            spellcheck={false}
            onInput={(e) => {
              setExpectedText(e.currentTarget.value);
              keepExpected(e.currentTarget.value);
            }}
          />
        </p>
      </details>

      {roster.length === 0 ? (
        <>
          <p class="roster-empty">No reports yet. Add some above and the roster appears here.</p>
          {expected.length > 0 && <NotReported names={expected} title="your assignment" due={undefined} />}
        </>
      ) : (
        <>
          {roster.map((g) => (
            <div key={g.assignmentId}>
              <RosterTable group={g} lessons={lessons} />
              {expected.length > 0 && <NotReported names={notReported(expected, g)} title={g.title} due={g.due} />}
            </div>
          ))}
          <p class="data-actions">
            <button type="button" class="primary" onClick={exportCsv}>
              Export the roster (CSV)
            </button>
            <button type="button" class="danger" onClick={forget}>
              Forget this roster
            </button>
          </p>
        </>
      )}
    </div>
  );
}

/** Who was expected and has not reported, with a ready reminder e-mail. */
function NotReported({ names, title, due }: { names: string[]; title: string; due: string | undefined }) {
  if (names.length === 0) return <p class="all-reported">Everyone you expect has reported.</p>;
  return (
    <div class="not-reported">
      <p>
        <strong>Not reported yet ({names.length}):</strong> {names.join(', ')}
      </p>
      <p>
        <a class="button" href={reminderMail(title, due, location.origin)}>
          Write a reminder e-mail
        </a>
      </p>
    </div>
  );
}

/** The paste box keeps its own text, so typing never re-renders a large roster (1,000 reports stay responsive). */
function PasteReports({ onAdd }: { onAdd: (text: string) => void }) {
  const [pasted, setPasted] = useState('');
  return (
    <form
      class="report-input"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(pasted);
        setPasted('');
      }}
    >
      <p class="form-field">
        <label for="paste-reports">Paste report links (one or many, from e-mails or chats)</label>
        <textarea id="paste-reports" rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} spellcheck={false} />
      </p>
      <p>
        <button type="submit" class="primary">
          Add reports
        </button>
      </p>
    </form>
  );
}
