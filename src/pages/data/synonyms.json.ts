import type { APIRoute } from 'astro';
import { getSynonyms } from '../../data/synonyms.ts';

/** /data/synonyms.json: the synonym groups, fetched by search with its index on the first search. */
export const GET: APIRoute = () => Response.json(getSynonyms());
