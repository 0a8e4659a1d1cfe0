// Reading offline: registers the service worker (home/offline), and runs the
// "Keep offline" controls and the list of what this device keeps.
//
// A kept page and its brief are fetched without cookies, so the device keeps
// what anyone may read, never a page as a signed-in member sees it; an answer
// marked private, or anything but a plain 200, is never kept. The size is
// shown before anything is stored.
"use strict";

(function () {
  if (!("serviceWorker" in navigator) || !window.caches || !window.fetch) { return; }
  var KEPT = "praxis-kept"; // the name the service worker reads
  var INDEX = "/offline/kept.json"; // what is kept, with titles and sizes
  var script = document.currentScript;
  var worker = script && script.getAttribute("data-worker");
  if (worker) {
    navigator.serviceWorker.register(worker, { scope: "/" }).catch(function () {});
  }
  var language = document.documentElement.lang || "en";

  function readIndex() {
    return caches.open(KEPT).then(function (cache) { return cache.match(INDEX); })
      .then(function (found) { return found ? found.json() : []; })
      .catch(function () { return []; });
  }

  function writeIndex(items) {
    return caches.open(KEPT).then(function (cache) {
      return cache.put(INDEX, new Response(JSON.stringify(items), {
        headers: { "Content-Type": "application/json" }
      }));
    });
  }

  function size(bytes) {
    var units = [["megabyte", 1e6], ["kilobyte", 1e3]];
    for (var i = 0; i < units.length; i++) {
      if (bytes >= units[i][1] || i === units.length - 1) {
        try {
          return new Intl.NumberFormat(language, {
            style: "unit", unit: units[i][0], maximumFractionDigits: 1
          }).format(bytes / units[i][1]);
        } catch (error) {
          return Math.round(bytes / units[i][1]) + (i ? " KB" : " MB");
        }
      }
    }
    return "";
  }

  function keepable(response) {
    var control = (response.headers.get("Cache-Control") || "").toLowerCase();
    return response.status === 200 && response.type === "basic" &&
      control.indexOf("private") < 0 && control.indexOf("no-store") < 0;
  }

  // Fetch without cookies; resolve to [response, blob] or null.
  function fetchPublic(url) {
    return fetch(url, { credentials: "omit", redirect: "error", cache: "no-store" })
      .then(function (response) {
        if (!keepable(response)) { return null; }
        return response.blob().then(function (blob) { return [response, blob]; });
      })
      .catch(function () { return null; });
  }

  function store(cache, url, pair) {
    return cache.put(url, new Response(pair[1], {
      headers: { "Content-Type": pair[0].headers.get("Content-Type") || "" }
    }));
  }

  function remove(url, brief) {
    return caches.open(KEPT).then(function (cache) {
      return Promise.all([cache.delete(url), brief ? cache.delete(brief) : null]);
    }).then(readIndex).then(function (items) {
      return writeIndex(items.filter(function (item) { return item.url !== url; }));
    });
  }

  // --- "Keep offline" under "Print and take away" ---
  function setUp(box) {
    var url = box.getAttribute("data-keep-url");
    var brief = box.getAttribute("data-keep-brief");
    var ask = box.querySelector("[data-keep-ask]");
    var confirm = box.querySelector("[data-keep-confirm]");
    var removeButton = box.querySelector("[data-keep-remove]");
    var status = box.querySelector("[data-keep-status]");
    var fetched = null;

    function show(kept) {
      ask.hidden = kept;
      confirm.hidden = true;
      removeButton.hidden = !kept;
    }

    ask.addEventListener("click", function () {
      ask.disabled = true;
      Promise.all([fetchPublic(url), fetchPublic(brief)]).then(function (pairs) {
        ask.disabled = false;
        if (!pairs[0]) { status.textContent = box.getAttribute("data-text-failed"); return; }
        fetched = pairs;
        var bytes = pairs[0][1].size + (pairs[1] ? pairs[1][1].size : 0);
        status.textContent = box.getAttribute("data-text-size").replace("{size}", size(bytes));
        ask.hidden = true;
        confirm.hidden = false;
        confirm.focus();
      });
    });

    confirm.addEventListener("click", function () {
      var pairs = fetched;
      if (!pairs) { return; }
      var bytes = pairs[0][1].size + (pairs[1] ? pairs[1][1].size : 0);
      caches.open(KEPT).then(function (cache) {
        return Promise.all([
          store(cache, url, pairs[0]), pairs[1] ? store(cache, brief, pairs[1]) : null
        ]);
      }).then(readIndex).then(function (items) {
        items = items.filter(function (item) { return item.url !== url; });
        items.push({
          url: url, brief: pairs[1] ? brief : null, title: box.getAttribute("data-keep-title"),
          bytes: bytes, lang: language, kept: new Date().toISOString()
        });
        return writeIndex(items);
      }).then(function () {
        show(true);
        status.textContent = box.getAttribute("data-text-kept");
        removeButton.focus();
      }).catch(function () {
        status.textContent = box.getAttribute("data-text-failed");
      });
    });

    removeButton.addEventListener("click", function () {
      remove(url, brief).then(function () {
        show(false);
        status.textContent = box.getAttribute("data-text-removed");
        ask.focus();
      });
    });

    readIndex().then(function (items) {
      show(items.some(function (item) { return item.url === url; }));
      box.hidden = false;
    });
  }

  // --- the list on the offline page ---
  function list(holder) {
    readIndex().then(function (items) {
      holder.textContent = "";
      if (!items.length) {
        var empty = document.createElement("li");
        empty.textContent = holder.getAttribute("data-empty");
        holder.appendChild(empty);
        return;
      }
      items.forEach(function (item) {
        var row = document.createElement("li");
        var link = document.createElement("a");
        link.href = item.url;
        link.textContent = item.title;
        link.setAttribute("hreflang", item.lang);
        var title = document.createElement("bdi");
        title.appendChild(link);
        row.appendChild(title);
        row.appendChild(document.createTextNode(" (" + size(item.bytes) + ")"));
        if (item.brief) {
          var brief = document.createElement("a");
          brief.href = item.brief;
          brief.textContent = holder.getAttribute("data-brief-label");
          row.appendChild(document.createTextNode(" · "));
          row.appendChild(brief);
        }
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = holder.getAttribute("data-remove-label");
        button.addEventListener("click", function () {
          remove(item.url, item.brief).then(function () { list(holder); });
        });
        row.appendChild(document.createTextNode(" "));
        row.appendChild(button);
        holder.appendChild(row);
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-keep]"), setUp);
    Array.prototype.forEach.call(document.querySelectorAll("[data-kept-list]"), list);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
