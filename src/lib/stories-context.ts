import type { Lang } from '../i18n/lang';
import type { ResolvedStory } from './stories';

/** What the story's MDX components need to render: the page's language and the resolved story. */
export interface StoryContext {
  lang: Lang;
  resolved: ResolvedStory;
}

const KEY = 'cdsStory';

/** Makes `ctx` available to the story components of this page render (through `Astro.locals`). */
export function setStoryContext(locals: object, ctx: StoryContext): void {
  (locals as Record<string, unknown>)[KEY] = ctx;
}

/** The story being rendered; throws when a story component is used outside a story page. */
export function storyContext(locals: object): StoryContext {
  const ctx = (locals as Record<string, StoryContext | undefined>)[KEY];
  if (!ctx) throw new Error('A story component (<Step>, <Value> …) was rendered outside a story page');
  return ctx;
}
