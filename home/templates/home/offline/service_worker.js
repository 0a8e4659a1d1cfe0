/* Praxis's service worker (see home/offline/__init__.py). Workbox comes from
   this site's own static files, never from another host. */
importScripts("{{ workbox_sw }}");
workbox.setConfig({ modulePathPrefix: "{{ workbox }}", debug: false });
workbox.loadModule("workbox-core");
workbox.loadModule("workbox-routing");
workbox.loadModule("workbox-strategies");

const SHELL = "praxis-shell-{{ version }}";
/* The same name as in static/js/offline.js, which fills it. */
const KEPT = "praxis-kept";
const SHELL_URLS = {{ shell|safe }};
const OFFLINE_PAGES = {{ offline_pages|safe }};
const DEFAULT_LANGUAGE = {{ default_language|safe }};

/* Anything kept is what anyone may read: asked for without cookies. */
function anonymous(url) {
  return new Request(url, { credentials: "omit", cache: "reload" });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(SHELL_URLS.map(anonymous)))
  );
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith("praxis-shell-") && name !== SHELL)
          .map((name) => caches.delete(name))
      )
    )
  );
});
workbox.core.clientsClaim();

function offlinePageFor(url) {
  const language = new URL(url).pathname.split("/")[1];
  return OFFLINE_PAGES[language] || OFFLINE_PAGES[DEFAULT_LANGUAGE];
}

async function keptOr(request, fallback) {
  const kept = await caches.open(KEPT).then((cache) => cache.match(request.url));
  if (kept) return kept;
  if (!fallback) return undefined;
  return caches.open(SHELL).then((cache) => cache.match(fallback));
}

/* The shell's static files: at once from the cache, refreshed behind. */
workbox.routing.registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith("{{ static_prefix }}") &&
    request.method === "GET",
  new workbox.strategies.StaleWhileRevalidate({ cacheName: SHELL })
);

/* Pages: always the network; with none, a kept copy or the offline page.
   Nothing the network answers is stored here. */
workbox.routing.registerRoute(
  ({ request }) => request.mode === "navigate",
  new workbox.strategies.NetworkOnly({
    plugins: [
      {
        handlerDidError: async ({ request }) =>
          keptOr(request, offlinePageFor(request.url)),
      },
    ],
  })
);

/* A kept page's brief, when there is no network. */
workbox.routing.registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.endsWith("/brief.pdf") &&
    request.mode !== "navigate",
  new workbox.strategies.NetworkOnly({
    plugins: [{ handlerDidError: async ({ request }) => keptOr(request, null) }],
  })
);
