import type { ReportPayload } from './schema.ts';
import { cleanName, nameKey } from './names.ts';

/** One assigned lesson of one learner, as their report says. */
export interface RosterItem {
  slug: string;
  completedAt?: string;
  /** A blended best score, from a report made before scores were kept apart. */
  percent?: number;
  rolePlayPercent?: number;
  checkPercent?: number;
  checkPassed?: boolean;
  /** Not complete, and the due day has passed. */
  overdue: boolean;
}

export interface RosterLearner {
  /** The name as shown: cleaned of invisible and look-alike characters (see names.ts). */
  name: string;
  /** The name was changed by cleaning: it held invisible or look-alike characters. */
  nameAltered: boolean;
  /** Other learners in this group with the same name (different browsers): shown, never merged. */
  sameName: number;
  reportedAt: string;
  items: RosterItem[];
  done: number;
  total: number;
  /** done / total, 0 to 1. */
  share: number;
  overdue: number;
  /** Mean of the items' best role-play scores, where any have one. */
  averageRolePlay?: number;
  /** Mean of the items' best check scores, where any have one. */
  averageCheck?: number;
  /** Checks passed, of the checks tried. */
  checksPassed: number;
  checksTried: number;
  /** Mean of blended scores from reports made before scores were kept apart. */
  averagePercent?: number;
}

export interface RosterGroup {
  assignmentId: string;
  title: string;
  /** Where title, team and due date come from: the manager's own copy, or what most reports agree on. */
  detailsFrom: 'manager' | 'reports';
  /** Reports that disagree with those details (a learner cannot rename the group). */
  disagreeing: number;
  due?: string;
  team?: string;
  /** Every lesson any report of the assignment lists, in the order first seen. */
  slugs: string[];
  learners: RosterLearner[];
}

function learnerOf(r: ReportPayload, today: string): RosterLearner {
  const { name, altered } = cleanName(r.n);
  const items = r.i.map((x): RosterItem => ({
    slug: x.s,
    ...(x.c !== undefined && { completedAt: x.c }),
    ...(x.p !== undefined && { percent: x.p }),
    ...(x.r !== undefined && { rolePlayPercent: x.r }),
    ...(x.k !== undefined && { checkPercent: x.k }),
    ...(x.q !== undefined && { checkPassed: x.q === 1 }),
    overdue: x.c === undefined && r.d !== undefined && today > r.d,
  }));
  const done = items.filter((x) => x.completedAt).length;
  const mean = (xs: (number | undefined)[]) => {
    const known = xs.filter((x): x is number => x !== undefined);
    return known.length > 0 ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : undefined;
  };
  const averageRolePlay = mean(items.map((x) => x.rolePlayPercent));
  const averageCheck = mean(items.map((x) => x.checkPercent));
  const averagePercent = mean(items.map((x) => x.percent));
  return {
    name,
    nameAltered: altered,
    sameName: 0,
    reportedAt: r.at,
    items,
    done,
    total: items.length,
    share: items.length ? done / items.length : 0,
    overdue: items.filter((x) => x.overdue).length,
    checksPassed: items.filter((x) => x.checkPassed === true).length,
    checksTried: items.filter((x) => x.checkPassed !== undefined).length,
    ...(averageRolePlay !== undefined && { averageRolePlay }),
    ...(averageCheck !== undefined && { averageCheck }),
    ...(averagePercent !== undefined && { averagePercent }),
  };
}

/** The details of an assignment as its manager made it (kept in the manager's browser). */
export interface KnownAssignment {
  title: string;
  team?: string;
  due?: string;
}

/** The value most reports give; on a tie, the one in the earliest report. A single report cannot outvote the rest. */
function consensus<T>(reports: readonly ReportPayload[], pick: (r: ReportPayload) => T): T {
  const byTime = [...reports].sort((a, b) => a.at.localeCompare(b.at));
  const counts = new Map<string, { value: T; n: number; first: number }>();
  byTime.forEach((r, i) => {
    const value = pick(r);
    const k = JSON.stringify(value ?? null);
    const seen = counts.get(k);
    if (seen) seen.n += 1;
    else counts.set(k, { value, n: 1, first: i });
  });
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]!.value;
}

/** A learner is their browser's id when the report carries one, else their cleaned name. */
const learnerKey = (r: ReportPayload) => (r.l ? `id:${r.l}` : `name:${nameKey(r.n)}`);

/**
 * The roster: reports grouped by assignment, one row a learner. When one learner sent several reports for
 * the same assignment, the latest counts. Two learners with the same name stay two rows, flagged. The
 * group's title, team and due date are the manager's own when `known` has them, else what most reports
 * say. `today` is the manager's day, `YYYY-MM-DD`.
 */
export function buildRoster(
  reports: readonly ReportPayload[],
  today: string,
  known: ReadonlyMap<string, KnownAssignment> = new Map(),
): RosterGroup[] {
  const latest = new Map<string, ReportPayload>();
  for (const r of reports) {
    const key = `${r.a}\u0000${learnerKey(r)}`;
    const seen = latest.get(key);
    if (!seen || r.at > seen.at) latest.set(key, r);
  }
  const groups = new Map<string, ReportPayload[]>();
  for (const r of latest.values()) groups.set(r.a, [...(groups.get(r.a) ?? []), r]);
  return [...groups.entries()]
    .map(([assignmentId, rs]): RosterGroup => {
      const mine = known.get(assignmentId);
      const details: KnownAssignment = mine ?? {
        title: consensus(rs, (r) => r.t),
        ...optionalField(
          'team',
          consensus(rs, (r) => r.m),
        ),
        ...optionalField(
          'due',
          consensus(rs, (r) => r.d),
        ),
      };
      const disagreeing = rs.filter((r) => r.t !== details.title || r.m !== details.team || r.d !== details.due).length;
      const dueFor = (r: ReportPayload): ReportPayload => {
        const { d: _d, ...rest } = r;
        return details.due === undefined ? rest : { ...rest, d: details.due };
      };
      const learners = rs
        .map((r) => learnerOf(dueFor(r), today))
        .sort((a, b) => a.name.localeCompare(b.name) || a.reportedAt.localeCompare(b.reportedAt));
      for (const l of learners)
        l.sameName = learners.filter((o) => o !== l && o.name.toLocaleLowerCase() === l.name.toLocaleLowerCase()).length;
      return {
        assignmentId,
        title: details.title,
        ...(details.due !== undefined && { due: details.due }),
        ...(details.team !== undefined && { team: details.team }),
        detailsFrom: mine ? 'manager' : 'reports',
        disagreeing,
        slugs: [...new Set(rs.flatMap((r) => r.i.map((x) => x.s)))],
        learners,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title) || a.assignmentId.localeCompare(b.assignmentId));
}

const optionalField = <K extends string>(key: K, value: string | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, string>);
