import type { CatalogLesson } from '../../lib/assignments/catalog.ts';
import { formatDay } from '../../lib/assignments/due.ts';
import type { RosterGroup, RosterItem } from '../../lib/assignments/roster.ts';

interface Props {
  group: RosterGroup;
  lessons: ReadonlyMap<string, CatalogLesson>;
}

const shortDay = (instant: string) => formatDay(instant.slice(0, 10)).replace(/^\w+, /, '');
/** A lesson's scores, role-play and check apart, e.g. "role-play 83%, check 75% (passed)". */
function scoresText(item: RosterItem): string {
  const parts = [
    item.rolePlayPercent !== undefined ? `role-play ${item.rolePlayPercent}%` : '',
    item.checkPercent !== undefined
      ? `check ${item.checkPercent}%${item.checkPassed === false ? ' (not passed)' : item.checkPassed ? ' (passed)' : ''}`
      : '',
    item.percent !== undefined && item.rolePlayPercent === undefined && item.checkPercent === undefined
      ? `${item.percent}% (older report)`
      : '',
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

const itemText = (item: RosterItem | undefined) =>
  !item ? '—' : `${item.completedAt ? `Done ${shortDay(item.completedAt)}` : item.overdue ? 'Overdue' : 'Not done'}${scoresText(item)}`;

const averageText = (percent: number | undefined) => (percent === undefined ? 'None yet' : `${percent}%`);

/** One assignment's roster: a row a learner, then each lesson by learner. Text only. */
export default function RosterTable({ group, lessons }: Props) {
  const title = (slug: string) => lessons.get(slug)?.title ?? slug;
  const headingId = `roster-${group.assignmentId}`;
  return (
    <section class="roster" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.title}</h2>
      <p class="meta">
        {group.team && <>{group.team} · </>}
        {group.due ? `Due ${formatDay(group.due)}` : 'No due date'} · {group.learners.length}{' '}
        {group.learners.length === 1 ? 'report' : 'reports'}
      </p>
      {group.detailsFrom === 'reports' && group.disagreeing > 0 && (
        <p class="meta">
          Title, team and due date as most reports give them; {group.disagreeing} {group.disagreeing === 1 ? 'report says' : 'reports say'}{' '}
          otherwise. Reports never change an assignment you made in this browser.
        </p>
      )}
      <div class="table-scroll" role="region" aria-labelledby={`${headingId}-who`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-who`}>
            Who has finished<span class="visually-hidden"> “{group.title}”</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Done</th>
              <th scope="col">Overdue</th>
              <th scope="col">Role-play (average best)</th>
              <th scope="col">Check (average best)</th>
              <th scope="col">Checks passed</th>
              <th scope="col">Reported on</th>
            </tr>
          </thead>
          <tbody>
            {group.learners.map((l, n) => (
              <tr key={`${l.name}-${n}`}>
                <th scope="row">
                  {l.name}
                  {l.sameName > 0 && <span class="meta"> (another learner has this name)</span>}
                  {l.nameAltered && <span class="meta"> (hidden characters removed)</span>}
                </th>
                <td>
                  {l.done} of {l.total} ({Math.round(l.share * 100)}%)
                </td>
                <td>{l.overdue === 0 ? 'None' : `${l.overdue} ${l.overdue === 1 ? 'lesson' : 'lessons'}`}</td>
                <td>{averageText(l.averageRolePlay ?? l.averagePercent)}</td>
                <td>{averageText(l.averageCheck)}</td>
                <td>{l.checksTried === 0 ? 'None tried' : `${l.checksPassed} of ${l.checksTried}`}</td>
                <td>{shortDay(l.reportedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-scroll" role="region" aria-labelledby={`${headingId}-lessons`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-lessons`}>
            Each lesson, by learner<span class="visually-hidden"> (“{group.title}”)</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              {group.learners.map((l, n) => (
                <th scope="col" key={`${l.name}-${n}`}>
                  {l.name}
                  {l.sameName > 0 && ` (${n + 1})`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.slugs.map((slug) => (
              <tr key={slug}>
                <th scope="row">{title(slug)}</th>
                {group.learners.map((l, n) => (
                  <td key={`${l.name}-${n}`}>{itemText(l.items.find((i) => i.slug === slug))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
