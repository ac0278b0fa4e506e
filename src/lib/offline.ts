/** The offline copy of the site: a zip of every page in both languages that opens from file://.
 * Built by scripts/build/offline.ts; the data page links to it. */

/** Site-root path of the zip (pass it through `localePath`-free links: it is the same for both languages). */
export const OFFLINE_ZIP_PATH = '/downloads/cds-vn-offline.zip';

/** Folder inside the zip that holds the site (open `<folder>/index.html`). */
export const OFFLINE_FOLDER = 'cds-vn-offline';
