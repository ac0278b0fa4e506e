import { coreFileRoute } from './_input';

export const GET = coreFileRoute('indicators.json');
