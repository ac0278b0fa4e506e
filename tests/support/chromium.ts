/**
 * The machine's own Chromium for Playwright Test, the screenshots and the benchmarks.
 * No browser is ever downloaded: set CHROME_PATH, or install `chromium` with apt-get.
 */

/** The Chromium executable: $CHROME_PATH, else /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH?.trim() || '/usr/bin/chromium';
}

/** Command-line flags for a headless, quiet Chromium on a CI machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
