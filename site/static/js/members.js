// Members: small enhancements over forms that work without JavaScript.
// Each feature keeps to its own section and does nothing on pages without
// its elements.
"use strict";

// --- library ---

// --- learning ---

// --- rsvp ---

// --- sharing ---
// "Add another step" / "Add another caution": without JavaScript the button
// re-renders the form with one more row; here it adds the row in place.
(function () {
  document.querySelectorAll("[data-share-rows]").forEach(function (box) {
    var prefix = box.getAttribute("data-share-rows");
    var most = parseInt(box.getAttribute("data-share-max"), 10);
    var button = box.querySelector("[data-share-add]");
    var template = box.querySelector("template[data-share-template]");
    var list = box.querySelector("[data-share-list]");
    var total = box.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
    var status = box.querySelector("[data-share-status]");
    if (!button || !template || !list || !total) return;
    button.addEventListener("click", function (event) {
      var count = parseInt(total.value, 10) || 0;
      if (count >= most) return;
      event.preventDefault();
      var html = template.innerHTML.replace(/__prefix__/g, String(count));
      list.insertAdjacentHTML("beforeend", html);
      total.value = String(count + 1);
      var added = list.lastElementChild;
      var first = added && added.querySelector("input, textarea, select");
      if (first) first.focus();
      if (status) status.textContent = button.getAttribute("data-share-added") || "";
      if (count + 1 >= most) button.hidden = true;
    });
  });
})();
