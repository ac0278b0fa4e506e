// @ts-check
/* The first page of a long timeline year: a link to /timeline/<year>/#<event id> whose event is on a
 * later page of the year goes to that page (the map, id → page, is the month index's
 * data-later-pages). Without JavaScript the month index leads there. */
(function () {
  var id = decodeURIComponent(location.hash.slice(1));
  var map = document.querySelector('[data-later-pages]');
  if (!id || !map || document.getElementById(id)) return;
  var page = JSON.parse(map.getAttribute('data-later-pages') || '{}')[id];
  if (!page) return;
  var file = /\/index\.html$/.test(location.pathname) ? 'index.html' : '';
  location.replace(page + '/' + file + location.hash);
})();
