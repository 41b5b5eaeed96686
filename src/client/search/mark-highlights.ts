import { highlightRanges, highlightTerms } from '../../lib/search/highlight.ts';

/** Wraps the words a search found in <mark>, inside the page's main content only. */
export function markHighlights(): void {
  // Pagefind adds one `highlight` parameter per word; every one of them is marked.
  const value = new URLSearchParams(location.search).getAll('highlight').join(' ');
  const root = document.querySelector('[data-pagefind-body]');
  if (!value || !root) return;
  const terms = highlightTerms(value);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], astro-island')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    const ranges = highlightRanges(text.data, terms);
    let created: HTMLElement | undefined;
    // Last range first, so the earlier offsets stay valid while the text node is split.
    for (const [start, end] of ranges.reverse()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      word.replaceWith(mark);
      mark.append(word);
      created = mark;
    }
    first ??= created;
  }
  // Sub-results link to a heading; otherwise bring the first found word into view.
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
