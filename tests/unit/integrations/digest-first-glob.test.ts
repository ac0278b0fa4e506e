import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { digestFirst, digestFirstGlob, idsByPath } from '../../../src/integrations/digest-first-glob';

const digest = (s: string) => `d${s.length}`;
const parsed = { data: { slug: 'parsed', title: 'T' }, body: 'text' };

describe('idsByPath', () => {
  it('keys the stored entries that came from a file by their absolute path', () => {
    const map = idsByPath([['a', { filePath: 'content/articles/a.mdx' }], ['b', { filePath: 'content/articles/b.mdx' }], ['c', {}]], '/site');
    expect([...map]).toEqual([['/site/content/articles/a.mdx', 'a'], ['/site/content/articles/b.mdx', 'b']]);
  });
});

describe('digestFirst', () => {
  const digests = new Map([['stored-id', 'd5']]);
  const type = { extensions: ['.mdx'], getEntryInfo: vi.fn((_params: { fileUrl: URL; contents: string }) => parsed) };
  const wrapped = digestFirst(type, new Map([['/site/a.mdx', 'stored-id']]), (id) => digests.get(id), digest);
  const file = (path: string) => pathToFileURL(path);

  it('answers an unchanged file with its stored id, without parsing it', () => {
    type.getEntryInfo.mockClear();
    expect(wrapped.getEntryInfo({ fileUrl: file('/site/a.mdx'), contents: 'hello' })).toEqual({ data: { slug: 'stored-id' }, body: '', slug: 'stored-id' });
    expect(type.getEntryInfo).not.toHaveBeenCalled();
    expect(wrapped.extensions).toEqual(['.mdx']);
  });

  it('parses a changed file, a new file and a file stored under another path', () => {
    type.getEntryInfo.mockClear();
    expect(wrapped.getEntryInfo({ fileUrl: file('/site/a.mdx'), contents: 'hello!' })).toBe(parsed);
    expect(wrapped.getEntryInfo({ fileUrl: file('/site/b.mdx'), contents: 'hello' })).toBe(parsed);
    expect(wrapped.getEntryInfo({ fileUrl: file('/other/a.mdx'), contents: 'hello' })).toBe(parsed);
    expect(type.getEntryInfo).toHaveBeenCalledTimes(3);
  });

  it('compares with the digest stored now: a file changed back to its first contents (dev) is parsed', () => {
    type.getEntryInfo.mockClear();
    digests.set('stored-id', 'd6');
    expect(wrapped.getEntryInfo({ fileUrl: file('/site/a.mdx'), contents: 'hello' })).toBe(parsed);
    digests.delete('stored-id');
    expect(wrapped.getEntryInfo({ fileUrl: file('/site/a.mdx'), contents: 'hello' })).toBe(parsed);
    expect(type.getEntryInfo).toHaveBeenCalledTimes(2);
    digests.set('stored-id', 'd5');
  });
});

describe('digestFirstGlob', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cds-digest-glob-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const entry = (slug: string, text: string) => `---\nslug: "${slug}"\ntitle: "${text}"\n---\n${text}\n`;
  const hash = (s: string) => createHash('sha1').update(s).digest('hex');

  /** Loads the folder twice through `loader` (b.mdx changed in between) over one store; returns
   * the files parsed each time and the store's entries after each load. */
  async function twice(loader: Loader) {
    mkdirSync(join(tmp, 'articles'), { recursive: true });
    writeFileSync(join(tmp, 'articles', 'a.mdx'), entry('bai-a', 'A'));
    writeFileSync(join(tmp, 'articles', 'b.mdx'), entry('bai-b', 'B'));
    const store = new Map<string, Record<string, unknown>>();
    const fake = {
      keys: () => [...store.keys()], entries: () => [...store.entries()], get: (id: string) => store.get(id),
      set: (e: Record<string, unknown>) => { store.set(e.id as string, e); return true; }, delete: (id: string) => store.delete(id),
      has: (id: string) => store.has(id), addModuleImport: () => {}, addAssetImports: () => {},
    };
    const parsedFiles: string[] = [];
    const mdx = { extensions: ['.mdx'], contentModuleTypes: '', getEntryInfo: ({ fileUrl, contents }: { fileUrl: URL; contents: string }) => {
      parsedFiles.push(fileUrl.pathname.split('/').pop()!);
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      return { data: parse(yaml) as Record<string, unknown>, body };
    } };
    const context = {
      collection: 'articles', store: fake, logger: { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() },
      config: { root: pathToFileURL(`${tmp}/`), srcDir: pathToFileURL(`${tmp}/src/`) }, generateDigest: hash,
      parseData: async ({ data }: { data: Record<string, unknown> }) => data, entryTypes: new Map([['.mdx', mdx]]),
    } as unknown as LoaderContext;
    await loader.load(context);
    const first = { parsed: [...parsedFiles].sort(), entries: structuredClone([...store.entries()].sort()) };
    parsedFiles.length = 0;
    writeFileSync(join(tmp, 'articles', 'b.mdx'), entry('bai-b', 'B2'));
    await loader.load(context);
    return { first, second: { parsed: [...parsedFiles].sort(), entries: [...store.entries()].sort() } };
  }

  it('parses only the changed file on the second load, and stores what the glob loader stores', async () => {
    const plain = await twice(glob({ pattern: '*.mdx', base: join(tmp, 'articles') }));
    const ours = await twice(digestFirstGlob({ pattern: '*.mdx', base: join(tmp, 'articles') }));
    expect(plain.first.parsed).toEqual(['a.mdx', 'b.mdx']);
    expect(plain.second.parsed).toEqual(['a.mdx', 'b.mdx']);
    expect(ours.first.parsed).toEqual(['a.mdx', 'b.mdx']);
    expect(ours.second.parsed).toEqual(['b.mdx']);
    expect(ours.first.entries).toEqual(plain.first.entries);
    expect(ours.second.entries).toEqual(plain.second.entries);
    expect(ours.second.entries.map(([id, e]) => [id, (e.data as { title: string }).title])).toEqual([['bai-a', 'A'], ['bai-b', 'B2']]);
  });
});
