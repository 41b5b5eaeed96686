import type { CatalogModule } from '../../lib/assignments/catalog.ts';
import { modulePick, toggleLesson, toggleModule } from '../../lib/assignments/selection.ts';

interface Props {
  modules: CatalogModule[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

const mins = (n: number) => `${n} min`;

/** Whole modules or single lessons, grouped by module, each with its minutes. */
export default function LessonPicker({ modules, selected, onChange }: Props) {
  return (
    <div class="lesson-picker">
      {modules.map((m) => {
        const pick = modulePick(m, selected);
        const minutes = m.lessons.reduce((sum, l) => sum + l.minutes, 0);
        const id = `pick-${m.id}`;
        return (
          <fieldset class="module-pick" key={m.id}>
            <legend class="visually-hidden">{m.title}</legend>
            <p class="module-line">
              <input
                type="checkbox"
                id={id}
                checked={pick === 'all'}
                indeterminate={pick === 'some'}
                aria-describedby={`${id}-size`}
                onChange={() => onChange(toggleModule(m, selected))}
              />
              <label for={id}>Whole module: {m.title}</label>
              <span class="meta" id={`${id}-size`}>
                {m.lessons.length} lessons, {mins(minutes)}
              </span>
            </p>
            <ul class="lesson-lines">
              {m.lessons.map((l) => (
                <li key={l.slug}>
                  <input
                    type="checkbox"
                    id={`pick-lesson-${l.slug}`}
                    checked={selected.has(l.slug)}
                    onChange={() => onChange(toggleLesson(l.slug, selected))}
                  />
                  <label for={`pick-lesson-${l.slug}`}>{l.title}</label>
                  <span class="meta">{mins(l.minutes)}</span>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
