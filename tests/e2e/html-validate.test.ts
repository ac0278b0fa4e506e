/**
 * html-validate (.htmlvalidate.json) on every HTML file of the built site in DIST_DIR: one test per
 * file, so the count of checks is the count of pages. Only errors fail; see tests/README.md.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { HtmlValidate } from 'html-validate';
import { htmlValidator, listHtmlFiles, validateHtmlFile } from '../support/checks';
import { distDir } from './support/site';

const dist = distDir();
const files = existsSync(dist) ? listHtmlFiles(dist) : [];
const MAX_SHOWN = 20;

// Files are independent: both workers share them.
test.describe.configure({ mode: 'parallel' });

let validator: HtmlValidate;
test.beforeAll(async () => {
  validator = await htmlValidator();
});

test('the built site has HTML files to validate', () => {
  expect(files.length, `no HTML file below ${dist}: run the build or set DIST_DIR`).toBeGreaterThan(0);
});

for (const file of files) {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  test(`valid HTML: ${rel}`, async () => {
    const { messages } = await validateHtmlFile(validator, dist, file);
    const shown = messages.slice(0, MAX_SHOWN).join('\n') + (messages.length > MAX_SHOWN ? `\n… ${messages.length - MAX_SHOWN} more` : '');
    expect(messages, shown).toEqual([]);
  });
}
