/** Provided by the cds-vn integration (src/integrations/cds.ts). */
declare module 'virtual:cds/content' {
  /** Absolute path of the folder holding the article entries (*.mdx). */
  export const articlesDir: string;
}
