import type { ComponentChildren } from 'preact';
import { highlightRanges } from '../../lib/search/highlight.ts';
import { TYPES } from '../../lib/search/rank.ts';
import type { PagefindResultData } from '../../client/search/pagefind.ts';

/** Text with the searched words marked: text parts only, never inserted as HTML. */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const [start, end] of highlightRanges(text, words)) {
    parts.push(text.slice(last, start), <mark key={start}>{text.slice(start, end)}</mark>);
    last = end;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

const BADGE: Record<string, string> = { [TYPES.card]: 'Card', [TYPES.lesson]: 'Lesson', [TYPES.script]: 'Role-play' };

/**
 * One compact result: a one-line title with its type, and one short clean line: a card's line to say (its quick
 * answer), or the page's one-sentence summary. Never Pagefind's raw excerpt, which can run headings together.
 */
export function SearchResult({ result, words, quick }: { result: PagefindResultData; words: readonly string[]; quick: boolean }) {
  const { meta } = result;
  const type = meta['type'] ?? '';
  const say = meta['say'];
  const line = say ? `Say: “${say}”` : (meta['summary'] ?? '');
  // Every word searched is marked on the page the result leads to (each word was a search of its own).
  const href = `${result.url.split('?')[0]}${words.length > 0 ? `?${words.map((w) => `highlight=${encodeURIComponent(w)}`).join('&')}` : ''}`;
  return (
    <li class={`search-result${quick ? ' quick' : ''}`}>
      <a href={href} class="result-title">
        <span class="badge" data-type={type}>
          {quick ? 'Quick answer' : (BADGE[type] ?? type)}
        </span>{' '}
        <span class="title-text">
          <Marked text={meta['title'] ?? result.url} words={words} />
        </span>
      </a>
      {line && (
        <p class="result-excerpt">
          <Marked text={line} words={words} />
        </p>
      )}
    </li>
  );
}
