import type { APIRoute } from 'astro';
import type { ResolvedStory } from '../../../lib/stories';
import { loadStories } from '../../../lib/stories-content';
import { storyCsv, storyRows } from '../../../lib/stories-data';

/** /data/stories/<slug>.csv: the story's numbers, one row each, with the dataset's columns. */
export const getStaticPaths = async () => (await loadStories()).map((resolved) => ({ params: { slug: resolved.story.slug }, props: { resolved } }));
export const GET: APIRoute = ({ props, site }) => new Response(storyCsv(storyRows((props as { resolved: ResolvedStory }).resolved, site!)));
