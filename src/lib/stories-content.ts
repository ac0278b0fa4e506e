import { getCollection } from 'astro:content';
import { lexicon, loadArticles } from './content';
import { resolveStory, sortStories, type ResolvedStory } from './stories';

/** Every story of content/stories, resolved against the dataset, in reading order. A story that
 * names a missing metric or indicator fails the build with its name. (Not cached: resolving takes
 * milliseconds, and `astro dev` then always shows the story files as they are.) */
export async function loadStories(): Promise<ResolvedStory[]> {
  const articles = await loadArticles();
  const stories = sortStories((await getCollection('stories')).map((e) => e.data));
  const slugs = new Set<string>();
  for (const s of stories) {
    if (slugs.has(s.slug)) throw new Error(`Story "${s.slug}": two story files share this slug`);
    slugs.add(s.slug);
  }
  return stories.map((s) => resolveStory(s, articles, lexicon().indicators));
}
