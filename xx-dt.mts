import { findDates } from './scripts/ingest/dates';
console.log(findDates(process.argv[2]!).map((d: any) => JSON.stringify(d)).join('\n'));
