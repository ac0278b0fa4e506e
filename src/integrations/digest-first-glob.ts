/**
 * Astro's glob loader, with an unchanged entry's frontmatter left unparsed. The glob loader reads
 * each file, parses its frontmatter (YAML) to learn its id, and only then compares the file's
 * digest with the one stored by the last build, skipping everything else when they match. Our
 * article entries carry the extracted data in their frontmatter (most of each file), so after one
 * seed changes, a rebuild parsed ~18 MB of YAML (0.6–0.8 s at 1,000 articles) to skip 999 of
 * them. Here the entry type's `getEntryInfo` answers first from the data store: a file whose
 * digest is the one stored for it gets back only its stored id (as `slug`, which the glob loader
 * takes as the id), so the loader finds the stored entry and skips it as before. Any other file —
 * new, changed, moved — is parsed as Astro does.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

/** The part of an entry type this module calls (Astro passes its content entry types to the glob
 * loader as `entryTypes`, keyed by extension, beside the documented context). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** The stored entries that came from a file: their ids by absolute path (`root` is the project root). */
export function idsByPath(entries: Iterable<[string, { filePath?: string }]>, root: string): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const [id, e] of entries) if (e.filePath) byPath.set(resolve(root, e.filePath), id);
  return byPath;
}

/** `type` whose getEntryInfo returns `{ data: { slug: id } }` for a file stored under `id` (found in
 * `ids` by its path) whose contents have the digest the store holds for it now (`storedDigest`,
 * read at each call, so an entry changed since, in dev, is compared with its new digest); any other
 * file is parsed. */
export function digestFirst<T extends EntryType>(type: T, ids: Map<string, string>, storedDigest: (id: string) => string | undefined, digest: (contents: string) => string): T {
  return {
    ...type,
    getEntryInfo(params: { fileUrl: URL; contents: string }) {
      const id = ids.get(fileURLToPath(params.fileUrl));
      const known = id === undefined ? undefined : storedDigest(id);
      if (id !== undefined && known !== undefined && known === digest(params.contents)) return { data: { slug: id }, body: '', slug: id };
      return type.getEntryInfo(params);
    },
  };
}

/** `glob(options)` whose unchanged entries (same file, same digest as stored) skip the frontmatter
 * parse. Use only for collections whose ids come from the frontmatter's `slug` or the file name,
 * never from a custom `generateId` that reads other data. */
export function digestFirstGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'digest-first-glob',
    load(context: LoaderContext) {
      const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(types instanceof Map)) return inner.load(context);
      const ids = idsByPath(context.store.entries(), fileURLToPath(context.config.root));
      const storedDigest = (id: string) => {
        const d = context.store.get(id)?.digest;
        return d === undefined ? undefined : String(d);
      };
      const digest = (contents: string) => String(context.generateDigest(contents));
      const entryTypes = new Map([...types].map(([ext, type]) => [ext, digestFirst(type, ids, storedDigest, digest)]));
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}
