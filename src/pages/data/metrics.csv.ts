import type { APIRoute } from 'astro';
import { loadArticles } from '../../lib/content';
import { metricRows, toCsv } from '../../lib/dataset';

export const GET: APIRoute = async ({ site }) => new Response(toCsv(metricRows(await loadArticles(), site!)));
