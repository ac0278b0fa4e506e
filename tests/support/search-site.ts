/** A small site on disk for the search index's tests (Pagefind in Node): its pages written to a
 * temporary folder, and Pagefind's requests of the classic runtime served from that folder. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FETCH_GLOBAL } from '../../scripts/build/search-runtime';

/** Writes `pages` (path → HTML) into a new temporary folder and returns it. */
export function writeSite(pages: Record<string, string>, prefix = 'cds-search-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

/** Serves the classic runtime's requests (site-absolute URLs, e.g. "/pagefind/…") from `dir`. */
export function serveSite(dir: string): void {
  (globalThis as unknown as Record<string, unknown>)[FETCH_GLOBAL] = async (url: string) => {
    try { return new Response(readFileSync(join(dir, String(url).split('?')[0]!))); } catch { return new Response('', { status: 404 }); }
  };
}

/** Removes the site written by writeSite and stops serving it. */
export function removeSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  delete (globalThis as unknown as Record<string, unknown>)[FETCH_GLOBAL];
}
