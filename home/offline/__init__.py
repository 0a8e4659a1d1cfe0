"""Reading offline: the installable web app (a manifest per language, icons)
and the service worker, served by Django (:mod:`.views`).

The worker (``home/templates/home/offline/service_worker.js``) runs on Workbox,
vendored in ``site/static/vendor/workbox``. It keeps the site's shell (its
stylesheets, scripts, icons and the offline page of every language) and the
lessons and paths a reader chose to keep (``static/js/offline.js``), and nothing
else: pages are always asked of the network first, and only when there is none
does a kept copy or the offline page answer. Everything it keeps is fetched
without the reader's cookies, so it is what anyone may read, never a page as a
signed-in member sees it; a response marked private is never kept.
"""
