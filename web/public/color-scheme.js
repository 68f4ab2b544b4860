// Sets the color scheme before the app's styles paint, so a dark page never flashes white.
// Mantine keeps the choice under this key ('light', 'dark' or 'auto' for the system setting).
(function () {
  var chosen = 'auto';
  try {
    chosen = window.localStorage.getItem('mantine-color-scheme-value') || 'auto';
  } catch {
    // Storage can be off (private modes): follow the system.
  }
  var dark = chosen === 'dark' || (chosen === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
})();
