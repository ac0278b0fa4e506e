/**
 * No broken link on the served site: linkinator crawls it from its root, following same-origin
 * pages, assets, CSS url()s and #fragments (other hosts, mailto: … are skipped: no network).
 */
import { expect, test } from '@playwright/test';
import { checkLinks } from '../support/checks';
import { siteUnderTest } from './support/site';

const MAX_SHOWN = 100;

test('every same-origin link, asset and #fragment of the site resolves', async () => {
  test.setTimeout(600_000);
  const site = siteUnderTest();
  const { broken, scanned } = await checkLinks(site.url);
  const rel = (u: string) => (u.startsWith(site.url) ? `/${u.slice(site.url.length)}` : u);
  const why = (b: { url: string; status: number }) => (b.status === 200 && b.url.includes('#') ? 'no such #anchor' : b.status || 'no response');
  const lines = broken.slice(0, MAX_SHOWN).map((b) => `${why(b)}: ${rel(b.url)}  ← ${b.parent ? rel(b.parent) : '(start)'}`);
  if (broken.length > MAX_SHOWN) lines.push(`… ${broken.length - MAX_SHOWN} more`);
  expect(scanned, 'links checked').toBeGreaterThan(0);
  expect(lines, `${broken.length} broken link(s):\n${lines.join('\n')}`).toEqual([]);
});
