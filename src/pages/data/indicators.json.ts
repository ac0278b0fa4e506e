import type { APIRoute } from 'astro';
import { lexicon } from '../../lib/content';

export const GET: APIRoute = () => new Response(`${JSON.stringify(lexicon().indicators, null, 1)}\n`);
