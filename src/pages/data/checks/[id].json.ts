import type { APIRoute, GetStaticPaths } from 'astro';
import { checkData } from '../../../data/activity-data.ts';

/** /data/checks/<id>.json: a playable check, fetched by its island when it comes into view. */
export const getStaticPaths = (async () =>
  (await checkData()).map(({ id, check }) => ({ params: { id }, props: { check } }))) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];

export const GET: APIRoute<Props> = ({ props }) => Response.json(props.check);
