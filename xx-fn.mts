import { findNumbers } from './scripts/ingest/numbers.ts';
console.log(JSON.stringify(findNumbers(process.argv[2]!).map((n: any) => [n.text, n.unit, n.kind, n.qualifier])));
