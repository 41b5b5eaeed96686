/** Terms from a `?highlight=` value: words of two letters or more, lower-cased, without repeats. */
export function highlightTerms(value: string): string[] {
  const words = value.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 2))].slice(0, 10);
}

/** Where terms start words in a text, as [start, end) ranges, in order and never overlapping. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}
