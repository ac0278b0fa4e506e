import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../lib/logger';
import { reviewReport } from './review-report';
import { ingestArticles } from './run';

/** `npm run review [-- --seeds DIR]`: prints each low-confidence number with its sentence, reasons and an editorial.yaml entry. */
const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, root: { type: 'string', default: '.' } } });
const log = createLogger('review');
const result = ingestArticles({ seedsDir: resolve(values.seeds), root: resolve(values.root) });
for (const e of result.errors) log.error(e);
process.stdout.write(reviewReport(result.articles));
if (!result.ok) process.exit(1);
