/* a11y_kit: instant toggling. The toolbar works without this script; with it, a choice is
   applied to <html> at once, saved with fetch, and announced. Any failure falls back to the
   plain form post. */
(() => {
  "use strict";
  const form = document.querySelector(".a11y-toolbar__form");
  if (!form || !window.fetch) return;
  const root = document.documentElement;
  const status = form.querySelector(".a11y-toolbar__status");
  const options = [...form.querySelectorAll("button[aria-pressed]")];

  const choose = (name, value) => {
    root.setAttribute("data-a11y-" + name.replace("_", "-"), value);
    for (const option of options) {
      if (option.name === name) option.setAttribute("aria-pressed", String(option.value === value));
    }
  };

  const defaults = () => {
    const seen = new Set();
    return options.filter((o) => !seen.has(o.name) && seen.add(o.name)).map((o) => [o.name, o.value]);
  };

  const announce = (button) => {
    const legend = button.closest("fieldset")?.querySelector("legend");
    status.textContent = (legend ? legend.textContent + " " : "") + button.textContent;
  };

  const postPlainly = (button) => {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = button.name;
    field.value = button.value;
    form.append(field);
    form.submit();
  };

  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (!button || !button.name) return;
    event.preventDefault();
    const changes = button.name === "reset" ? defaults() : [[button.name, button.value]];
    for (const [name, value] of changes) choose(name, value);
    announce(button);
    const body = new URLSearchParams(new FormData(form));
    body.append(button.name, button.value);
    fetch(form.action, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then((response) => {
        if (response.status !== 204) throw new Error(String(response.status));
      })
      .catch(() => postPlainly(button));
  });

  /* Read aloud: the selection, else the main content, where the browser can speak. */
  const listen = form.querySelector(".a11y-toolbar__listen");
  if (!listen || !window.speechSynthesis) return;
  const listenLabel = listen.textContent;
  const reset = () => { listen.textContent = listenLabel; };
  listen.hidden = false;
  listen.addEventListener("click", () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return reset();
    }
    const main = document.querySelector("main") || document.body;
    const text = String(window.getSelection() || "").trim() || main.innerText;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = root.lang;
    utterance.onend = reset;
    listen.textContent = listen.dataset.stopLabel;
    speechSynthesis.speak(utterance);
  });
})();
