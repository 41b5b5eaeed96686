/** The filters the search offers, in the order they are shown, and what each is called on screen. */
export const FILTERS = { type: 'Type', module: 'Module', audience: 'For' } as const;
export type FilterKey = keyof typeof FILTERS;
const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

export interface SearchQuery {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

const MAX_QUERY = 200;
const MAX_VALUES = 20;

/** Reads a query from a URL's search part; anything odd is dropped, never thrown. */
export function readQuery(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: SearchQuery['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => v.length > 0 && v.length <= 100),
      ),
    ].slice(0, MAX_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY), filters };
}

/** The search part of a shareable URL for a query: `?q=...&type=Lesson`. */
export function writeQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of FILTER_KEYS) for (const v of query.filters[key] ?? []) params.append(key, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: only the groups with something chosen. */
export function pagefindFilters(query: SearchQuery): Record<string, string[]> {
  return Object.fromEntries(Object.entries(query.filters).filter(([, v]) => v && v.length > 0)) as Record<string, string[]>;
}

export function toggleFilter(query: SearchQuery, key: FilterKey, value: string): SearchQuery {
  const current = query.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...query.filters };
  if (next.length > 0) filters[key] = next;
  else delete filters[key];
  return { ...query, filters };
}
