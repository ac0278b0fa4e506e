import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { indicatorSchema, topicSchema, type Indicator, type Topic } from '../schemas/lexicon';

/** Reads and validates a YAML list; errors name the file and the failing entry. */
function readList<T>(file: string, schema: z.ZodType<T>): T[] {
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  const result = z.array(schema).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const ids = new Set<string>();
  for (const item of result.data as { id: string }[]) {
    if (ids.has(item.id)) throw new Error(`${file}: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return result.data;
}

/** The canonical indicators (content/indicators.yaml). */
export function loadIndicators(root = process.cwd()): Indicator[] {
  return readList(resolve(root, 'content/indicators.yaml'), indicatorSchema);
}

/** The topics (content/topics.yaml). */
export function loadTopics(root = process.cwd()): Topic[] {
  return readList(resolve(root, 'content/topics.yaml'), topicSchema);
}
