import type { APIRoute, GetStaticPaths } from 'astro';
import { scenarioData } from '../../../data/activity-data.ts';

/** /data/scenarios/<id>.json: a whole scenario, fetched by its role-play island when it comes into view. */
export const getStaticPaths = (async () =>
  (await scenarioData()).map(({ id, scenario }) => ({ params: { id }, props: { scenario } }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.scenario);
