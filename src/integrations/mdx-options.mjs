// @ts-check
/** Options of @astrojs/mdx for the whole site, shared with the MDX property test
 * (tests/unit/ingest/mdx-body.test.ts). Article bodies are seed text: GFM would turn URLs and
 * e-mail addresses in it into links (escaping cannot stop that) and smart punctuation would
 * change its quotes and dashes, so both are off. */
export const MDX_OPTIONS = Object.freeze({ gfm: false, smartypants: false });
