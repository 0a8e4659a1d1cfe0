// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // Submit the library filters as soon as a sort order is chosen.
  document.querySelectorAll(".filters select[name='ordering']").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); }
    });
  });
})();
// Show an event's time in the visitor's own time zone as well as the event's.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) { return; }
  var lang = document.documentElement.lang || undefined;
  var format = new Intl.DateTimeFormat(lang, {
    year: "numeric", month: "short", day: "numeric",
    hour: "numeric", minute: "2-digit", timeZoneName: "short"
  });
  document.querySelectorAll("[data-local-range]").forEach(function (el) {
    var start = new Date(el.getAttribute("data-start"));
    var end = new Date(el.getAttribute("data-end"));
    if (isNaN(start) || isNaN(end)) { return; }
    el.textContent = el.getAttribute("data-label") + " " + format.format(start) + " – " + format.format(end);
    el.hidden = false;
  });
})();
