import { useEffect, useRef, useState } from 'preact/hooks';
import { searchTerms } from '../lib/search/terms.ts';
import { scoreByTerm } from '../lib/search/merge.ts';
import { DEFAULT_TYPES, TYPES, aboutLeading, isDirectAnswer, rank } from '../lib/search/rank.ts';
import { FILTERS, pagefindFilters, readQuery, toggleFilter, writeQuery, type FilterKey, type SearchQuery } from '../lib/search/query.ts';
import { loadPagefind, type PagefindResultData } from '../client/search/pagefind.ts';
import { SearchResult } from './search/SearchResult.tsx';

interface Props {
  /** On the search page the query lives in the address bar, so a search can be shared and restored. */
  syncUrl: boolean;
}

type Status =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; total: number; direct: boolean } | { kind: 'error'; message: string };

const PAGE = 8;
/** How many of the best hits are loaded and reordered by type and audience; the rest follow in Pagefind's order. */
const RANKED = 12;
const filterKeys = Object.keys(FILTERS) as FilterKey[];

/** Search over the whole course: type, see results at once, narrow by filters, move with the arrow keys. */
export default function SearchPanel({ syncUrl }: Props) {
  const [query, setQuery] = useState<SearchQuery>(() =>
    syncUrl && typeof location !== 'undefined' ? readQuery(location.search) : { q: '', filters: {} },
  );
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [pending, setPending] = useState<{ data(): Promise<PagefindResultData> }[]>([]);
  const [available, setAvailable] = useState<Record<string, Record<string, number>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const run = useRef(0);
  const id = syncUrl ? 'search-page' : 'search-dialog-panel';

  useEffect(() => {
    const onPop = () => syncUrl && setQuery(readQuery(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [syncUrl]);

  useEffect(() => {
    const mine = ++run.current;
    if (syncUrl) history.replaceState(null, '', `${location.pathname}${writeQuery(query)}`);
    if (!query.q.trim()) {
      setResults([]);
      setPending([]);
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    (async () => {
      try {
        const pagefind = await loadPagefind();
        const words = searchTerms(query.q).split(' ').filter(Boolean);
        const chosen = pagefindFilters(query);
        // Role-play scripts stay out of results unless the learner asks for them with the Type filter.
        const filters = chosen['type'] ? chosen : { ...chosen, type: { any: [...DEFAULT_TYPES] } };
        const [perWord, all] = await Promise.all([Promise.all(words.map((w) => pagefind.search(w, { filters }))), pagefind.filters()]);
        if (mine !== run.current) return;
        const scored = scoreByTerm(perWord.map((r) => (r?.results ?? []).map((h) => ({ id: h.id, score: h.score, item: h }))));
        const head = scored.slice(0, RANKED);
        const loaded = await Promise.all(head.map((h) => h.item.data()));
        if (mine !== run.current) return;
        const forManagers = aboutLeading(words) || (query.filters.audience ?? []).includes('Managers');
        const ranked = rank(
          head.map((h, i) => ({ ...h, data: loaded[i]!, type: loaded[i]!.meta['type'], audience: loaded[i]!.filters['audience'] ?? [] })),
          forManagers,
        );
        const direct = isDirectAnswer(ranked[0]);
        setAvailable(all);
        setResults(ranked.map((r) => r.data));
        setPending(scored.slice(RANKED).map((h) => h.item));
        setStatus({ kind: 'ready', total: scored.length, direct });
      } catch {
        if (mine === run.current)
          setStatus({
            kind: 'error',
            message:
              'Search is not available right now. The index is made when the site is built (npm start); browse the handbook or the modules instead.',
          });
      }
    })();
  }, [query, syncUrl]);

  const more = async () => {
    const next = await Promise.all(pending.slice(0, PAGE).map((r) => r.data()));
    const firstNew = results.length;
    setResults([...results, ...next]);
    setPending(pending.slice(PAGE));
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>(':scope > li > a')[firstNew]?.focus());
  };

  // Arrow keys move between the search box and the result links; Home/End are left to the text box.
  const panelRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(listRef.current?.querySelectorAll<HTMLElement>(':scope > li > a') ?? [])];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) inputRef.current?.focus();
    else links[at - 1]?.focus();
  };

  // Listened for on the panel, so the box and the links share it (a keydown prop on a plain div is not for that).
  useEffect(() => {
    const panel = panelRef.current;
    panel?.addEventListener('keydown', onKeyDown);
    return () => panel?.removeEventListener('keydown', onKeyDown);
  });

  const words = searchTerms(query.q).split(' ').filter(Boolean);
  const said =
    status.kind === 'ready'
      ? status.total === 0
        ? `No results for “${query.q}”. Try fewer or simpler words, or browse the handbook.`
        : status.direct
          ? `${status.total} ${status.total === 1 ? 'result' : 'results'} for “${query.q}”.`
          : `No direct answer for “${query.q}”: the course may not cover it. These pages share some of your words.`
      : status.kind === 'loading'
        ? 'Searching…'
        : status.kind === 'error'
          ? status.message
          : '';

  return (
    <div class="search-panel" ref={panelRef}>
      <form
        role="search"
        aria-label={syncUrl ? 'Search the course' : 'Search from this page'}
        action="/search/"
        method="get"
        onSubmit={(e) => e.preventDefault()}
      >
        <label for={`${id}-q`}>Search the course</label>
        <input
          id={`${id}-q`}
          ref={inputRef}
          type="search"
          name="q"
          value={query.q}
          autocomplete="off"
          spellcheck={false}
          placeholder="e.g. what do I say when I answer the phone"
          aria-describedby={`${id}-status`}
          onInput={(e) => setQuery({ ...query, q: (e.currentTarget as HTMLInputElement).value })}
        />
      </form>
      <p id={`${id}-status`} class="search-status" role="status" aria-live="polite">
        {said}
      </p>

      {filterKeys.some((k) => Object.keys(available[k] ?? {}).length > 0) && (
        <details class="search-filters" open={Object.keys(query.filters).length > 0}>
          <summary>Filters{Object.keys(query.filters).length > 0 ? ` (${Object.values(query.filters).flat().length} on)` : ''}</summary>
          {filterKeys.map((key) => {
            const values = Object.entries(available[key] ?? {}).sort(([a], [b]) => a.localeCompare(b));
            return values.length === 0 ? null : (
              <fieldset key={key}>
                <legend>{FILTERS[key]}</legend>
                {values.map(([value]) => (
                  <label key={value}>
                    <input
                      type="checkbox"
                      checked={query.filters[key]?.includes(value) ?? false}
                      onChange={() => setQuery(toggleFilter(query, key, value))}
                    />{' '}
                    {value}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </details>
      )}

      {status.kind === 'ready' && !status.direct && (
        <p class="no-direct">
          <a href="/handbook/">Browse all handbook cards</a>
          {results.some((r) => r.meta['type'] === TYPES.card) ? ' or try the closest cards first:' : ''}
        </p>
      )}
      {results.length > 0 && (
        <ol class="search-results" ref={listRef} aria-label="Search results">
          {(status.kind === 'ready' && !status.direct
            ? [...results.filter((r) => r.meta['type'] === TYPES.card), ...results.filter((r) => r.meta['type'] !== TYPES.card)]
            : results
          ).map((r, i) => (
            <SearchResult
              key={r.url}
              result={r}
              words={words}
              quick={i === 0 && status.kind === 'ready' && status.direct && r.meta['type'] === TYPES.card}
            />
          ))}
        </ol>
      )}
      {pending.length > 0 && (
        <p>
          <button type="button" onClick={more}>
            Show more results ({pending.length} left)
          </button>
        </p>
      )}
    </div>
  );
}
