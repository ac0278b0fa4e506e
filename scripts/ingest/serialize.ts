import type { IngestedArticle } from '../../src/schemas/article';
import { isShown } from '../../src/lib/review';
import { bodyMdx } from './mdx-body';
import { frontmatterYaml } from './frontmatter';

/** The MDX entry for an article: its data as YAML frontmatter (strings double-quoted on one line, so
 * a `---` in a seed cannot close it) and its text as the MDX body, each number a `<Num>` element
 * (scripts/ingest/mdx-body.ts escapes and guards the seed text). A rejected number stays plain text. */
export function serializeArticle(article: IngestedArticle): string {
  const { body, ...data } = article;
  const yaml = frontmatterYaml(data);
  return `---\n${yaml}---\n\n${bodyMdx(body, article.metrics.filter(isShown))}`;
}
