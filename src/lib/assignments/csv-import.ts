import { ROSTER_CSV_HEADER } from './csv.ts';
import type { ReportItem, ReportPayload } from './schema.ts';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Undoes the apostrophe the export puts before a formula-like cell. */
const undefuse = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const percent = (cell: string) => (/^\d{1,3}$/.test(cell) ? Number(cell) : undefined);

/**
 * Reports rebuilt from a roster CSV this site exported, one per learner and assignment, so a manager can
 * load a saved roster back. The caller validates each as it validates a pasted report.
 */
export function reportsFromCsv(text: string): { reports: ReportPayload[]; problem?: string } {
  const [header, ...rows] = parseCsv(text.slice(0, 5_000_000)).filter((r) => r.some((c) => c !== ''));
  // The ISO columns come first; the readable dates after them (absent in rosters saved before) are not needed.
  if (!header || header.slice(0, ROSTER_CSV_HEADER.length).join(',') !== ROSTER_CSV_HEADER.join(',')) {
    return { reports: [], problem: 'This is not a roster exported from the Team page (its columns differ).' };
  }
  const byLearner = new Map<string, ReportPayload>();
  for (const raw of rows.slice(0, 100_000)) {
    const [title, id, team, due, learner, madeAt, , slug, completed, rolePlay, check, passed] = raw.map(undefuse);
    if (!id || !learner || !madeAt || !slug) continue;
    const key = `${id}\u0000${learner}\u0000${madeAt}`;
    const report = byLearner.get(key) ?? {
      a: id,
      t: title ?? '',
      n: learner,
      at: madeAt,
      ...(due && { d: due }),
      ...(team && { m: team }),
      i: [],
    };
    const r = percent(rolePlay ?? '');
    const k = percent(check ?? '');
    const item: ReportItem = {
      s: slug,
      ...(completed && { c: completed }),
      ...(r !== undefined && { r }),
      ...(k !== undefined && { k }),
      ...(passed === 'yes' ? { q: 1 as const } : passed === 'no' ? { q: 0 as const } : {}),
    };
    report.i.push(item);
    byLearner.set(key, report);
  }
  return { reports: [...byLearner.values()] };
}
