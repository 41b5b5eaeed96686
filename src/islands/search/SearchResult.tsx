import { excerptParts } from '../../lib/search/excerpt.ts';
import type { PagefindResultData } from '../../client/search/pagefind.ts';

/** Excerpt text with the found words marked: built from text parts, never inserted as HTML. */
function Excerpt({ html }: { html: string }) {
  return <>{excerptParts(html).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

export function SearchResult({ result }: { result: PagefindResultData }) {
  const { meta, filters } = result;
  const subs = result.sub_results.filter((s) => s.url !== result.url && !/#(questions|objectives)$/.test(s.url)).slice(0, 3);
  const where = [meta['type'], filters['module']?.[0], meta['minutes'] ? `${meta['minutes']} min` : undefined].filter(Boolean).join(' · ');
  return (
    <li class="search-result">
      <a href={result.url} class="result-title">
        {meta['title'] ?? result.url}
      </a>
      {where && <p class="result-meta">{where}</p>}
      <p class="result-excerpt">
        <Excerpt html={result.excerpt} />
      </p>
      {subs.length > 0 && (
        <ul class="result-subs">
          {subs.map((s) => (
            <li key={s.url}>
              <a href={s.url}>{s.title}</a>: <Excerpt html={s.excerpt} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
