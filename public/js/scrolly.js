// @ts-check
// Classic script (works from file://): brings data stories to life. Every step already carries its
// own chart (what readers get with JavaScript off, in print and from screen readers). This script
// shows one sticky graphic and, as the reader scrolls, turns it into the active step's chart: marks
// with the same data-key are the SAME elements, their attributes tweened over ~450 ms (none under
// prefers-reduced-motion); marks new to the step fade in, marks that leave fade out.
(function () {
  var DURATION = 450;
  var NUMERIC = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'opacity', 'stroke-width', 'dy'];
  var reduce = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  var still = function () { return !!(reduce && reduce.matches); };

  /** @param {number} t */
  function ease(t) { return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2; }

  /** Numbers of a path or transform, and the text between them. @param {string} s */
  function numbers(s) { return s.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) || []; }
  /** @param {string} s */
  function skeleton(s) { return s.replace(/-?\d*\.?\d+(?:e-?\d+)?/gi, '#'); }

  /** A tween of attribute `name` of `el` from `a` to `b`, or null when it cannot be tweened. */
  function tween(/** @type {Element} */ el, /** @type {string} */ name, /** @type {string} */ a, /** @type {string} */ b) {
    if (NUMERIC.indexOf(name) >= 0 && !isNaN(parseFloat(a)) && !isNaN(parseFloat(b))) {
      var x = parseFloat(a), y = parseFloat(b);
      return function (/** @type {number} */ t) { el.setAttribute(name, t >= 1 ? b : String(x + (y - x) * t)); };
    }
    if ((name === 'd' || name === 'transform' || name === 'points') && skeleton(a) === skeleton(b)) {
      var from = numbers(a).map(Number), to = numbers(b).map(Number), parts = b.split(/-?\d*\.?\d+(?:e-?\d+)?/i);
      return function (/** @type {number} */ t) {
        if (t >= 1) { el.setAttribute(name, b); return; }
        var out = parts[0] || '';
        for (var i = 0; i < to.length; i++) {
          var f = from[i] || 0;
          out += String(f + ((to[i] || 0) - f) * t) + (parts[i + 1] || '');
        }
        el.setAttribute(name, out);
      };
    }
    return null;
  }

  /** The child of `live` that `target` (a child of the next state) becomes, if any: same data-key,
   * else the first unused child with the same tag and no key. */
  function partner(/** @type {Element} */ live, /** @type {Element} */ target, /** @type {Element[]} */ used) {
    var key = target.getAttribute('data-key');
    for (var i = 0; i < live.children.length; i++) {
      var c = /** @type {Element} */ (live.children[i]);
      if (used.indexOf(c) >= 0 || c.tagName !== target.tagName || c.classList.contains('is-leaving')) continue;
      if (key ? c.getAttribute('data-key') === key : !c.hasAttribute('data-key')) return c;
    }
    return null;
  }

  /** Turns `live` into a copy of `target`, keeping elements; pushes attribute tweens to `jobs`. */
  function morph(/** @type {Element} */ live, /** @type {Element} */ target, /** @type {Array<(t: number) => void>} */ jobs) {
    var i, name;
    for (i = live.attributes.length - 1; i >= 0; i--) {
      name = /** @type {Attr} */ (live.attributes[i]).name;
      if (!target.hasAttribute(name) && name !== 'style') live.removeAttribute(name);
    }
    for (i = 0; i < target.attributes.length; i++) {
      var attr = /** @type {Attr} */ (target.attributes[i]);
      name = attr.name;
      var to = attr.value, from = live.getAttribute(name);
      if (name === 'id' || name === 'href' || name.indexOf('aria-') === 0 || from === to) continue;
      var job = from === null ? null : tween(live, name, from, to);
      if (job) jobs.push(job);
      else live.setAttribute(name, to);
    }
    if (target.children.length === 0) {
      if (live.textContent !== target.textContent) live.textContent = target.textContent;
      return;
    }
    if (mixed(target)) {
      // Words and elements side by side (a legend, a note): copied as they are.
      if (live.innerHTML !== target.innerHTML) { live.innerHTML = target.innerHTML; strip(live); }
      return;
    }
    /** @type {Element[]} */ var used = [];
    /** @type {Node | null} */ var cursor = live.firstChild;
    for (i = 0; i < target.children.length; i++) {
      var t = /** @type {Element} */ (target.children[i]);
      var l = partner(live, t, used);
      if (l) morph(l, t, jobs);
      else l = enter(t);
      used.push(l);
      if (l !== cursor) live.insertBefore(l, cursor);
      cursor = l.nextSibling;
    }
    Array.prototype.slice.call(live.children).forEach(function (/** @type {Element} */ c) {
      if (used.indexOf(c) < 0 && !c.classList.contains('is-leaving')) leave(c);
    });
    Array.prototype.slice.call(live.childNodes).forEach(function (/** @type {Node} */ n) {
      if (n.nodeType === 3) live.removeChild(n);
    });
  }

  /** Whether `el` holds words beside its child elements. @param {Element} el */
  function mixed(el) {
    for (var n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test(n.nodeValue || '')) return true;
    return false;
  }

  /** A copy of `el` (without ids) that fades in. @param {Element} el */
  function enter(el) {
    var c = /** @type {Element} */ (el.cloneNode(true));
    strip(c);
    if (!still() && c.hasAttribute('data-key')) {
      c.classList.add('is-entering');
      requestAnimationFrame(function () { requestAnimationFrame(function () { c.classList.remove('is-entering'); }); });
    }
    return c;
  }

  /** Fades `el` out, then removes it. @param {Element} el */
  function leave(el) {
    if (still() || !el.hasAttribute('data-key')) { el.remove(); return; }
    el.classList.add('is-leaving');
    setTimeout(function () { el.remove(); }, DURATION);
  }

  /** Removes ids, id references and link targets from a copy (the step's own chart keeps them; the
   * sticky copy is hidden from assistive technology, so nothing in it may take focus; its marks keep
   * data-href for the tooltip). @param {Element} el */
  function strip(el) {
    [el].concat(Array.prototype.slice.call(el.querySelectorAll('[id],[aria-labelledby],[aria-describedby],[href]'))).forEach(function (e) {
      e.removeAttribute('id'); e.removeAttribute('aria-labelledby'); e.removeAttribute('aria-describedby'); e.removeAttribute('href');
    });
  }

  /** Runs the tweens over DURATION ms (all at once under reduced motion). */
  function play(/** @type {Array<(t: number) => void>} */ jobs, /** @type {{ frame: number }} */ anim) {
    cancelAnimationFrame(anim.frame);
    if (still() || jobs.length === 0) { jobs.forEach(function (j) { j(1); }); return; }
    var start = 0;
    var tick = function (/** @type {number} */ now) {
      if (!start) start = now;
      var t = Math.min(1, (now - start) / DURATION);
      jobs.forEach(function (j) { j(ease(t)); });
      if (t < 1) anim.frame = requestAnimationFrame(tick);
    };
    anim.frame = requestAnimationFrame(tick);
  }

  /** @param {HTMLElement} root */
  function setup(root) {
    var steps = /** @type {HTMLElement[]} */ (Array.prototype.slice.call(root.querySelectorAll('.scrolly-step[data-step]')));
    var stage = root.querySelector('.scrolly-graphic .stage');
    if (steps.length === 0 || !stage) return;
    var current = '';
    var anim = { frame: 0 };
    var narrow = window.matchMedia ? window.matchMedia('(max-width: 59.99rem)') : null;
    /** @type {Record<string, number>} */ var heights = {};

    /** The height each step's chart takes in the sticky graphic, drawn once in a hidden copy of it. */
    function measure() {
      heights = {};
      if (!narrow || !narrow.matches) { steps.forEach(function (s) { s.style.scrollMarginTop = ''; }); return; }
      var probe = document.createElement('div');
      probe.className = 'scrolly-graphic scrolly-probe';
      probe.setAttribute('aria-hidden', 'true');
      var box = document.createElement('div');
      box.className = 'stage';
      probe.appendChild(box);
      root.appendChild(probe);
      steps.forEach(function (s) {
        var figure = s.querySelector('.step-chart figure');
        var id = s.getAttribute('data-step') || '';
        if (!figure) return;
        var copy = /** @type {Element} */ (figure.cloneNode(true));
        strip(copy);
        box.replaceChildren(copy);
        var height = box.getBoundingClientRect().height;
        heights[id] = height;
        // A link to the step (previous/next, a permalink) brings its card in just below its chart.
        s.style.scrollMarginTop = tall(id) ? '' : Math.ceil(height + 16) + 'px';
      });
      probe.remove();
    }

    /** Whether the step's chart would cover more than half of a narrow screen: then the card shows
     * its own chart and the sticky graphic steps aside, so the chart never covers the words.
     * @param {string} id */
    function tall(id) { return (heights[id] || 0) > 0.5 * window.innerHeight; }

    /** Shows the step's chart in its card instead of the sticky graphic when it is too tall. */
    function place(/** @type {HTMLElement} */ step, /** @type {string} */ id) {
      var off = tall(id);
      root.classList.toggle('graphic-off', off);
      // Once shown in its card the chart stays there: a card that shrank above the reader would move the page.
      if (off) step.classList.add('chart-inline');
    }

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
      var step = steps.filter(function (s) { return s.getAttribute('data-step') === id; })[0];
      if (step) place(step, id);
      var figure = step && step.querySelector('.step-chart figure');
      if (!figure || !stage) return;
      var live = stage.firstElementChild;
      if (!live) {
        stage.appendChild(enter(figure));
      } else {
        /** @type {Array<(t: number) => void>} */ var jobs = [];
        morph(live, figure, jobs);
        play(jobs, anim);
      }
      stage.setAttribute('data-step', id);
    }

    /** @param {string} hash */
    function stepOfHash(hash) {
      var el = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      var step = el && el.closest ? el.closest('.scrolly-step') : null;
      return step && root.contains(step) ? /** @type {HTMLElement} */ (step) : null;
    }

    if ('IntersectionObserver' in window) {
      // The step crossing a band from just below the middle of the screen to 70 % of its height (under the
      // graphic on phones, which keeps to the top half; a card brought in below its chart lands in it).
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) activate(/** @type {HTMLElement} */ (entry.target).getAttribute('data-step') || '');
        });
      }, { rootMargin: '-45% 0px -30% 0px', threshold: 0 });
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
      // Narrow screens: the card's top just below the sticky chart (its scroll-margin), else centred.
      var below = !!(narrow && narrow.matches);
      step.scrollIntoView({ behavior: still() ? 'auto' : 'smooth', block: below ? 'start' : 'center' });
      step.focus({ preventScroll: true });
      activate(step.getAttribute('data-step') || '');
    });

    function fromHash() {
      var step = stepOfHash(location.hash);
      if (step) activate(step.getAttribute('data-step') || '');
    }
    window.addEventListener('hashchange', fromHash);
    measure();
    var resized = 0;
    window.addEventListener('resize', function () {
      clearTimeout(resized);
      resized = window.setTimeout(function () {
        measure();
        var step = steps.filter(function (s) { return s.getAttribute('data-step') === current; })[0];
        if (step) place(step, current);
      }, 150);
    });
    activate(steps[0] ? steps[0].getAttribute('data-step') || '' : '');
    fromHash();
  }

  function init() {
    document.querySelectorAll('[data-scrolly]').forEach(function (el) { setup(/** @type {HTMLElement} */ (el)); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
