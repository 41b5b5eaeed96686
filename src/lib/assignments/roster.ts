import type { ReportPayload } from './schema.ts';

/** One assigned lesson of one learner, as their report says. */
export interface RosterItem {
  slug: string;
  completedAt?: string;
  percent?: number;
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
  /** Mean of the items' best scores, where any have one. */
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
    overdue: x.c === undefined && r.d !== undefined && today > r.d,
  }));
  const done = items.filter((x) => x.completedAt).length;
  const scored = items.flatMap((x) => (x.percent === undefined ? [] : [x.percent]));
  return {
    name: r.n.trim(),
    reportedAt: r.at,
    items,
    done,
    total: items.length,
    share: items.length ? done / items.length : 0,
    overdue: items.filter((x) => x.overdue).length,
    ...(scored.length > 0 && { averagePercent: Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) }),
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
      learners: g.reports.map((r) => learnerOf(r, today)).sort((a, b) => a.name.localeCompare(b.name) || a.reportedAt.localeCompare(b.reportedAt)),
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.assignmentId.localeCompare(b.assignmentId));
}
