import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { storySchema } from '../schemas/story';
import { lexicon, loadArticles } from './content';
import { resolveStory, sortStories, type ResolvedStory } from './stories';
import { locateRefError } from './story-mdx/nodes';
import { OUTLINE_KEY } from './story-mdx/plugin';

/** A resolved story with the collection entry whose MDX body the page renders. */
export type LoadedStory = ResolvedStory & { entry: CollectionEntry<'stories'> };

/** Every story of content/stories/*.mdx, resolved against the dataset, in reading order. The MDX
 * plugin (src/lib/story-mdx/) has already checked the prose; a reference that names a missing
 * metric or indicator, or matches several metrics, fails the build here with the story file and the
 * line of the reference. (Not cached: resolving takes milliseconds, and `astro dev` then always
 * shows the story files as they are.) */
export async function loadStories(): Promise<LoadedStory[]> {
  const articles = await loadArticles();
  const entries = await getCollection('stories');
  const stories = await Promise.all(entries.map(async (entry) => {
    const { remarkPluginFrontmatter } = await render(entry);
    const file = entry.filePath ?? `content/stories/${entry.id}.mdx`;
    const outline = remarkPluginFrontmatter[OUTLINE_KEY] as { hook?: unknown; steps?: unknown } | undefined;
    if (!outline) throw new Error(`${file}: the story MDX plugin did not run (is it registered in astro.config.mjs?)`);
    const story = storySchema.parse({ ...entry.data, slug: entry.id, file, hook: outline.hook, steps: outline.steps });
    return { story, entry };
  }));
  return sortStories(stories.map((s) => ({ ...s, order: s.story.order, slug: s.story.slug }))).map(({ story, entry }) => {
    try {
      return { ...resolveStory(story, articles, lexicon().indicators), entry };
    } catch (e) {
      throw locateRefError(e as Error, story.file ?? '', () => readFileSync(story.file ?? '', 'utf8'), Object.keys(story.refs));
    }
  });
}
