import type { ReportPayload } from './schema.ts';

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
  name: string;
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
  due?: string;
  team?: string;
  /** Every lesson any report of the assignment lists, in the order first seen. */
  slugs: string[];
  learners: RosterLearner[];
}

const person = (name: string) => name.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

function learnerOf(r: ReportPayload, today: string): RosterLearner {
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
    name: r.n.trim(),
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

/**
 * The roster: reports grouped by assignment, one row a learner. When one person sent several reports for
 * the same assignment, the latest counts. `today` is the manager's day, `YYYY-MM-DD`.
 */
export function buildRoster(reports: readonly ReportPayload[], today: string): RosterGroup[] {
  const latest = new Map<string, ReportPayload>();
  for (const r of reports) {
    const key = `${r.a}\u0000${person(r.n)}`;
    const seen = latest.get(key);
    if (!seen || r.at > seen.at) latest.set(key, r);
  }
  const groups = new Map<string, { newest: ReportPayload; reports: ReportPayload[] }>();
  for (const r of latest.values()) {
    const g = groups.get(r.a);
    if (!g) groups.set(r.a, { newest: r, reports: [r] });
    else {
      g.reports.push(r);
      if (r.at > g.newest.at) g.newest = r;
    }
  }
  return [...groups.entries()]
    .map(([assignmentId, g]): RosterGroup => ({
      assignmentId,
      title: g.newest.t,
      ...(g.newest.d !== undefined && { due: g.newest.d }),
      ...(g.newest.m !== undefined && { team: g.newest.m }),
      slugs: [...new Set(g.reports.flatMap((r) => r.i.map((x) => x.s)))],
      learners: g.reports
        .map((r) => learnerOf(r, today))
        .sort((a, b) => a.name.localeCompare(b.name) || a.reportedAt.localeCompare(b.reportedAt)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.assignmentId.localeCompare(b.assignmentId));
}
