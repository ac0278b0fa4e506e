// @ts-check
// Classic script: the pure part of the search (query folding, ranking, excerpts), shared by the
// search page (public/js/search-ui.js) and the unit tests. Sets globalThis.CdsSearchCore.
(function () {
  /** Pagefind ranking, tuned on this site's pages (see tests/e2e/search.test.ts):
   * articles are long and aggregate pages short, so page length counts for less than the default,
   * a term's first mentions count for more than its repetitions, titles weigh most, and the
   * index-only folded words (`fold`, `fold_title`) help find a page without lifting it. */
  var RANKING = {
    termFrequency: 0.8,
    pageLength: 0.45,
    termSaturation: 1.2,
    termSimilarity: 1.5,
    diacriticSimilarity: 0.8,
    metaWeights: { title: 5, fold_title: 4, fold: 0.2, date: 0 },
  };

  /** Score factor for a result found only through a variant of the query (d → đ) rather than as typed. */
  var VARIANT_FACTOR = 0.9;

  /** At most this many initial-d words get a đ variant (2^n searches). */
  var MAX_VARIANT_WORDS = 3;

  /**
   * Text without tone or vowel marks and with đ/Đ as d/D; case is kept.
   * @param {string} text
   * @returns {string}
   */
  function foldDiacritics(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
  }

  /**
   * Lower-case words of `text` (letters and digits; punctuation separates): "84,7 triệu" → ["84", "7", "triệu"].
   * @param {string} text
   * @returns {string[]}
   */
  function words(text) {
    return text.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{M}\p{N}]+/gu) || [];
  }

  /**
   * A query as typed, tidied: NFC, single spaces, at most 120 characters.
   * @param {string} q
   * @returns {string}
   */
  function normalizeQuery(q) {
    return q.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 120);
  }

  /**
   * The query as typed, then the same query with đ for d at the start of words typed with a
   * plain d ("dinh danh" → "dinh danh", "đinh danh", "dinh đanh", "đinh đanh"): in Vietnamese
   * đ only begins a syllable, and Pagefind folds every other mark itself.
   * @param {string} query
   * @returns {string[]}
   */
  function queryVariants(query) {
    var parts = normalizeQuery(query).split(' ');
    var slots = [];
    for (var i = 0; i < parts.length && slots.length < MAX_VARIANT_WORDS; i++) {
      if (/^d/i.test(parts[i] || '')) slots.push(i);
    }
    var out = [];
    for (var mask = 0; mask < 1 << slots.length; mask++) {
      var copy = parts.slice();
      for (var b = 0; b < slots.length; b++) {
        var at = /** @type {number} */ (slots[b]);
        if (mask & (1 << b)) copy[at] = 'đ' + (copy[at] || '').slice(1);
      }
      out.push(copy.join(' '));
    }
    return out;
  }

  /**
   * How closely `text` holds the query: 0 = as typed (the whole query as one phrase, marks
   * included), 1 = as a phrase once both are folded, 2 = otherwise. The last query word may be
   * the start of a word ("Phạm Minh Ch").
   * @param {string} query
   * @param {string} text
   * @returns {number}
   */
  function matchTier(query, text) {
    var q = words(query).join(' ');
    if (!q) return 2;
    var t = ' ' + words(text).join(' ');
    if (t.indexOf(' ' + q) !== -1) return 0;
    if (foldDiacritics(t).indexOf(' ' + foldDiacritics(q)) !== -1) return 1;
    return 2;
  }

  /**
   * @typedef {{ id: string, score: number }} Hit
   * Merges the hits of each query variant (the first list is the query as typed): one hit per
   * page, with its best score, variants counting VARIANT_FACTOR; sorted by score, best first.
   * @template {Hit} T
   * @param {T[][]} lists
   * @returns {{ hit: T, score: number, variant: number }[]}
   */
  function mergeVariantHits(lists) {
    /** @type {Map<string, { hit: T, score: number, variant: number }>} */
    var best = new Map();
    lists.forEach(function (list, variant) {
      var factor = variant === 0 ? 1 : VARIANT_FACTOR;
      list.forEach(function (hit) {
        var score = hit.score * factor;
        var seen = best.get(hit.id);
        if (!seen || score > seen.score) best.set(hit.id, { hit: hit, score: score, variant: variant });
      });
    });
    return Array.from(best.values()).sort(function (a, b) { return b.score - a.score; });
  }

  /**
   * Orders results by match tier (phrase as typed, folded phrase, scattered words), then score.
   * Stable for equal keys.
   * @template {{ tier: number, score: number }} R
   * @param {R[]} results
   * @returns {R[]}
   */
  function rankByTier(results) {
    return results
      .map(function (r, i) { return { r: r, i: i }; })
      .sort(function (a, b) { return a.r.tier - b.r.tier || b.r.score - a.r.score || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  /**
   * Splits an excerpt into plain and highlighted pieces: a word is highlighted when, folded, it
   * starts with a folded query word (as Pagefind matches), so "dinh" highlights "định".
   * @param {string} excerpt plain text
   * @param {string} query
   * @returns {{ text: string, mark: boolean }[]}
   */
  function highlight(excerpt, query) {
    var terms = words(foldDiacritics(query));
    /** @type {{ text: string, mark: boolean }[]} */
    var out = [];
    var re = /[\p{L}\p{M}\p{N}]+/gu;
    var last = 0;
    var m;
    while ((m = re.exec(excerpt))) {
      var w = words(foldDiacritics(m[0])).join('');
      var hit = terms.some(function (t) { return w.indexOf(t) === 0; });
      if (!hit) continue;
      if (m.index > last) out.push({ text: excerpt.slice(last, m.index), mark: false });
      out.push({ text: m[0], mark: true });
      last = m.index + m[0].length;
    }
    if (last < excerpt.length) out.push({ text: excerpt.slice(last), mark: false });
    return out;
  }

  /**
   * Pagefind's plain excerpt as text: it escapes < and > only.
   * @param {string} s
   * @returns {string}
   */
  function unescapeExcerpt(s) {
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  }

  /**
   * Link to a page from its site path ("/timeline/2024/#e-x"), relative to the site root URL;
   * from file:// folder URLs get index.html.
   * @param {string} root site root, ending in "/"
   * @param {string} path site path from Pagefind
   * @param {boolean} offline
   * @returns {string}
   */
  function resultHref(root, path, offline) {
    var m = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, '')) || ['', '', ''];
    var file = m[1] || '';
    if (offline && (file === '' || /\/$/.test(file))) file += 'index.html';
    return root + file + (m[2] || '');
  }

  var api = {
    RANKING: RANKING,
    VARIANT_FACTOR: VARIANT_FACTOR,
    foldDiacritics: foldDiacritics,
    words: words,
    normalizeQuery: normalizeQuery,
    queryVariants: queryVariants,
    matchTier: matchTier,
    mergeVariantHits: mergeVariantHits,
    rankByTier: rankByTier,
    highlight: highlight,
    unescapeExcerpt: unescapeExcerpt,
    resultHref: resultHref,
  };
  /** @type {any} */ (globalThis).CdsSearchCore = api;
})();
