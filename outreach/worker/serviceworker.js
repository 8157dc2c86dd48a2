// Tuuli worker app service worker. Served by outreach.worker.views.service_worker with
// Cache-Control: no-cache. Change VERSION whenever this file or the app shell changes: the new
// worker then waits until the worker agrees to update (never in the middle of a form).
const VERSION = "2026-12-03.8";
const SHELL_CACHE = `tuuli-shell-${VERSION}`;
const PAGES_CACHE = "tuuli-pages"; // worker app pages, kept across versions for offline starts
const TILE_CACHE = "tuuli-tiles"; // map tiles the worker has actually viewed
const MAX_TILES = 800;
const WORKER_PAGE = /^\/(fi|sv|en)\/worker\//;
// The outbox lives in IndexedDB ("tuuli-outbox"): nothing here ever touches it.

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      const shell = await (await fetch("/api/worker/shell", { cache: "no-store" })).json();
      // The HTTP cache may answer: static files have hashed names in production.
      await cache.addAll(shell.urls);
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("tuuli-shell-") && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "SKIP_WAITING") self.skipWaiting();
  if (message.type === "CACHE_URLS") event.waitUntil(cachePages(message.urls));
});

async function cachePages(urls) {
  const cache = await caches.open(PAGES_CACHE);
  for (const url of urls) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (response.ok && !response.redirected) await cache.put(url, response);
  }
}

// Background Sync: wake the open app to drain its outbox (the app also syncs on its own).
self.addEventListener("sync", (event) => {
  if (event.tag !== "tuuli-outbox") return;
  event.waitUntil(
    self.clients.matchAll({ type: "window" }).then((clients) =>
      clients.forEach((client) => client.postMessage({ type: "SYNC" }))
    )
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin === self.location.origin) {
    if (url.pathname.startsWith("/api/")) return; // always the network: the outbox decides
    if (request.mode === "navigate") {
      event.respondWith(WORKER_PAGE.test(url.pathname) ? workerPage(event) : networkOrOffline(request));
    } else if (url.pathname.startsWith("/static/") || url.pathname.includes("jsi18n") || url.pathname.endsWith(".geojson")) {
      event.respondWith(staleWhileRevalidate(event, request, SHELL_CACHE));
    }
  } else if (request.destination === "image" && /tile/.test(url.hostname)) {
    event.respondWith(tile(request));
  }
});

/** The app page from the cache at once (it works offline); refreshed in the background. */
async function workerPage(event) {
  const cache = await caches.open(PAGES_CACHE);
  const key = new URL(event.request.url).pathname;
  const cached = await cache.match(key);
  const refresh = fetch(event.request).then(async (response) => {
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => null));
    return cached;
  }
  return refresh.catch(() => offlinePage());
}

async function networkOrOffline(request) {
  try {
    return await fetch(request);
  } catch (error) {
    return offlinePage();
  }
}

async function offlinePage() {
  return (await caches.match("/offline/")) || new Response("Offline", { status: 503 });
}

async function staleWhileRevalidate(event, request, cacheName) {
  const cache = await caches.open(cacheName);
  const cached = await caches.match(request, { ignoreVary: true }); // in any of our caches
  const refresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => null));
    return cached;
  }
  return refresh;
}

/** Tiles the worker has seen, kept for offline use; never fetched ahead (OSM's tile policy). */
async function tile(request) {
  const cache = await caches.open(TILE_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok || response.type === "opaque") {
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_TILES))) await cache.delete(old);
  }
  return response;
}
