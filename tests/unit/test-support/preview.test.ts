import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../e2e/support/site';
import { folderRedirect, normaliseBase, previewDir, siteAt, type PreviewedSite } from '../../support/preview';

const GOOD = path.join(REPO_ROOT, 'tests/fixtures/good-site');

describe('normaliseBase and siteAt', () => {
  it('normalise a sub-path to /…/ and resolve site paths below the root', () => {
    expect(['', '/', 'a/b', '/a/b/', '//a/'].map(normaliseBase)).toEqual(['/', '/', '/a/b/', '/a/b/', '/a/']);
    const site = siteAt('http://127.0.0.1:9/x');
    expect(site.url).toBe('http://127.0.0.1:9/x/');
    expect(site.resolve('/en/')).toBe('http://127.0.0.1:9/x/en/');
    expect(site.resolve('data/a.csv')).toBe('http://127.0.0.1:9/x/data/a.csv');
  });
});

describe('previewDir', () => {
  let site: PreviewedSite;
  beforeAll(async () => { site = await previewDir(GOOD, { base: 'cds' }); }, 60_000);
  afterAll(() => site?.close());

  it('serves a folder under a sub-path on 127.0.0.1, with its 404 page for what is missing', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cds\/$/);
    const en = await fetch(site.resolve('en/'));
    expect(en.status).toBe(200);
    expect(await en.text()).toContain('National digital transformation');
    expect((await fetch(site.resolve('style.css'))).headers.get('content-type')).toMatch(/text\/css/);
    const missing = await fetch(site.resolve('no-such-page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
    expect((await fetch(site.url.replace('/cds/', '/other/'))).status).toBe(404);
  });

  it('redirects a folder asked for without its trailing slash, like a static host', async () => {
    const r = await fetch(site.resolve('about'), { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/cds/about/');
  });
});

describe('folderRedirect', () => {
  it('sends a folder asked for without its trailing slash to the folder, keeping the query', () => {
    expect(folderRedirect(GOOD, '/', '/about')).toBe('/about/');
    expect(folderRedirect(GOOD, '/a/b/', '/a/b/about?x=1')).toBe('/a/b/about/?x=1');
    expect(folderRedirect(GOOD, '/a/b/', '/a/b')).toBe('/a/b/');
  });

  it('leaves files, folders with their slash, missing paths and paths outside the site alone', () => {
    for (const url of ['/about/', '/style.css', '/nope', '/%E0%A4%A', '/../good-site', '/about/../..']) {
      expect(folderRedirect(GOOD, '/', url), url).toBeUndefined();
    }
    expect(folderRedirect(GOOD, '/a/b/', '/about')).toBeUndefined();
  });
});
