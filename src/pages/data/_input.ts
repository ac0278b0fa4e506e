import type { APIRoute } from 'astro';
import { dataKey } from '../../lib/cache-key';
import { lexicon, loadArticles } from '../../lib/content';
import { coreFiles, findFile, subsetFilesOf, subsetRows, type DatasetInput, type MetricRow, type SubsetKind } from '../../lib/dataset';

/** Everything the dataset files are built from, for this build. */
export async function datasetInput(site: URL | undefined): Promise<DatasetInput> {
  if (!site) throw new Error('dataset: astro.config `site` is not set');
  return { articles: await loadArticles(), ...lexicon(), site };
}

/** An endpoint serving one of the main files (metrics.csv, articles.json …). */
export function coreFileRoute(file: string): APIRoute {
  return async ({ site }) => new Response(findFile(coreFiles(await datasetInput(site)), file).body);
}

/** The props of a per-indicator or per-topic file: its rows, which its cache key covers. */
interface SubsetProps { rows: MetricRow[] }

/** `getStaticPaths` and endpoint of the per-indicator or per-topic files in `format`. Each file
 * takes its rows as props and is keyed on them (src/lib/cache-key.ts): after one report changes,
 * only the files of its indicators and topics are written again. */
export function subsetRoute(by: SubsetKind, format: 'csv' | 'json'): { getStaticPaths: () => Promise<{ params: { id: string }; props: SubsetProps; cacheKey: string }[]>; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const input = await datasetInput(new URL(import.meta.env.SITE));
      return (by === 'indicator' ? input.indicators : input.topics).map(({ id }) => {
        const rows = subsetRows(input, by, id);
        return { params: { id }, props: { rows }, cacheKey: dataKey(rows) };
      });
    },
    GET: ({ params, props }) => {
      const { rows } = props as SubsetProps;
      return new Response(findFile(subsetFilesOf(rows, by, params.id!), `${by}s/${params.id}.${format}`).body);
    },
  };
}
