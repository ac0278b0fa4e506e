// @ts-check
// Classic script, loaded by search.js when a search starts: runs Pagefind (online, or from the
// offline copy's search-data.<lang>.js on file://) and renders results, filters and counts.
(function () {
  /** @type {any} */
  var g = globalThis;
  var core = g.CdsSearchCore;
  var panel = document.getElementById('search');
  var form = document.getElementById('search-form');
  var input = /** @type {HTMLInputElement | null} */ (document.getElementById('q'));
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var filterBox = document.getElementById('search-filters');
  var more = /** @type {HTMLButtonElement | null} */ (document.getElementById('search-more'));
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!core || !panel || !form || !input || !status || !list || !filterBox || !more || !script) return;
  var box = input;
  var statusEl = status;
  var results = list;
  var filtersEl = filterBox;
  var moreButton = more;

  /** @type {Record<string, any>} */
  var strings = JSON.parse(panel.dataset.strings || '{}');
  var root = script.src.replace(/js\/[^/]*$/, '');
  var pagefindBase = root + 'pagefind/';
  var offline = location.protocol === 'file:';
  var lang = (document.documentElement.lang || 'vi').slice(0, 2);
  var PAGE = 10;
  var FILTERS = ['kind', 'topic', 'year'];

  /** @type {Record<string, string[]>} */
  var chosen = { kind: [], topic: [], year: [] };
  /** @type {Promise<any> | null} */
  var backend = null;
  var seq = 0;
  /** @type {{ entries: any[], query: string, shown: number }} */
  var current = { entries: [], query: '', shown: 0 };
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var timer;

  /** @param {string} key @param {Record<string, string | number>} [vars] */
  function say(key, vars) {
    var text = String(strings[key] || '');
    Object.keys(vars || {}).forEach(function (k) { text = text.split('{' + k + '}').join(String((vars || {})[k])); });
    return text;
  }

  /** @param {string} src @returns {Promise<void>} */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('offline-data')); };
      document.head.appendChild(s);
    });
  }

  /** Serves Pagefind's files from the offline copy's search-data script (base64 strings).
   * @param {string} url @returns {Promise<Response>} */
  function offlineFetch(url) {
    var key = String(url).split('/pagefind/').pop() || '';
    var b64 = (g.CdsSearchData || {})[key.split('?')[0] || ''];
    if (typeof b64 !== 'string') return Promise.resolve(new Response('', { status: 404 }));
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return Promise.resolve(new Response(bytes));
  }

  /** Pagefind, loaded once: its classic-script build, plus the search data on file://. */
  function getBackend() {
    if (backend) return backend;
    var data = offline
      ? loadScript(pagefindBase + 'search-data.' + lang + '.js').then(function () { g.CdsPagefindFetch = offlineFetch; })
      : Promise.resolve();
    backend = data
      .then(function () { return loadScript(pagefindBase + 'pagefind-classic.js'); })
      .then(function () {
        if (typeof WebAssembly !== 'object' || !g.CdsPagefind) throw new Error('unavailable');
        var pf = g.CdsPagefind.createInstance({
          basePath: pagefindBase, baseUrl: '/', noWorker: offline, ranking: core.RANKING, excerptLength: 28, excerptEllipsis: '…',
        });
        return pf.init()
          .then(function () { return pf.filters(); })
          .then(function (/** @type {Record<string, Record<string, number>>} */ all) { buildFilters(all); return pf; });
      });
    return backend;
  }

  /** Pagefind filter object from the chosen chips: any value within a group, all groups. */
  function pagefindFilters() {
    /** @type {Record<string, { any: string[] }>} */
    var out = {};
    FILTERS.forEach(function (f) { if ((chosen[f] || []).length) out[f] = { any: chosen[f] || [] }; });
    return out;
  }

  /** Keeps the query and filters in the address, so a search can be shared or reloaded.
   * @param {string} query */
  function syncUrl(query) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    FILTERS.forEach(function (f) { (chosen[f] || []).forEach(function (v) { params.append(f, v); }); });
    var qs = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
    } catch (e) { /* some browsers refuse replaceState on file:// */ }
  }

  /** @param {HTMLElement} el @param {string} text @param {string} query */
  function appendHighlighted(el, text, query) {
    core.highlight(text, query).forEach(function (/** @type {{ text: string, mark: boolean }} */ part) {
      if (!part.mark) { el.appendChild(document.createTextNode(part.text)); return; }
      var m = document.createElement('mark');
      m.textContent = part.text;
      el.appendChild(m);
    });
  }

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  /** One result as a list item: title link, kind and date, excerpt, and (timeline pages) events. */
  function renderResult(/** @type {any} */ d, /** @type {string} */ query) {
    var li = el('li', 'search-result');
    var h = el('h2', 'result-title');
    var a = /** @type {HTMLAnchorElement} */ (el('a', '', d.meta.title || d.raw_url));
    a.href = core.resultHref(root, d.raw_url || d.url, offline);
    h.appendChild(a);
    li.appendChild(h);
    var meta = el('p', 'result-meta small');
    var kind = d.filters && d.filters.kind && d.filters.kind[0];
    if (kind) meta.appendChild(el('span', 'badge', kind));
    if (d.meta.date) {
      // The page's own date text (lib/dates.ts publicationDateText), so search reads like the page.
      var time = /** @type {HTMLTimeElement} */ (el('time', 'result-date', d.meta.dateText || core.formatIsoDate(d.meta.date, lang)));
      time.dateTime = d.meta.date;
      meta.appendChild(time);
    }
    if (meta.childNodes.length) li.appendChild(meta);
    var p = el('p', 'result-excerpt');
    appendHighlighted(p, d.excerpt || '', query);
    li.appendChild(p);
    var events = core.rankSubResults(query, d.sub_results || [], 3);
    if (events.length && d.meta.kind === 'timeline') {
      var ul = el('ul', 'result-events');
      ul.setAttribute('aria-label', say('events'));
      events.forEach(function (/** @type {any} */ s) {
        var item = el('li');
        var link = /** @type {HTMLAnchorElement} */ (el('a', '', s.title));
        link.href = core.resultHref(root, s.url, offline);
        item.appendChild(link);
        var ex = el('span', 'small');
        ex.appendChild(document.createTextNode(' — '));
        appendHighlighted(ex, s.excerpt || '', query);
        item.appendChild(ex);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }

  /** Shows the next page of results (loading their data first); `focus` moves focus to the first new one. */
  function showMore(/** @type {number} */ token, /** @type {boolean} */ focus) {
    var slice = current.entries.slice(current.shown, current.shown + PAGE);
    return Promise.all(slice.map(function (e) { return e.load(); })).then(function (datas) {
      if (token !== seq) return;
      var items = datas.map(function (d) { return results.appendChild(renderResult(d, current.query)); });
      var link = items[0] && items[0].querySelector('a');
      if (focus && link) link.focus();
      current.shown += slice.length;
      moreButton.hidden = current.shown >= current.entries.length;
    });
  }

  /** Filter chips for every value in the index, built once: one fieldset per filter, checkboxes
   * inside, then a button that clears them. Counts are filled in by updateFilters. */
  function buildFilters(/** @type {Record<string, Record<string, number>>} */ all) {
    FILTERS.forEach(function (f) {
      var values = Object.keys(all[f] || {});
      if (!values.length) return;
      values.sort(f === 'year' ? function (a, b) { return b.localeCompare(a); } : function (a, b) { return a.localeCompare(b, lang); });
      var set = el('fieldset', 'filters');
      set.appendChild(el('legend', '', (strings.filters || {})[f] || f));
      values.forEach(function (v) {
        var label = el('label');
        var check = /** @type {HTMLInputElement} */ (el('input'));
        check.type = 'checkbox';
        check.name = f;
        check.value = v;
        check.checked = (chosen[f] || []).indexOf(v) !== -1;
        label.appendChild(check);
        label.appendChild(document.createTextNode(v + ' '));
        label.appendChild(el('span', 'filter-count'));
        set.appendChild(label);
      });
      filtersEl.appendChild(set);
    });
    var clear = /** @type {HTMLButtonElement} */ (el('button', 'filters-clear', say('clear')));
    clear.type = 'button';
    filtersEl.appendChild(clear);
  }

  /** Shows this search's count next to each filter value, and the clear button when one is on. */
  function updateFilters(/** @type {Record<string, Record<string, number>>} */ counts) {
    filtersEl.querySelectorAll('input[type="checkbox"]').forEach(function (node) {
      var check = /** @type {HTMLInputElement} */ (node);
      var count = check.parentElement && check.parentElement.querySelector('.filter-count');
      if (count) count.textContent = '(' + ((counts[check.name] || {})[check.value] || 0) + ')';
    });
    var clear = /** @type {HTMLElement | null} */ (filtersEl.querySelector('.filters-clear'));
    if (clear) clear.hidden = !FILTERS.some(function (f) { return (chosen[f] || []).length; });
    filtersEl.hidden = !filtersEl.querySelector('fieldset');
  }

  function run() {
    var query = core.normalizeQuery(box.value);
    var token = ++seq;
    syncUrl(query);
    if (!query) {
      results.textContent = '';
      filtersEl.hidden = true;
      moreButton.hidden = true;
      statusEl.textContent = say('idle');
      return Promise.resolve();
    }
    statusEl.textContent = say('loading');
    results.setAttribute('aria-busy', 'true');
    return getBackend().then(function (pf) {
      return core.runSearch(pf, query, pagefindFilters());
    }).then(function (/** @type {{ entries: any[], counts: Record<string, Record<string, number>> }} */ found) {
      if (token !== seq) return;
      current = { entries: found.entries, query: query, shown: 0 };
      results.textContent = '';
      updateFilters(found.counts);
      var n = found.entries.length;
      var active = FILTERS.some(function (f) { return (chosen[f] || []).length; });
      statusEl.textContent = say(n === 0 ? 'none' : n === 1 ? 'one' : 'many', { n: n, q: query }) + (active ? ' ' + say('filtered') : '');
      return showMore(token, false);
    }).catch(function (err) {
      if (token !== seq) return;
      statusEl.textContent = say(err && err.message === 'offline-data' ? 'offlineMissing' : 'unavailable');
    }).then(function () {
      if (token === seq) results.removeAttribute('aria-busy');
    });
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    FILTERS.forEach(function (f) { chosen[f] = params.getAll(f); });
    var q = params.get('q');
    if (q) box.value = q;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  });
  box.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown') return;
    var first = /** @type {HTMLElement | null} */ (results.querySelector('a'));
    if (first) { e.preventDefault(); first.focus(); }
  });
  filtersEl.addEventListener('change', function (e) {
    var t = /** @type {HTMLInputElement} */ (e.target);
    if (!t || t.type !== 'checkbox') return;
    var set = chosen[t.name] || [];
    chosen[t.name] = t.checked ? set.concat([t.value]) : set.filter(function (v) { return v !== t.value; });
    run();
  });
  filtersEl.addEventListener('click', function (e) {
    var t = /** @type {HTMLElement} */ (e.target);
    if (!t.classList.contains('filters-clear')) return;
    FILTERS.forEach(function (f) { chosen[f] = []; });
    filtersEl.querySelectorAll('input[type="checkbox"]').forEach(function (node) { /** @type {HTMLInputElement} */ (node).checked = false; });
    run().then(function () { box.focus(); });
  });
  moreButton.addEventListener('click', function () { showMore(seq, true); });

  readUrl();
  getBackend().catch(function () { /* reported when a search runs */ });
  if (box.value) run();
})();
