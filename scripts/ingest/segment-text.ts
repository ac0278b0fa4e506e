/** A piece of an article's text and where it starts, and the trimming that keeps that offset exact (segment.ts and
 * sentences.ts share them; a module of its own so that neither imports the other). Pure. */

export interface Segment {
  text: string;
  offset: number;
}

const EDGE_WS = /^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g;

/** `raw` (at `offset`) with outer whitespace (incl. NBSP, zero-width) removed; offset kept exact. */
export function trimSegment(raw: string, offset: number): Segment {
  const lead = raw.length - raw.replace(/^[\s\u200b-\u200d\ufeff]+/, '').length;
  return { text: raw.replace(EDGE_WS, ''), offset: offset + lead };
}
