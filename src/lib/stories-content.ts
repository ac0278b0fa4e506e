import { getCollection } from 'astro:content';
import { lexicon, loadArticles } from './content';
import { resolveStory, sortStories, type ResolvedStory } from './stories';

let cache: Promise<ResolvedStory[]> | undefined;

/** Every story of content/stories, resolved against the dataset, in reading order. Read once per
 * build; a story that names a missing metric or indicator fails the build with its name. */
export function loadStories(): Promise<ResolvedStory[]> {
  cache ??= (async () => {
    const articles = await loadArticles();
    const stories = sortStories((await getCollection('stories')).map((e) => e.data));
    const slugs = new Set<string>();
    for (const s of stories) {
      if (slugs.has(s.slug)) throw new Error(`Story "${s.slug}": two story files share this slug`);
      slugs.add(s.slug);
    }
    return stories.map((s) => resolveStory(s, articles, lexicon().indicators));
  })();
  return cache;
}
