import type { APIRoute } from 'astro';
import { getCourse } from '../../data/course.ts';
import { catalogOf } from '../../lib/assignments/catalog.ts';

/**
 * /data/catalog.json: every module and lesson with its title, minutes and address, fetched once by the islands
 * of the home, progress, assign, assignment and team pages, so no page carries the whole course in its HTML.
 */
export const GET: APIRoute = async () => Response.json(catalogOf(await getCourse()));
