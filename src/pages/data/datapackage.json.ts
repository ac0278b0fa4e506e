import type { APIRoute } from 'astro';
import { datapackageFile, packageMeta } from '../../lib/datapackage';
import { coreFiles } from '../../lib/dataset';
import { datasetInput } from './_input';

export const GET: APIRoute = async ({ site }) => {
  const input = await datasetInput(site);
  return new Response(datapackageFile(coreFiles(input), packageMeta(input)).body);
};
