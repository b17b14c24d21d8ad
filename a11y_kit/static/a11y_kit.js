/* a11y_kit: instant toggling. The toolbar works without this script; with it, a choice is
   applied to <html> at once, saved with fetch, and announced. Any failure falls back to the
   plain form post. */
(() => {
  "use strict";
  const toolbar = document.querySelector(".a11y-toolbar");
  if (!toolbar || !window.fetch) return;
  const root = document.documentElement;
  const status = toolbar.querySelector(".a11y-toolbar__status");
  const options = [...toolbar.querySelectorAll("button[aria-pressed]")];
  const smaller = toolbar.querySelector(".a11y-toolbar__step--smaller");
  const larger = toolbar.querySelector(".a11y-toolbar__step--larger");
  const currentSize = toolbar.querySelector(".a11y-toolbar__current");
  const cycles = [...toolbar.querySelectorAll(".a11y-toolbar__next")];

  /* The bar's steps and cycles follow the current choice (the settings list the order) */
  const valuesOf = (name) => options.filter((o) => o.name === name);
  const step = (button, option) => {
    button.disabled = !option;
    button.value = option ? option.value : "";
  };
  const updateBar = () => {
    const sizes = valuesOf("size");
    const at = sizes.findIndex((o) => o.getAttribute("aria-pressed") === "true");
    step(smaller, sizes[at - 1]);
    step(larger, sizes[at + 1]);
    currentSize.textContent = sizes[at].textContent;
    for (const cycle of cycles) {
      const values = valuesOf(cycle.name);
      const current = values.findIndex((o) => o.getAttribute("aria-pressed") === "true");
      cycle.value = values[(current + 1) % values.length].value;
      cycle.firstElementChild.lastChild.textContent = values[current].textContent;
    }
  };

  /* A choice whose rules ship apart (motion stopped…) loads them the first time it is made */
  const nonce = document.currentScript && document.currentScript.nonce;
  const load = (group) => {
    for (const url of group.dataset.a11yAssets.split(" ")) {
      const css = url.endsWith(".css");
      document.head.append(Object.assign(document.createElement(css ? "link" : "script"),
        css ? { rel: "stylesheet", href: url, nonce } : { src: url, nonce }));
    }
    delete group.dataset.a11yAssets;
  };

  const choose = (name, value) => {
    const [first] = valuesOf(name);
    const group = first && first.closest("[data-a11y-assets]");
    if (group && first.value !== value) load(group);
    root.setAttribute("data-a11y-" + name.replaceAll("_", "-"), value);
    for (const option of options) {
      if (option.name === name) option.setAttribute("aria-pressed", String(option.value === value));
    }
  };

  const defaults = () => {
    const seen = new Set();
    return options.filter((o) => !seen.has(o.name) && seen.add(o.name)).map((o) => [o.name, o.value]);
  };

  /* Says what is chosen now: the option's group and label (the bar's A−, A+ and scheme
     button name the option they chose, not themselves) */
  const announce = (button) => {
    const chosen = options.find((o) => o.name === button.name && o.value === button.value);
    const said = chosen || button;
    const legend = said.closest("fieldset")?.querySelector("legend");
    status.textContent = (legend ? legend.textContent + " " : "") + said.textContent;
  };

  const postPlainly = (form, name, value) => {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = name;
    field.value = value;
    form.append(field);
    form.submit();
  };

  /* Saves go out one after another: each starts from the cookie the one before it set, so a
     quick second choice never loses the first */
  let saving = Promise.resolve();
  const save = (form, name, value) => {
    const body = new URLSearchParams(new FormData(form));
    body.set(name, value);
    const send = () => fetch(form.action, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then((response) => {
      if (response.status !== 204) throw new Error(String(response.status));
    });
    const saved = saving.then(send);
    saving = saved.catch(() => {});
    return saved;
  };

  for (const form of toolbar.querySelectorAll(".a11y-toolbar__form")) {
    form.addEventListener("submit", (event) => {
      const button = event.submitter;
      if (!button || !button.name) return;
      event.preventDefault();
      const { name, value } = button;
      /* "Normal version", and a choice the server draws (embeds off), reload: a plain post,
         once the saves before it are done (a late save would undo it) */
      if (name === "mode" || button.hasAttribute("data-a11y-reload")) {
        saving.then(() => postPlainly(form, name, value));
        return;
      }
      const changes = name === "reset" ? defaults() : [[name, value]];
      for (const [setting, choice] of changes) choose(setting, choice);
      announce(button);
      updateBar();
      save(form, name, value).catch(() => postPlainly(form, name, value));
    });
  }

  /* A bar the site holds in place under a class no framework rule names (its own header, a
     cookie notice): wide, near the screen's top or bottom, short of the whole screen and no
     dialog. In the mode it scrolls with the page, as the frameworks' bars do: grown with the
     text it would cover the page and the toolbar. A class or style a script gives an element
     later (a header held once the page scrolls past it) is looked at when it changes. A box
     placed past the screen's edge, which the stylesheet's fallback (read from its margin) shows
     over what follows it, takes its place in the flow. */
  const unfix = (element) => {
    const style = getComputedStyle(element);
    const { position } = style;
    if (position === "absolute" && style.marginBottom === "-100000px") element.dataset.a11yUnfixed = "";
    if (position !== "fixed" && position !== "sticky") return;
    const box = element.getBoundingClientRect();
    const edge = position === "sticky" || box.top < innerHeight / 4 || box.bottom > innerHeight * 0.75;
    if (edge && box.width >= innerWidth / 2 && box.height < innerHeight * 0.9 &&
        !element.closest(".a11y-toolbar,.a11y-switch")) element.dataset.a11yUnfixed = "";
  };
  if (root.dataset.a11yMode === "on") {
    document.body.querySelectorAll("*").forEach(unfix);
    const changed = new Set();
    new MutationObserver((changes) => {
      if (!changed.size) requestAnimationFrame(() => { changed.forEach(unfix); changed.clear(); });
      for (const change of changes) changed.add(change.target);
    }).observe(document.body, { subtree: true, attributeFilter: ["class", "style"] });
  }

  /* "Skip to content" goes on to the page's <main> (without the script: past the toolbar) */
  const skip = toolbar.querySelector(".a11y-toolbar__skip[data-main]");
  const main = document.querySelector("main");
  if (skip && main) {
    skip.addEventListener("click", (event) => {
      event.preventDefault();
      if (!main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1");
      main.focus();
    });
  }

  /* The settings disclosure opens without a page load; whether it is open is remembered */
  const settings = toolbar.querySelector(".a11y-toolbar__settings");
  let settingsOpen = settings.open; /* a page drawn open fires "toggle" too: not a change */
  settings.addEventListener("toggle", () => {
    if (settings.open === settingsOpen) return;
    settingsOpen = settings.open;
    save(settings.querySelector("form"), "panel", settings.open ? "open" : "closed").catch(() => {});
  });

  /* Read aloud: the selection, else the main content, where the browser can speak. */
  const listen = toolbar.querySelector(".a11y-toolbar__listen");
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
