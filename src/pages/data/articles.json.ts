import type { APIRoute } from 'astro';
import { loadArticles } from '../../lib/content';
import { articleRecords } from '../../lib/dataset';

export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(articleRecords(await loadArticles(), site!), null, 1)}\n`);
