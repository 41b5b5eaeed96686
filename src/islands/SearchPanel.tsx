import { useEffect, useRef, useState } from 'preact/hooks';
import { isFiller, searchTerms } from '../lib/search/terms.ts';
import { bestLine, coverage, distinctStems, hasTerm, mergeHits, phraseMatches, termWeights } from '../lib/search/merge.ts';
import { DEFAULT_TYPES, TYPES, aboutLeading, isDirectAnswer, rank } from '../lib/search/rank.ts';
import { FILTERS, pagefindFilters, readQuery, toggleFilter, writeQuery, type FilterKey, type SearchQuery } from '../lib/search/query.ts';
import { loadPagefind, loadSynonyms, type PagefindResultData } from '../client/search/pagefind.ts';
import { toCourseWords } from '../lib/search/expand.ts';
import { SearchResult } from './search/SearchResult.tsx';

interface Props {
  /** On the search page the query lives in the address bar, so a search can be shared and restored. */
  syncUrl: boolean;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; total: number; direct: boolean; for: string }
  | { kind: 'error'; message: string };

const PAGE = 8;
/** The filters and their counts over the whole index: the same for every search, so asked for once. */
let allFilters: Promise<Record<string, Record<string, number>>> | undefined;
/** A page's own answer, line by line: its title, summary, line to say and each listed question (they end in "?" or "."). */
const answerLines = (r: PagefindResultData) => [
  ...['title', 'summary', 'say'].map((k) => r.meta[k] ?? ''),
  ...(r.meta['questions'] ?? '').split(/[?.](?=\s|$)/),
];
/** How many of the best hits are loaded and reordered by type and audience; the rest follow in Pagefind's order. */
const RANKED = 10;
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
        const [pagefind, groups] = await Promise.all([loadPagefind(), loadSynonyms()]);
        const asked = toCourseWords(query.q, groups);
        const words = distinctStems([...new Set(searchTerms(asked).split(' ').filter(Boolean))]);
        const chosen = pagefindFilters(query);
        // Role-play scripts stay out of results unless the learner asks for them with the Type filter.
        const filters = chosen['type'] ? chosen : { ...chosen, type: { any: [...DEFAULT_TYPES] } };
        const [perWord, together, all] = await Promise.all([
          Promise.all(words.map((w) => pagefind.search(w, { filters }))),
          words.length > 1 ? pagefind.search(words.join(' '), { filters }) : null,
          (allFilters ??= pagefind.filters()),
        ]);
        // Pages that hold every word (Pagefind's own search of them together) answer more of the question.
        const withAll = new Set((together?.results ?? []).map((r) => r.id));
        if (mine !== run.current) return;
        const hits = perWord.map((r) => (r?.results ?? []).map((h) => ({ id: h.id, score: h.score, item: h })));
        const merged = mergeHits(hits);
        const head = merged.slice(0, RANKED);
        const loaded = await Promise.all(head.map((h) => h.item.data()));
        // Whether the course has each word at all (Pagefind answers an unknown word with near misses): seen in a
        // page already loaded, else in the word's own best page, loaded only then.
        const known = await Promise.all(
          words.map(
            async (w, t) => loaded.some((d) => hasTerm(d.content, w)) || hasTerm((await hits[t]![0]?.item.data())?.content ?? '', w),
          ),
        );
        if (mine !== run.current) return;
        const weights = termWeights(hits.map((h, t) => ({ count: h.length, known: known[t]! })));
        const forManagers = aboutLeading(words) || (query.filters.audience ?? []).includes('Managers');
        const ranked = rank(
          head.map((h, i) => {
            const data = loaded[i]!;
            const lines = answerLines(data);
            const line = bestLine(lines, words, weights);
            return {
              data,
              // A page with the question's own phrases in it answers more closely.
              score: h.score * (1 + 0.35 * phraseMatches(data.content, asked, isFiller)) * (withAll.has(h.item.id) ? 1.5 : 1),
              coverage: coverage(data.content, words, weights),
              surface: coverage(lines.join(' '), words, weights),
              lineWords: line.words,
              lineShare: line.share,
              type: data.meta['type'],
              audience: data.filters['audience'] ?? [],
            };
          }),
          forManagers,
        );
        const direct = isDirectAnswer(ranked, words.length);
        setAvailable(all);
        setResults(ranked.map((r) => r.data));
        setPending(merged.slice(RANKED).map((h) => h.item));
        setStatus({ kind: 'ready', total: merged.length, direct, for: query.q });
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

  const words = searchTerms(status.kind === 'ready' ? status.for : query.q)
    .split(' ')
    .filter(Boolean);
  const said =
    status.kind === 'ready'
      ? status.total === 0
        ? `No results for “${status.for}”. Try fewer or simpler words, or browse the handbook.`
        : status.direct
          ? `${status.total} ${status.total === 1 ? 'result' : 'results'} for “${status.for}”.`
          : `No direct answer for “${status.for}”: the course may not cover it. These pages share some of your words.`
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
          {results.some((r) => r.meta['type'] === TYPES.card) && (
            <>
              Closest cards:{' '}
              {results
                .filter((r) => r.meta['type'] === TYPES.card)
                .slice(0, 2)
                .map((r, i) => (
                  <>
                    {i > 0 && ' · '}
                    <a href={r.url.split('?')[0]}>{r.meta['title']}</a>
                  </>
                ))}
              {' · '}
            </>
          )}
          <a href="/handbook/">Browse all handbook cards</a>
        </p>
      )}
      {results.length > 0 && (
        <ol class="search-results" ref={listRef} aria-label="Search results">
          {results.map((r, i) => (
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
