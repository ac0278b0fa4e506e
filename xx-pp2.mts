import { readFileSync } from 'node:fs';
import { isProvincialPage } from './scripts/ingest/plan-scope';
import { isOwnProvinceReport, opensPageOnProvince } from './scripts/ingest/province-own';
const ps = JSON.parse(readFileSync('/tmp/ps.json', 'utf8'));
for (const n of [2, 3]) console.log(n, isProvincialPage(ps.slice(0, n), false), isOwnProvinceReport(ps.slice(0, n)), opensPageOnProvince(ps.slice(0, n), false));
