/**
 * Locating and launching a system Chromium for end-to-end tests.
 * No browser is ever downloaded: the machine's own Chromium is used.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface FindChromiumDeps {
  /** Absolute paths tried after CHROME_PATH and before PATH. Default ['/usr/bin/chromium']. */
  defaultPaths?: readonly string[];
  /** Whether a path is an executable file. Default: a real file-system check. */
  isExecutable?: (file: string) => boolean;
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const HOW_TO_INSTALL =
  'Install one with `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium` ' +
  '(Debian/Ubuntu), or set CHROME_PATH to the executable of an installed Chromium or Chrome.';

/**
 * Find a Chromium executable: $CHROME_PATH, else /usr/bin/chromium, else
 * `chromium`, `chromium-browser` or `google-chrome` on $PATH. Throws with
 * install instructions when none is found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, deps: FindChromiumDeps = {}): string {
  const isExec = deps.isExecutable ?? isExecutableFile;
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) {
    if (isExec(explicit)) return explicit;
    throw new Error(`CHROME_PATH is set to "${explicit}", which is not an executable file. ${HOW_TO_INSTALL}`);
  }
  for (const candidate of deps.defaultPaths ?? [DEFAULT_CHROMIUM]) {
    if (isExec(candidate)) return candidate;
  }
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExec(candidate)) return candidate;
    }
  }
  throw new Error(`No Chromium found (looked at CHROME_PATH, ${DEFAULT_CHROMIUM}, and ${CHROMIUM_NAMES.join(', ')} on PATH). ${HOW_TO_INSTALL}`);
}

export interface LaunchedBrowser {
  browser: Browser;
  /** A fresh context created with the given options. */
  context: BrowserContext;
  /** Open a new page in `context`. */
  newPage(): Promise<Page>;
  /** Close the context and the browser (idempotent). */
  close(): Promise<void>;
}

export type LaunchOptions = BrowserContextOptions & {
  /** Override the executable (default: findChromium()). */
  executablePath?: string;
};

/**
 * Launch headless system Chromium and create one browser context.
 * Options are Playwright context options (javaScriptEnabled, viewport,
 * locale, reducedMotion, colorScheme, baseURL, …).
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { executablePath = findChromium(), ...contextOptions } = options;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let context: BrowserContext;
  try {
    context = await browser.newContext(contextOptions);
  } catch (err) {
    await browser.close();
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    browser,
    context,
    newPage: () => context.newPage(),
    close() {
      closing ??= (async () => {
        await context.close().catch(() => {});
        await browser.close().catch(() => {});
      })();
      return closing;
    },
  };
}
