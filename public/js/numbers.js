// @ts-check
// Classic script (works from file://): tapping a highlighted number in an article opens a small
// popover with what it measures, its period and status, read from the number's entry in the list
// of figures (`#t-<id>`), with links to that entry and to the indicator's chart. Without this
// script the number's link simply goes to that entry.
(function () {
  /** @type {HTMLElement | null} */ var pop = null;
  /** @type {HTMLAnchorElement | null} */ var opener = null;

  function close(/** @type {boolean} */ refocus) {
    if (!pop) return;
    pop.remove();
    pop = null;
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      if (refocus) opener.focus();
    }
    opener = null;
  }

  /** A copy of one part of the figure's entry, or nothing. */
  function part(/** @type {Element} */ item, /** @type {string} */ selector) {
    var el = item.querySelector(selector);
    return el ? /** @type {HTMLElement} */ (el.cloneNode(true)) : null;
  }

  function open(/** @type {HTMLAnchorElement} */ link, /** @type {Element} */ item) {
    var box = document.createElement('div');
    box.className = 'num-pop';
    box.id = 'num-pop';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', (link.textContent || '').trim());
    box.tabIndex = -1;
    var value = part(item, '.fig-value');
    if (value) {
      var back = value.querySelector('a');
      if (back) back.replaceWith.apply(back, Array.prototype.slice.call(back.childNodes));
      box.appendChild(value);
    }
    var what = part(item, '.fig-what');
    if (what) box.appendChild(what);
    var period = part(item, '.fig-period');
    if (period) box.appendChild(period);
    var links = document.createElement('p');
    links.className = 'small num-pop-links';
    var toList = document.createElement('a');
    toList.href = '#' + item.id;
    var labels = /** @type {HTMLElement} */ (item.closest('.figures') || item);
    toList.textContent = labels.dataset.inList || '→';
    links.appendChild(toList);
    var chart = item.querySelector('a.fig-chart');
    var chartLabel = labels.dataset.chartLabel;
    if (chart && chartLabel) {
      var toChart = document.createElement('a');
      toChart.href = /** @type {HTMLAnchorElement} */ (chart).href;
      toChart.textContent = chartLabel;
      links.appendChild(document.createTextNode(' · '));
      links.appendChild(toChart);
    }
    box.appendChild(links);
    var shut = document.createElement('button');
    shut.type = 'button';
    shut.className = 'num-pop-close secondary';
    shut.textContent = labels.dataset.closeLabel || '×';
    shut.addEventListener('click', function () { close(true); });
    box.appendChild(shut);
    toList.addEventListener('click', function () { close(false); });
    var mark = link.closest('mark') || link;
    var host = /** @type {HTMLElement} */ (mark.closest('.article-body') || mark.parentElement || document.body);
    host.appendChild(box);
    var at = mark.getBoundingClientRect();
    var frame = host.getBoundingClientRect();
    box.style.top = (at.bottom - frame.top + 6) + 'px';
    box.style.left = Math.max(0, Math.min(at.left - frame.left, host.clientWidth - box.offsetWidth)) + 'px';
    link.setAttribute('aria-expanded', 'true');
    pop = box;
    opener = link;
    box.focus();
  }

  document.addEventListener('click', function (event) {
    var target = /** @type {Element} */ (event.target);
    if (!target || !target.closest) return;
    var link = /** @type {HTMLAnchorElement | null} */ (target.closest('mark.metric > a'));
    if (!link) {
      if (pop && !pop.contains(target)) close(false);
      return;
    }
    var item = document.getElementById((link.getAttribute('href') || '').slice(1));
    if (!item) return;
    event.preventDefault();
    var same = opener === link;
    close(false);
    if (!same) open(link, item);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && pop) close(true);
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('mark.metric > a').forEach(function (a) {
      a.setAttribute('aria-haspopup', 'dialog');
      a.setAttribute('aria-expanded', 'false');
    });
  });
})();
