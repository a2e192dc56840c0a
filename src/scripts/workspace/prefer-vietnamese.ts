/**
 * Runs before Sveltia CMS on /quan-tri/: makes Vietnamese the workspace's language for an editor
 * whose browser asks for another one. Sveltia CMS has no `locale` option in its configuration;
 * it reads its language from this preference first, then from the browser. An editor who picks
 * another language in the CMS's settings keeps it.
 */
const KEY = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(KEY) || '{}') as { locale?: string };
  if (!prefs.locale) localStorage.setItem(KEY, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage refused (private mode): the browser's language decides.
}
