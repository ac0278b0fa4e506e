/**
 * Where the time goes: self time of a V8 CPU profile (`node --cpu-prof`) summed by package (for
 * node_modules) or by source file (for this project), so `npm run bench -- --profile` can say which
 * code dominates a build.
 */
import { readFileSync } from 'node:fs';

/** The parts of a .cpuprofile this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber?: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The group a script URL belongs to: "astro", "@astrojs/mdx", "src/lib/timeline.ts", "(gc)", "node:fs" … */
export function groupOf(url: string, functionName = ''): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const [a, b] = url.slice(nm + 14).split('/');
    return a?.startsWith('@') ? `${a}/${b}` : (a ?? url);
  }
  const own = /\/(src|scripts)\/(.*?)(?:\?.*)?$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url.replace(/^file:\/\//, '');
}

/** Self milliseconds per group, largest first. */
export function summarizeProfile(profile: CpuProfile): [string, number][] {
  const groupOfNode = new Map(profile.nodes.map((n) => [n.id, groupOf(n.callFrame.url, n.callFrame.functionName)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const g = groupOfNode.get(id) ?? '(unknown)';
    totals.set(g, (totals.get(g) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Self milliseconds per function ("formatPlain src/lib/format.ts:8"), largest first; V8's own
 * entries ("(idle)", "(garbage collector)") are left out. */
export function topFunctions(profile: CpuProfile): [string, number][] {
  const nameOf = new Map(profile.nodes.map((n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return [n.id, url ? `${functionName || '(anonymous)'} ${groupOf(url)}:${(lineNumber ?? 0) + 1}` : ''];
  }));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = nameOf.get(id);
    if (name) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The `top` heaviest groups and functions of a .cpuprofile file, as "  12.3 s  astro" lines. */
export function profileReport(file: string, top = 12): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const rows = summarizeProfile(profile);
  const total = rows.reduce((n, [, ms]) => n + ms, 0);
  const line = ([g, ms]: [string, number]) => `${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${g}`;
  return [`total sampled ${(total / 1000).toFixed(1)} s; by package or file:`, ...rows.slice(0, top).map(line), 'by function (self time):', ...topFunctions(profile).slice(0, top).map(line)];
}
