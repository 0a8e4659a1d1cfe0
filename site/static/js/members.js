// Members: small enhancements over forms that work without JavaScript.
// Each feature keeps to its own section and does nothing on pages without
// its elements.
"use strict";

// --- library ---
// The save control on a page: submit in place and show the answer, which
// the server renders as the updated control (role="status" inside it).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.matches || !form.matches("[data-save-control] form")) { return; }
  if (!window.fetch || !window.FormData) { return; }
  event.preventDefault();
  var control = form.closest("[data-save-control]");
  fetch(form.action, {
    method: "POST",
    body: new FormData(form),
    headers: { "X-Requested-With": "fetch" },
    credentials: "same-origin"
  }).then(function (response) { return response.text(); }).then(function (html) {
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var fresh = holder.querySelector("[data-save-control]");
    // Anything but the control (a sign-in page once the session ended, an
    // error page): do it the way that works without JavaScript.
    if (!fresh || !control) { form.submit(); return; }
    control.replaceWith(fresh);
    var note = fresh.querySelector("[role=status], [role=alert]");
    if (note) { note.setAttribute("tabindex", "-1"); note.focus(); }
  }).catch(function () { form.submit(); });
});

// --- learning ---

// --- rsvp ---
// The RSVP buttons answer in place: the form is posted with fetch and the box
// replaced by the server's new one (which announces the change in its
// role="status" line). Without JavaScript, or on any error, the form posts
// and the page comes back.
(function () {
  function enhance(box) {
    var form = box.querySelector("[data-rsvp-form]");
    if (!form || !window.fetch || !window.FormData) return;
    form.addEventListener("submit", function (event) {
      var data = new FormData(form);
      if (event.submitter && event.submitter.name) {
        data.append(event.submitter.name, event.submitter.value);
      } else {
        return;
      }
      event.preventDefault();
      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Praxis-Fragment": "rsvp" }
      }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      }).then(function (html) {
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-rsvp]");
        if (!fresh) throw new Error("no box");
        box.replaceWith(fresh);
        enhance(fresh);
        var status = fresh.querySelector(".rsvp__status");
        if (status) status.setAttribute("tabindex", "-1");
        if (status) status.focus();
      }).catch(function () {
        var chosen = document.createElement("input");
        chosen.type = "hidden";
        chosen.name = event.submitter.name;
        chosen.value = event.submitter.value;
        form.appendChild(chosen);
        form.submit();
      });
    });
  }
  document.querySelectorAll("[data-rsvp]").forEach(enhance);
})();

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
