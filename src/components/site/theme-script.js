// Inlined in every page's <head> by ThemeScript.astro, minified at build time (see there).
(function () {
  var root = document.documentElement,
    key = 'co-management-lab:theme',
    system = matchMedia('(prefers-color-scheme: dark)'),
    picked;
  function stored() {
    try {
      return localStorage.getItem(key);
    } catch (e) {}
  }
  // The learner's choice: 'light', 'dark', or 'auto' (nothing stored: the system's setting).
  function choice() {
    var c = picked || stored();
    return c === 'dark' || c === 'light' ? c : 'auto';
  }
  function apply() {
    var c = choice(),
      input = document.querySelector('input[name="theme"][value="' + c + '"]');
    root.dataset.theme = c === 'auto' ? (system.matches ? 'dark' : 'light') : c;
    if (input) input.checked = true;
  }
  apply();
  root.classList.add('js');
  // A trial write: it fails when storage is blocked or full, and then StorageNotice shows.
  try {
    localStorage.setItem(key + '?', '1');
    localStorage.removeItem(key + '?');
  } catch (e) {
    root.classList.add('no-storage');
  }
  system.addEventListener('change', apply);
  // The header's theme menu (SiteHeader.astro): choosing applies at once and is kept.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.name !== 'theme') return;
    picked = input.value;
    try {
      picked === 'auto' ? localStorage.removeItem(key) : localStorage.setItem(key, picked);
    } catch (e) {}
    apply();
  });
  document.addEventListener('DOMContentLoaded', apply);
  // A stylesheet the build deferred (critical-css.mjs: media="print" while it loads, the page's own
  // rules being inline) applies once loaded. Seen in the capture phase: a link's load does not bubble.
  document.addEventListener(
    'load',
    function (event) {
      var link = event.target;
      if (link.hasAttribute && link.hasAttribute('data-deferred-css')) link.media = 'all';
    },
    true,
  );
})();
