// @ts-check
// Classic script (works from file://): marks that JavaScript runs, and wires copy-link buttons.
(function () {
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy-target]').forEach(function (el) {
      var button = /** @type {HTMLButtonElement} */ (el);
      var input = /** @type {HTMLInputElement | null} */ (document.getElementById(button.dataset.copyTarget || ''));
      if (!input || !navigator.clipboard) return;
      var field = input;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          button.textContent = button.dataset.copied || button.textContent;
        }, function () { field.select(); });
      });
    });
  });
})();
