// @ts-check
/* The first page of a long timeline year: a link to /timeline/<year>/#<event id> whose event is on a
 * later page of the year goes to that page (the map is in #later-pages). Without JavaScript the
 * page's month index leads there. */
(function () {
  var id = decodeURIComponent(location.hash.slice(1));
  var map = document.getElementById('later-pages');
  if (!id || !map || document.getElementById(id)) return;
  var page = JSON.parse(map.textContent || '{}')[id];
  if (!page) return;
  var file = /\/index\.html$/.test(location.pathname) ? 'index.html' : '';
  location.replace(page + '/' + file + location.hash);
})();
