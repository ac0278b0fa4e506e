import type { APIRoute } from 'astro';
import { loadArticles } from '../../lib/content';
import { metricRows } from '../../lib/dataset';

export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(metricRows(await loadArticles(), site!), null, 1)}\n`);
