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
