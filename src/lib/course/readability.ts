import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { proseWords } from './reading-time.ts';

/** Sentences in an MDX body: headings, list items and table cells count as one each, like the prose around them. */
function sentenceCount(mdx: string): number {
  const text = mdx.replace(/<\/?[A-Za-z][^>]*>/g, '\n').replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '\n');
  const pieces = text
    .split(/[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*\n)/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  return Math.max(1, pieces.length);
}

/** Flesch–Kincaid grade level of a lesson body, measured by the flesch-kincaid and syllable libraries. */
export function readingGrade(mdx: string): number {
  const words = proseWords(mdx);
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  return fleschKincaid({ sentence: sentenceCount(mdx), word: words.length, syllable: syllables });
}
