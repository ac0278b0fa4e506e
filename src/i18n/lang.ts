/** The site's languages: Vietnamese at the root, English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The `[...lang]` route param of `lang`: none at the root (vi), `en` under /en/. */
export function langParam(lang: Lang): string | undefined {
  return lang === 'vi' ? undefined : lang;
}

/** `getStaticPaths` params for a `[...lang]` route: root (vi) and `en`. */
export function langParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { lang: langParam('vi') }, props: { lang: 'vi' } },
    { params: { lang: langParam('en') }, props: { lang: 'en' } },
  ];
}

/** Site-root path of `path` in `lang`: localePath('en', '/timeline/') → '/en/timeline/'. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === 'vi' ? clean : `/en${clean}`;
}

/** The other language's path for the page at `pathname` (keeps the reader on the same page). */
export function alternatePath(pathname: string, to: Lang): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return localePath(to, bare);
}

/** Language of a site-root path. */
export function langOfPath(pathname: string): Lang {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'vi';
}

/** BCP 47 tag for `lang`, used for html[lang] and Intl. */
export function locale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}
