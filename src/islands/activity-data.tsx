import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A role-play or a check ships its first screen in the page's HTML (rendered once, at build time) and
// fetches its whole data, a static JSON file of the build (src/pages/data/), when its island hydrates:
// the page never carries the data twice.

export interface ActivityData<T> {
  /** The whole data, once fetched (or at once, when it was given). */
  data: T | undefined;
  /** How many fetches have failed in a row. */
  failures: number;
  loading: boolean;
  retry: () => void;
}

/**
 * The activity's data: `given` when the island was given it whole (tests, previews), else fetched from `src`
 * once the island is in the browser, checked with `accept` (a stale or broken file counts as a failure).
 * Pass a module-level `accept`: a new function on each render would fetch again.
 */
export function useActivityData<T>(given: T | undefined, src: string | undefined, accept: (data: unknown) => data is T): ActivityData<T> {
  const [data, setData] = useState(given);
  const [failures, setFailures] = useState(0);
  const [request, setRequest] = useState(0);
  const [loading, setLoading] = useState(false);
  const missing = data === undefined && src !== undefined;

  useEffect(() => {
    if (!missing || !src) return;
    let live = true;
    setLoading(true);
    fetch(src)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: unknown) => {
        if (!accept(json)) throw new Error(`${src} is not the data this island expects`);
        if (live) setData(json);
      })
      .catch(() => {
        if (live) setFailures((n) => n + 1);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [missing, src, request, accept]);

  return { data, failures, loading, retry: () => setRequest((n) => n + 1) };
}

/** Says that an activity could not be loaded, with a button that tries again (never a dead control). */
export function LoadProblem({ what, loading, onRetry }: { what: string; loading: boolean; onRetry: () => void }) {
  return (
    <div class="load-problem" role="alert">
      <p>
        {loading
          ? `Loading the ${what} again…`
          : `The ${what} could not be loaded: the connection may have dropped. Check it, then try again.`}
      </p>
      <button type="button" class="primary" aria-disabled={loading} onClick={() => loading || onRetry()}>
        Try again
      </button>
    </div>
  );
}

type Plain = Record<string, unknown>;
export const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a role-play or check island renders: the whole activity once its data is here, else the first
 * screen the page already carries and, after a failed fetch, a way to retry.
 */
export function ActivityFrame<T>(props: {
  data: ActivityData<T>;
  what: string;
  preview: boolean;
  firstScreen: ComponentChildren;
  render: (data: T) => VNode;
}) {
  const { data, what, preview, firstScreen, render } = props;
  const content = data.data ? (
    render(data.data)
  ) : (
    <>
      {firstScreen}
      {data.failures > 0 && <LoadProblem what={what} loading={data.loading} onRetry={data.retry} />}
    </>
  );
  // A box of its own around the content: Astro's client:visible watches the island's child elements, and
  // the slot holding the first screen has no box (display: contents), so it would never be seen.
  return preview ? content : <div class="activity-island">{content}</div>;
}
