/** `npx tsx scripts/tools/write-data-dictionary.ts`: regenerates docs/data-dictionary.md from the
 * schemas (src/lib/dictionary.ts). tests/unit/lib/dictionary.test.ts fails while the file is stale. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileNotes } from '../../src/lib/datapackage';
import { dictionaryMarkdown } from '../../src/lib/dictionary';
import { columnDescriptionsVi } from '../../src/lib/dictionary-vi';
import { createLogger } from '../lib/logger';

/** Where the generated dictionary lives, from the repository root. */
const DICTIONARY_FILE = 'docs/data-dictionary.md';

const file = resolve(DICTIONARY_FILE);
writeFileSync(file, dictionaryMarkdown(fileNotes('en'), columnDescriptionsVi));
createLogger('data-dictionary').info(`wrote ${DICTIONARY_FILE}`);
