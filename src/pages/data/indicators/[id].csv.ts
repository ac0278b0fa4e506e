import type { APIRoute } from 'astro';
import { lexicon, loadArticles } from '../../../lib/content';
import { metricRows, toCsv } from '../../../lib/dataset';

export const getStaticPaths = () => lexicon().indicators.map((i) => ({ params: { id: i.id } }));
export const GET: APIRoute = async ({ params, site }) =>
  new Response(toCsv(metricRows(await loadArticles(), site!, (s) => s.metric.indicator === params.id)));
