// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { storyMdxPlugin } from './src/lib/story-mdx/plugin.ts';

/** Public address of the site, used only for canonical links, feeds and the sitemap. All links
 * between pages are relative (see scripts/build/relativize.ts), so the same dist/ works from any
 * sub-path and from file://. */
const site = process.env.SITE_URL ?? 'https://cds-vn.example.org/';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_astro' },
  // Story files (content/stories/*.mdx) are checked by their own plugin: numbers only by reference.
  markdown: { processor: satteri({ mdastPlugins: [storyMdxPlugin()] }) },
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-US' } } })],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
});
