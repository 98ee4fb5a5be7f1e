// Live preview of Markdown: the server renders and sanitizes; this only asks it as you type.
// Without JavaScript the form's "preview" box does the same on submit.
(function () {
  var form = document.querySelector("form.with-preview");
  if (!form) return;
  var body = form.querySelector("textarea[name=body]");
  var token = form.querySelector("input[name=csrf_token]");
  var target = document.getElementById("preview-output");
  var timer = null;
  function refresh() {
    var data = new URLSearchParams();
    data.append("csrf_token", token.value);
    data.append("body", body.value);
    fetch(form.dataset.previewUrl, { method: "POST", body: data, credentials: "same-origin" })
      // 422: the text is over a limit; the answer says which, in place of the preview.
      .then(function (r) { return r.ok || r.status === 422 ? r.text() : null; })
      .then(function (html) { if (html !== null) target.innerHTML = html; });
  }
  body.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
})();
