import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OUTLINE_KEY, storyMdxPlugin } from '../../../src/lib/story-mdx/plugin';
import { handTypedNumbers, refNames } from '../../../src/lib/stories-text';
import { storyFileSchema, storySchema } from '../../../src/schemas/story';

const DIR = join(process.cwd(), 'content/stories');
const files = readdirSync(DIR).filter((f) => f.endsWith('.mdx'));

/** A story file through the MDX plugin, as the build reads it: frontmatter, slug and outline. */
async function readStory(file: string) {
  const source = readFileSync(join(DIR, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const data = { astro: { frontmatter: storyFileSchema.parse(parse(front)) as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const blank = '\n'.repeat(front.split('\n').length + 2);
  const res = await mdxToJs(`${blank}${body}`, { mdastPlugins: [storyMdxPlugin()], fileURL: pathToFileURL(join(DIR, file)), data });
  const { [OUTLINE_KEY]: outline, ...rest } = (res.data as typeof data).astro.frontmatter as Record<string, unknown> & { [OUTLINE_KEY]: { hook?: unknown; steps: unknown } };
  return storySchema.parse({ ...rest, slug: file.replace(/\.mdx$/, ''), hook: outline.hook, steps: outline.steps });
}

describe('content/stories', () => {
  it('holds at least four stories, as MDX (no YAML stories left)', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(DIR).filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });
  for (const file of files) {
    it(`${file}: a hook, five or more steps in both languages, numbers only by reference`, async () => {
      const story = await readStory(file);
      expect(story.hook, file).toBeDefined();
      expect(story.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of story.steps) {
        for (const lang of ['vi', 'en'] as const) {
          expect(handTypedNumbers(step[lang], story.names), `${file} ${step.id} ${lang}`).toEqual([]);
          for (const name of refNames(step[lang])) expect(Object.keys(story.refs), `${file} ${step.id}`).toContain(name);
        }
        for (const row of step.chart.rows) expect(Object.keys(story.refs)).toContain(row);
      }
    });
  }
});
