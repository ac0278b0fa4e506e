import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { handTypedNumbers, refNames } from '../../../src/lib/stories-text';
import { storySchema } from '../../../src/schemas/story';

const DIR = join(process.cwd(), 'content/stories');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('content/stories', () => {
  it('storySchema parses at least four stories', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of files) {
    it(`storySchema.parse(${file}): five or more steps, both languages, numbers only by reference`, () => {
      const story = storySchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));
      expect(`${story.slug}.yaml`).toBe(file);
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
