import * as pagefind from 'pagefind';
import type { Logger } from '../lib/logger';

/** Builds the Pagefind index of the pages' content regions into `<dir>/pagefind/`. */
export async function buildSearchIndex(dir: string, log: Logger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  log.info(`search: ${added.page_count} pages indexed`);
  await pagefind.close();
}
