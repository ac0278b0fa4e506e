import type { APIRoute } from 'astro';
import type { ResolvedStory } from '../../../lib/stories';
import { loadStories } from '../../../lib/stories-content';
import { storyRows } from '../../../lib/stories-data';

/** /data/stories/<slug>.json: the story's steps (chart specs) and its numbers, one row each. */
export const getStaticPaths = async () => (await loadStories()).map((resolved) => ({ params: { slug: resolved.story.slug }, props: { resolved } }));
export const GET: APIRoute = ({ props, site }) => {
  const { resolved } = props as { resolved: ResolvedStory };
  const { story } = resolved;
  const body = { story: story.slug, title: story.title, dek: story.dek, steps: story.steps.map((s) => ({ id: s.id, chart: s.chart })), rows: storyRows(resolved, site!) };
  return new Response(`${JSON.stringify(body, null, 1)}\n`);
};
