import { getCollection } from 'astro:content';
import { playableCheck, type PlayableCheck } from '../lib/checks/playable.ts';
import type { Scenario } from '../lib/roleplay/types.ts';
import { getSequences } from './course.ts';

// The data a role-play or check island fetches when it comes into view: one static JSON file each,
// written by src/pages/data/. The lesson page carries only the first screen (see RolePlay.astro).

export const scenarioDataUrl = (id: string) => `/data/scenarios/${id}.json`;
export const checkDataUrl = (id: string) => `/data/checks/${id}.json`;

/** Every scenario, whole, by id. */
export async function scenarioData(): Promise<{ id: string; scenario: Scenario }[]> {
  return (await getCollection('scenarios')).map((s) => ({ id: s.data.id, scenario: s.data }));
}

/** Every check as its island plays it (order questions' steps looked up), by id. */
export async function checkData(): Promise<{ id: string; check: PlayableCheck }[]> {
  const sequences = await getSequences();
  return (await getCollection('checks')).map((c) => ({ id: c.data.id, check: playableCheck(c.data, sequences) }));
}
