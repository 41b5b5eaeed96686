// Pagefind's browser API, loaded on first use (never on page load). The index is made by `npm run build`.

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string[] | { any: string[] }> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result links carry ?highlight=..., which the landing page uses to mark the found words.
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

let synonyms: Promise<string[][]> | undefined;

/** The synonym groups (/data/synonyms.json), loaded with the index; none when they cannot be had. */
export function loadSynonyms(): Promise<string[][]> {
  synonyms ??= fetch('/data/synonyms.json')
    .then((r) => (r.ok ? r.json() : []))
    .then((groups: unknown) =>
      Array.isArray(groups) ? groups.filter((g): g is string[] => Array.isArray(g) && g.every((w) => typeof w === 'string')) : [],
    )
    .catch(() => []);
  return synonyms;
}
