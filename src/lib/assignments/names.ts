/** Bidi overrides and isolates, zero-width characters and other invisible format controls. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/**
 * A learner's name as the roster shows it: NFKC (so look-alike full-width or styled letters become plain),
 * invisible and direction controls removed, spaces collapsed. `altered` says whether that changed anything.
 */
export function cleanName(name: string): { name: string; altered: boolean } {
  const cleaned = name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const plain = name.replace(/\s+/g, ' ').trim();
  return { name: cleaned || '(no name)', altered: cleaned !== plain };
}

/** How two names compare for "is this the same person": cleaned, case-folded. */
export const nameKey = (name: string) => cleanName(name).name.toLocaleLowerCase();
