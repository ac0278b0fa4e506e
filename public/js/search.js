// @ts-check
// Classic script on the search page only: loads the search code when a reader starts a search
// (focus or typing in the box, or a ?q= in the address), never before.
(function () {
  var panel = document.getElementById('search');
  var input = /** @type {HTMLInputElement | null} */ (document.getElementById('q'));
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!panel || !input || !script) return;
  var jsBase = script.src.replace(/[^/]*$/, '');
  var started = false;

  /** Loads search-core.js, search-view.js and search-ui.js (in that order), once. */
  function start() {
    if (started) return;
    started = true;
    ['search-core.js', 'search-view.js', 'search-ui.js'].forEach(function (name) {
      var s = document.createElement('script');
      s.src = jsBase + name;
      s.async = false;
      document.head.appendChild(s);
    });
  }

  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  if (/[?&]q=[^&]/.test(location.search)) start();
})();
