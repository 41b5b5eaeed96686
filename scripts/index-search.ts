// `npm run build`'s second step: the search index, made with Pagefind's Node API from the built pages in dist/.
// Each page is indexed as built, plus the words a worker might use for its own (content/search/synonyms.yaml,
// src/lib/search/synonyms.ts) in a part of the page that only the index sees: the pages people download stay
// as they are. A broken synonyms file stops the build naming the file and the place.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { getSynonyms } from '../src/data/synonyms.ts';
import { indexExtras, type Groups } from '../src/lib/search/synonyms.ts';

const dist = process.argv[2] ?? 'dist';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.html') ? [join(dir, f)] : []));

/** The page with its synonyms added inside its indexed part, at a low weight; pages not indexed are left as they are. */
function withSynonyms(html: string, groups: Groups): string {
  if (groups.length === 0 || !html.includes('data-pagefind-body')) return html;
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const extras = indexExtras(body.textContent, groups);
  if (!extras) return html;
  return html.replace(/(<[^>]*\bdata-pagefind-body\b[^>]*>)/, `$1<p data-pagefind-weight="0.7" hidden>${extras}</p>`);
}

const groups = getSynonyms();
const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const files = walk(dist);
let pages = 0;
let next = 0;
// A few pages in flight at once: Pagefind indexes one while the next is read and given its synonyms.
async function worker() {
  while (next < files.length) {
    const file = files[next++]!;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index!.addHTMLFile({ sourcePath: relative(dist, file), content: withSynonyms(html, groups) });
    if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
    pages += 1;
  }
}
await Promise.all(Array.from({ length: 4 }, worker));
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(
  `Search index: ${pages} pages, ${groups.length} synonym groups, in ${((performance.now() - started) / 1000).toFixed(1)} s (${join(dist, 'pagefind')})`,
);
