// @ts-check
// Classic script: the pure part of the search (query folding, variants, phrase ranking), shared
// by the search page (public/js/search-ui.js) and the unit tests. Sets globalThis.CdsSearchCore;
// search-view.js adds the display helpers to it.
(function () {
  /** Pagefind ranking, tuned on this site's pages: articles are long and aggregate pages short,
   * so page length counts for less than the default, a term's first mentions for more than its
   * repetitions, titles weigh most, and the index-only folded words (`fold`, `fold_title`) help
   * find a page without lifting it. Chosen by a grid search (243 settings) over the queries of
   * tests/e2e/search.test.ts on the seed site: Pagefind's defaults put the expected page first for
   * 30 of 35 queries (34 with the đ variants and phrase ranking below), these settings for 33 (35). */
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
   * Words of `text` for phrase matching: split on spaces, punctuation trimmed at both ends, lower
   * case, and decimal or group marks inside numbers dropped ("84,7" and "84.7" → "847"). Words
   * joined by a hyphen or a dot stay one word, so a slug such as "kinh-te-so" or a file name is not
   * taken for the phrase "kinh tế số".
   * @param {string} text
   * @returns {string[]}
   */
  function phraseWords(text) {
    var out = [];
    var tokens = text.normalize('NFC').toLocaleLowerCase('vi').split(/[\s\u00a0\u200b]+/);
    for (var i = 0; i < tokens.length; i++) {
      var core = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/u.exec(tokens[i] || '');
      if (core) out.push(core[0].replace(/(\p{N})[.,](?=\p{N})/gu, '$1'));
    }
    return out;
  }

  /**
   * How closely `text` holds the query: 0 = the whole query as one phrase, as typed (marks
   * included, case aside), 1 = as a phrase once both are folded, 2 = otherwise. The last query
   * word may be the start of a word ("Phạm Minh Ch").
   * @param {string} query
   * @param {string} text
   * @returns {number}
   */
  function matchTier(query, text) {
    var q = phraseWords(query);
    if (!q.length) return 2;
    var t = phraseWords(text);
    if (containsPhrase(t, q)) return 0;
    return containsPhrase(t.map(foldDiacritics), q.map(foldDiacritics)) ? 1 : 2;
  }

  /**
   * Whether `words` holds `phrase` in a row, the last phrase word as a prefix.
   * @param {string[]} words
   * @param {string[]} phrase
   * @returns {boolean}
   */
  function containsPhrase(words, phrase) {
    var n = phrase.length;
    var last = phrase[n - 1] || '';
    for (var i = 0; i + n <= words.length; i++) {
      var ok = true;
      for (var j = 0; j < n - 1 && ok; j++) ok = words[i + j] === phrase[j];
      if (ok && (words[i + n - 1] || '').indexOf(last) === 0) return true;
    }
    return false;
  }

  /** @typedef {{ id: string, score: number, data: () => Promise<any> }} Hit */

  /**
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
   * Highest count of each filter value over the responses of a query's variants.
   * @param {{ filters?: Record<string, Record<string, number>> }[]} responses
   * @returns {Record<string, Record<string, number>>}
   */
  function mergeCounts(responses) {
    /** @type {Record<string, Record<string, number>>} */
    var out = {};
    responses.forEach(function (r) {
      var filters = r.filters || {};
      Object.keys(filters).forEach(function (f) {
        var counts = out[f] = out[f] || {};
        var got = filters[f] || {};
        Object.keys(got).forEach(function (v) { counts[v] = Math.max(counts[v] || 0, got[v] || 0); });
      });
    });
    return out;
  }

  /**
   * A result: `data` is loaded for the first RERANK results (they are ranked on it), `load()` gives it for any.
   * @typedef {{ data?: any, load: () => Promise<any> }} Entry
   */

  /** Results whose data is read to rank them by phrase (the rest keep Pagefind's order). */
  var RERANK = 30;

  /**
   * Runs a search the site's way on a Pagefind instance `pf`: the query as typed and its đ
   * variants, merged; the first RERANK results ranked by phrase tier (matchTier on title and text)
   * then score.
   * @param {{ search: (q: string, o: any) => Promise<any> }} pf
   * @param {string} query
   * @param {Record<string, { any: string[] }>} filters
   * @returns {Promise<{ entries: Entry[], counts: Record<string, Record<string, number>> }>}
   */
  function runSearch(pf, query, filters) {
    var q = normalizeQuery(query);
    return Promise.all(queryVariants(q).map(function (v) { return pf.search(v, { filters: filters }); }))
      .then(function (responses) {
        var merged = mergeVariantHits(responses.map(function (r) { return r.results; }));
        var head = merged.slice(0, RERANK);
        return Promise.all(head.map(function (m) { return m.hit.data(); })).then(function (datas) {
          var ranked = rankByTier(head.map(function (m, i) {
            var d = datas[i];
            var tier = Math.min(matchTier(q, (d.meta && d.meta.title) || ''), matchTier(q, d.content || ''));
            return { tier: tier, score: m.score, data: d, load: function () { return Promise.resolve(d); } };
          }));
          /** @type {Entry[]} */
          var rest = merged.slice(RERANK).map(function (m) { return { load: function () { return m.hit.data(); } }; });
          return { entries: /** @type {Entry[]} */ (ranked).concat(rest), counts: mergeCounts(responses) };
        });
      });
  }

  var api = {
    RERANK: RERANK,
    mergeCounts: mergeCounts,
    runSearch: runSearch,
    RANKING: RANKING,
    VARIANT_FACTOR: VARIANT_FACTOR,
    foldDiacritics: foldDiacritics,
    normalizeQuery: normalizeQuery,
    queryVariants: queryVariants,
    matchTier: matchTier,
    phraseWords: phraseWords,
    mergeVariantHits: mergeVariantHits,
    rankByTier: rankByTier,
  };
  /** @type {any} */ (globalThis).CdsSearchCore = api;
})();
