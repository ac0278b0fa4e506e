import type { APIRoute } from 'astro';
import { lexicon, loadArticles } from '../../lib/content';
import { coreFiles, findFile, subsetFiles, type DatasetInput, type SubsetKind } from '../../lib/dataset';

/** Everything the dataset files are built from, for this build. */
export async function datasetInput(site: URL | undefined): Promise<DatasetInput> {
  if (!site) throw new Error('dataset: astro.config `site` is not set');
  return { articles: await loadArticles(), ...lexicon(), site };
}

/** An endpoint serving one of the main files (metrics.csv, articles.json …). */
export function coreFileRoute(file: string): APIRoute {
  return async ({ site }) => new Response(findFile(coreFiles(await datasetInput(site)), file).body);
}

/** `getStaticPaths` and endpoint of the per-indicator or per-topic files in `format`. */
export function subsetRoute(by: SubsetKind, format: 'csv' | 'json'): { getStaticPaths: () => { params: { id: string } }[]; GET: APIRoute } {
  return {
    getStaticPaths: () => (by === 'indicator' ? lexicon().indicators : lexicon().topics).map(({ id }) => ({ params: { id } })),
    GET: async ({ params, site }) => new Response(findFile(subsetFiles(await datasetInput(site), by, params.id!), `${by}s/${params.id}.${format}`).body),
  };
}
