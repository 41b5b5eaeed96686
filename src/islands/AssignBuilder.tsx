import { useEffect, useRef, useState } from 'preact/hooks';
import { assignmentId, encodeAssignment } from '../lib/assignments/assignment-link.ts';
import type { CatalogModule } from '../lib/assignments/catalog.ts';
import type { AssignmentPayload } from '../lib/assignments/schema.ts';
import { pickedLessons, totalMinutes } from '../lib/assignments/selection.ts';
import { today } from '../client/today.ts';
import LessonPicker from './assignments/LessonPicker.tsx';
import ShareAssignment from './assignments/ShareAssignment.tsx';
import { rememberSentAssignment } from '../client/manager-storage.ts';
import { withCatalog } from './use-catalog.tsx';

interface Props {
  modules: CatalogModule[];
}

interface Made {
  id: string;
  fragment: string;
  payload: AssignmentPayload;
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

/** The Assign page: pick lessons, describe the assignment, get a link. The lib decides what a valid link is. */
function AssignBuilderView({ modules }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [fields, setFields] = useState({ title: '', due: '', note: '', by: '', team: '' });
  const [made, setMade] = useState<Made>();
  const [error, setError] = useState('');
  // The earliest due day is today in this browser, not the day the site was built.
  const [firstDay, setFirstDay] = useState<string>();
  useEffect(() => setFirstDay(today()), []);
  const shareHeading = useRef(false);

  const lessons = pickedLessons(modules, selected);
  const minutes = totalMinutes(lessons);
  // Anything changed after the link was made would not be in it: take the old link away.
  const edit = (change: () => void) => {
    change();
    setMade(undefined);
    setError('');
  };
  const field = (name: keyof typeof fields) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    edit(() => setFields((f) => ({ ...f, [name]: value })));
  };

  useEffect(() => {
    if (made && shareHeading.current) {
      shareHeading.current = false;
      document.getElementById('share-title')?.focus();
    }
  }, [made]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (fields.due && fields.due < today()) {
      setError('The due date has already passed. Pick today or a later day, or leave it empty.');
      setMade(undefined);
      return;
    }
    const payload: AssignmentPayload = {
      t: fields.title.trim(),
      i: lessons.map((l) => l.slug),
      c: new Date().toISOString(),
      ...(optional(fields.due) && { d: fields.due }),
      ...(optional(fields.by) && { b: fields.by.trim() }),
      ...(optional(fields.team) && { m: fields.team.trim() }),
      ...(optional(fields.note) && { n: fields.note.trim() }),
    };
    const encoded = encodeAssignment(payload);
    if (!encoded.ok) {
      setError(encoded.message);
      setMade(undefined);
      return;
    }
    setError('');
    shareHeading.current = true;
    const id = assignmentId(payload);
    // Kept in the manager's browser: the Team page groups reports under these details, never a learner's.
    rememberSentAssignment(id, {
      title: payload.t,
      ...(payload.m !== undefined && { team: payload.m }),
      ...(payload.d !== undefined && { due: payload.d }),
    });
    setMade({ id, fragment: encoded.fragment, payload });
  };

  return (
    <>
      {/* On a laptop, the lessons on the left and the summary with the details beside them, always in view. */}
      <form class="assign-form no-print" onSubmit={submit} noValidate>
        <div class="assign-pick">
          <h2 id="pick-title">1. Pick the lessons</h2>
          <p>Tick a whole module, or single lessons from it.</p>
          <LessonPicker modules={modules} selected={selected} onChange={(next) => edit(() => setSelected(next))} />
        </div>
        <div class="assign-side">
          <p class="pick-summary" aria-live="polite">
            {lessons.length === 0
              ? 'No lessons picked yet.'
              : `${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'} picked, about ${minutes} minutes in all.`}
          </p>

          <h2 id="describe-title">2. Say what it is for</h2>
          <p class="form-field">
            <label for="as-title">
              Title <span class="meta">(required)</span>
            </label>
            <input
              id="as-title"
              type="text"
              required
              maxLength={200}
              value={fields.title}
              onInput={field('title')}
              placeholder="For example: Apology and phone refresher"
            />
          </p>
          <p class="form-field">
            <label for="as-due">
              Due date <span class="meta">(optional)</span>
            </label>
            <input id="as-due" type="date" min={firstDay} value={fields.due} onInput={field('due')} />
          </p>
          <p class="form-field">
            <label for="as-note">
              Note to your team <span class="meta">(optional)</span>
            </label>
            <textarea id="as-note" rows={3} maxLength={1000} value={fields.note} onInput={field('note')} />
          </p>
          <p class="form-field">
            <label for="as-by">
              Your name <span class="meta">(optional, shown to your team)</span>
            </label>
            <input id="as-by" type="text" maxLength={100} autoComplete="name" value={fields.by} onInput={field('by')} />
          </p>
          <p class="form-field">
            <label for="as-team">
              Team name <span class="meta">(optional)</span>
            </label>
            <input id="as-team" type="text" maxLength={100} value={fields.team} onInput={field('team')} />
          </p>
          <p>
            <button type="submit" class="primary">
              Make the link
            </button>
          </p>
          <div aria-live="assertive">
            {error && (
              <p class="message error" role="alert">
                {error}
              </p>
            )}
          </div>
        </div>
      </form>
      {made && <ShareAssignment id={made.id} fragment={made.fragment} payload={made.payload} lessons={lessons} />}
    </>
  );
}

export default withCatalog(AssignBuilderView, 'lesson list');
