// @ts-check
// Classic script (works from file://): brings data stories to life. Every step's chart is already in
// the page; this only marks the step being read and shows its chart in the sticky graphic (wide
// screens), with a cross-fade that CSS turns off under prefers-reduced-motion. Keyboard: the
// step links (#step-…) and previous/next links move the reading position and focus.
(function () {
  var reduce = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  /** @param {HTMLElement} root */
  function setup(root) {
    var steps = /** @type {HTMLElement[]} */ (Array.prototype.slice.call(root.querySelectorAll('.scrolly-step[data-step]')));
    var frames = /** @type {HTMLElement[]} */ (Array.prototype.slice.call(root.querySelectorAll('.scrolly-graphic .frame[data-step]')));
    if (steps.length === 0) return;
    var current = '';

    /** @param {string} id */
    function activate(id) {
      if (!id || id === current) return;
      current = id;
      root.setAttribute('data-active-step', id);
      steps.forEach(function (s) {
        var on = s.getAttribute('data-step') === id;
        s.classList.toggle('is-active', on);
        if (on) s.setAttribute('aria-current', 'step');
        else s.removeAttribute('aria-current');
      });
      frames.forEach(function (f) {
        f.classList.toggle('is-active', f.getAttribute('data-step') === id);
      });
    }

    /** @param {string} hash */
    function stepOfHash(hash) {
      var el = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      var step = el && el.closest ? el.closest('.scrolly-step') : null;
      return step && root.contains(step) ? /** @type {HTMLElement} */ (step) : null;
    }

    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) activate(/** @type {HTMLElement} */ (entry.target).getAttribute('data-step') || '');
        });
      }, { rootMargin: '-45% 0px -45% 0px', threshold: 0 });
      steps.forEach(function (s) { observer.observe(s); });
    }

    // Keyboard and screen-reader users: a step that takes focus becomes the active one.
    root.addEventListener('focusin', function (e) {
      var step = e.target instanceof Element ? e.target.closest('.scrolly-step') : null;
      if (step) activate(step.getAttribute('data-step') || '');
    });

    // Step links and previous/next: scroll to the step, focus it, keep the URL as a permalink.
    root.addEventListener('click', function (e) {
      var link = e.target instanceof Element ? e.target.closest('a[href^="#step-"]') : null;
      if (!link) return;
      var step = stepOfHash(link.getAttribute('href') || '');
      if (!step) return;
      e.preventDefault();
      if (history.pushState) history.pushState(null, '', '#' + step.id);
      step.scrollIntoView({ behavior: reduce && reduce.matches ? 'auto' : 'smooth', block: 'center' });
      step.focus({ preventScroll: true });
      activate(step.getAttribute('data-step') || '');
    });

    function fromHash() {
      var step = stepOfHash(location.hash);
      if (step) activate(step.getAttribute('data-step') || '');
    }
    window.addEventListener('hashchange', fromHash);
    activate(steps[0] ? steps[0].getAttribute('data-step') || '' : '');
    fromHash();
  }

  function init() {
    document.querySelectorAll('[data-scrolly]').forEach(function (el) { setup(/** @type {HTMLElement} */ (el)); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
