// @ts-check
// Classic script, loaded after search-core.js: how results are shown (highlighted excerpts, links,
// dates, a page's sections). Adds its functions to globalThis.CdsSearchCore.
(function () {
  /** @type {any} */
  var core = /** @type {any} */ (globalThis).CdsSearchCore;

  /**
   * The sub-results of a page worth showing (anchored sections with a title, such as timeline
   * events), best first: those whose title holds the query as a phrase, then those with most hits.
   * @template {{ title?: string, anchor?: { element?: string }, locations?: number[] }} S
   * @param {string} query
   * @param {S[]} subs
   * @param {number} max
   * @returns {S[]}
   */
  function rankSubResults(query, subs, max) {
    return subs
      .filter(function (s) { return s.anchor && s.anchor.element !== 'h1' && s.title; })
      .map(function (s, i) { return { s: s, i: i, tier: core.matchTier(query, s.title || ''), hits: (s.locations || []).length }; })
      .sort(function (a, b) { return a.tier - b.tier || b.hits - a.hits || a.i - b.i; })
      .slice(0, max)
      .map(function (x) { return x.s; });
  }

  /**
   * Comparison key of a query word or a word of text: folded, lower case, letters and digits only
   * ("E-Government" → "egovernment", "84,7" → "847", "Điện," → "dien"), as Pagefind reads words.
   * @param {string} token
   * @returns {string}
   */
  function wordKey(token) {
    return core.foldDiacritics(token).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  }

  /**
   * Splits a Pagefind excerpt (text whose `<` and `>` are escaped, with `<mark>` around the words
   * Pagefind located) into plain and highlighted pieces. Besides Pagefind's marks, a word is
   * highlighted when its key starts with a query word's key, so "dinh" also highlights "định".
   * Punctuation around a word stays unmarked.
   * @param {string} excerpt
   * @param {string} query
   * @returns {{ text: string, mark: boolean }[]}
   */
  function highlight(excerpt, query) {
    /** @type {string[]} */
    var terms = String(core.normalizeQuery(query)).split(' ').map(wordKey).filter(Boolean);
    /** @type {{ text: string, mark: boolean }[]} */
    var out = [];
    /** @param {string} text @param {boolean} mark */
    function push(text, mark) {
      if (!text) return;
      var last = out[out.length - 1];
      if (last && last.mark === mark) last.text += text;
      else out.push({ text: text, mark: mark });
    }
    /** @param {string} text @param {boolean} located */
    function addWords(text, located) {
      var re = /\S+/g;
      var at = 0;
      var m;
      while ((m = re.exec(text))) {
        var key = wordKey(m[0]);
        var hit = located || terms.some(function (t) { return key.indexOf(t) === 0; });
        var core = hit ? /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/u.exec(m[0]) : null;
        if (!core) continue;
        push(text.slice(at, m.index + core.index), false);
        push(core[0], true);
        at = m.index + core.index + core[0].length;
      }
      push(text.slice(at), false);
    }
    var located = false;
    excerpt.split(/(<\/?mark>)/).forEach(function (seg) {
      if (seg === '<mark>' || seg === '</mark>') { located = seg === '<mark>'; return; }
      addWords(unescapeExcerpt(seg), located);
    });
    return out;
  }

  /**
   * Pagefind's excerpt text as plain text: it escapes < and > only.
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

  /**
   * A date from page metadata (ISO, as precise as the source: "2024", "2024-07", "2024-07-19")
   * in the page's language: vi "19/7/2024", "7/2024"; en "19 Jul 2024", "Jul 2024".
   * @param {string} iso
   * @param {string} lang
   * @returns {string}
   */
  function formatIsoDate(iso, lang) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
    if (!m) return iso;
    var y = m[1], mo = m[2] ? Number(m[2]) : 0, d = m[3] ? Number(m[3]) : 0;
    if (lang === 'vi') return (d ? d + '/' : '') + (mo ? mo + '/' : '') + y;
    var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return (d ? d + ' ' : '') + (mo ? months[mo - 1] + ' ' : '') + y;
  }

  core.rankSubResults = rankSubResults;
  core.wordKey = wordKey;
  core.highlight = highlight;
  core.unescapeExcerpt = unescapeExcerpt;
  core.resultHref = resultHref;
  core.formatIsoDate = formatIsoDate;
})();
