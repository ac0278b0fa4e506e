// @ts-check
// Classic script (works from file://): chart tooltips and image downloads. Every chart is complete
// without it: each mark is a link to its source sentence, values are in the data table.
// Tooltip: hover, keyboard focus or a first tap on a mark shows its value, period, status and a
// link to the source sentence (a second tap follows the link). Download SVG/PNG: the chart's
// visible SVG with its computed styles inlined, PNG drawn from it on a canvas in the browser.
(function () {
  var tip = /** @type {HTMLDivElement | null} */ (null);
  var shown = /** @type {Element | null} */ (null);
  var touch = false;
  var hideTimer = 0;

  /** @param {Element} mark */
  function show(mark) {
    clearTimeout(hideTimer);
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'chart-tip';
      tip.setAttribute('role', 'status');
      tip.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
      tip.addEventListener('mouseleave', hideSoon);
      document.body.appendChild(tip);
    }
    var fig = mark.closest('[data-source-label]');
    tip.textContent = mark.getAttribute('aria-label') || mark.getAttribute('data-tip') || '';
    var href = mark.getAttribute('href') || mark.getAttribute('data-href');
    if (href) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = (fig && fig.getAttribute('data-source-label')) || href;
      tip.appendChild(document.createElement('br'));
      tip.appendChild(a);
    }
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth;
    var left = Math.max(4, Math.min(r.left + r.width / 2 - w / 2, document.documentElement.clientWidth - w - 4));
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = r.bottom + window.scrollY + 8 + 'px';
    shown = mark;
  }
  function hide() { if (tip) tip.hidden = true; shown = null; }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = window.setTimeout(hide, 400); }

  /** @param {EventTarget | null} t */
  function markOf(t) { return t instanceof Element ? t.closest('.mark[aria-label],.mark[data-tip]') : null; }

  document.addEventListener('pointerdown', function (e) { touch = e.pointerType !== 'mouse'; }, true);
  document.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m && !touch) show(m); });
  document.addEventListener('mouseout', function (e) { if (markOf(e.target)) hideSoon(); });
  document.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) { if (!touch) show(m); } else if (!(tip && tip.contains(/** @type {Node} */ (e.target)))) hide(); });
  document.addEventListener('keydown', function (e) { touch = false; if (e.key === 'Escape') hide(); });
  document.addEventListener('click', function (e) {
    var m = markOf(e.target);
    if (m && touch && shown !== m) { e.preventDefault(); show(m); return; }
    var b = e.target instanceof Element ? e.target.closest('button[data-chart-dl]') : null;
    if (b) download(b, b.getAttribute('data-chart-dl') || 'svg');
    else if (!m && tip && !tip.contains(/** @type {Node} */ (e.target))) hide();
  });

  var PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style'];

  /** @param {Element} button @param {string} type */
  function download(button, type) {
    var fig = button.closest('[data-chart]');
    if (!fig) return;
    var svg = /** @type {SVGSVGElement | undefined} */ (Array.prototype.filter.call(fig.querySelectorAll('svg:not(.swatch-svg)'), function (/** @type {Element} */ s) { return s.getBoundingClientRect().width > 0; })[0]);
    if (!svg) return;
    var vb = svg.viewBox.baseVal;
    var copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
    var src = svg.querySelectorAll('*');
    var dst = copy.querySelectorAll('*');
    src.forEach(function (el, i) {
      var cs = getComputedStyle(el);
      /** @type {SVGElement} */ (dst[i]).style.cssText = PROPS.map(function (p) { return p + ':' + cs.getPropertyValue(p); }).join(';');
    });
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(vb.width));
    copy.setAttribute('height', String(vb.height));
    var bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
    copy.insertBefore(bg, copy.firstChild);
    var url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    var name = (fig.getAttribute('data-chart') || 'chart') + '.' + type;
    if (type === 'svg') return save(url, name);
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = vb.width * 2;
      canvas.height = vb.height * 2;
      var ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, vb.width, vb.height);
      save(canvas.toDataURL('image/png'), name);
    };
    img.src = url;
  }

  /** @param {string} url @param {string} name */
  function save(url, name) {
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function init() { document.querySelectorAll('button[data-chart-dl]').forEach(function (b) { /** @type {HTMLElement} */ (b).hidden = false; }); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
