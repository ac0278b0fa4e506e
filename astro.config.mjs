// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import cds from './src/integrations/cds';
import { MDX_OPTIONS } from './src/integrations/mdx-options.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { storyMdxPlugin } from './src/lib/story-mdx/plugin.ts';

/** Public address of the site, used only for canonical links, feeds and the sitemap. All links
 * between pages are relative (made so on `astro:build:done` by the cds integration), so the same
 * dist/ works from any sub-path and from file://. */
const site = process.env.SITE_URL ?? 'https://cds-vn.example.org/';

/** Other corpora (tests, benchmarks): `CDS_SEEDS=DIR CDS_CONTENT=DIR CDS_ZIP=0 astro build --outDir DIR`;
 * `CDS_STRICT=1` turns ingest warnings into errors; `CDS_INCREMENTAL=0` renders and processes every page
 * afresh instead of taking unchanged ones from the last build (Astro's and ours).
 * Read here once and handed to the integration as options. */
const { CDS_SEEDS, CDS_CONTENT, CDS_ZIP, CDS_STRICT, CDS_INCREMENTAL, BUILD_TIMES_FILE } = process.env;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_astro' },
  // Story files (content/stories/*.mdx) are checked by their own plugin: numbers only by reference.
  // MDX_OPTIONS (no GFM, no smart punctuation) keeps article bodies exactly as the seed text.
  markdown: { processor: satteri({ mdastPlugins: [storyMdxPlugin()] }) },
  // cds comes last: its build:done hook moves the finished site into place.
  integrations: [
    mdx(MDX_OPTIONS),
    sitemap({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-US' } } }),
    cds({ seeds: CDS_SEEDS, content: CDS_CONTENT, zip: CDS_ZIP !== '0', timesFile: BUILD_TIMES_FILE, strict: CDS_STRICT === '1', incremental: CDS_INCREMENTAL !== '0' }),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-key.ts) and whose inputs did not
  // change are restored from the last build instead of rendered again.
  experimental: { incrementalBuild: CDS_INCREMENTAL !== '0' },
});
