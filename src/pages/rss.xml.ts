import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/t';
import { loadArticles } from '../lib/content';
import { feedItems } from '../lib/feed';

export const GET: APIRoute = async ({ site }) => rss({ title: t('vi', 'site.name'), description: t('vi', 'site.tagline'), site: site!, items: feedItems(await loadArticles(), 'vi') });
