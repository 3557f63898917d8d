// Inlined in every page's <head> by ThemeScript.astro, minified at build time (see there).
(function () {
  var root = document.documentElement, key = 'co-management-lab:theme', system = matchMedia('(prefers-color-scheme: dark)');
  function stored() { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function apply(theme) {
    root.dataset.theme = theme;
    var toggle = document.querySelector('[data-theme-toggle]');
    if (toggle) toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  var choice = stored();
  root.dataset.theme = choice === 'dark' || choice === 'light' ? choice : system.matches ? 'dark' : 'light';
  root.classList.add('js');
  // A trial write: it fails when storage is blocked or full, and then StorageNotice shows.
  try { localStorage.setItem(key + '?', '1'); localStorage.removeItem(key + '?'); } catch (e) { root.classList.add('no-storage'); }
  system.addEventListener('change', function (event) { if (!stored()) apply(event.matches ? 'dark' : 'light'); });
  document.addEventListener('click', function (event) {
    if (!event.target.closest || !event.target.closest('[data-theme-toggle]')) return;
    var next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try { localStorage.setItem(key, next); } catch (e) {}
    apply(next);
  });
  document.addEventListener('DOMContentLoaded', function () { apply(root.dataset.theme); });
})();
