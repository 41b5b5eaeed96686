/** Average silent reading speed for plain instructional text. */
export const WORDS_PER_MINUTE = 200;

/** The words a reader actually reads in an MDX body: no imports, tags, attributes or markdown punctuation. */
export function proseWords(mdx: string): string[] {
  const text = mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    // Quoted attribute values are shown to readers (a do / don't pair, a quotation's speaker), so keep them.
    .replace(/<\/?[A-Za-z][^>]*>/g, (tag) => ' ' + [...tag.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Measured reading time in whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(proseWords(mdx).length / WORDS_PER_MINUTE));
}
