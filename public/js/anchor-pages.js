// @ts-check
/* The first page of a long timeline year: a link to /timeline/<year>/#<event id> whose event is on a
 * later page of the year goes to that page. The map (id → page) grows with the year, so it is not in
 * the page: the month index's data-later-pages names its script (from the site root), loaded only
 * when the hash names an event this page does not hold. Without JavaScript the month index leads there. */
(function () {
  var id = decodeURIComponent(location.hash.slice(1));
  var nav = document.querySelector('[data-later-pages]');
  var me = document.currentScript;
  if (!id || !nav || !me || document.getElementById(id)) return;
  var script = document.createElement('script');
  script.src = new URL('../' + nav.getAttribute('data-later-pages'), /** @type {HTMLScriptElement} */ (me).src).href;
  script.onload = function () {
    var page = (/** @type {any} */ (window).cdsLaterPages || {})[id];
    if (!page) return;
    var file = /\/index\.html$/.test(location.pathname) ? 'index.html' : '';
    location.replace(page + '/' + file + location.hash);
  };
  document.head.appendChild(script);
})();
