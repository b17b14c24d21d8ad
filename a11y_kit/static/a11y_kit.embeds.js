/* a11y_kit: embedded content off on what a script adds after load (the server drew the rest).
   Loaded only while a visitor has embedded content off. */
(() => {
  "use strict";
  const root = document.documentElement;

  /* Embedded content off on what a script added: a link with the embed's title in its place */
  const showEmbedLinks = () => {
    for (const embed of document.querySelectorAll("iframe, video, audio, object, embed")) {
      const before = embed.previousElementSibling;
      if ((before && before.matches(".a11y-embed-link")) || embed.parentElement.closest("object")) continue;
      const address = embed.getAttribute("src") || embed.getAttribute("data") || "";
      const link = document.createElement(/^(https?:|[^:]*$)/i.test(address) && !embed.closest("a") ? "a" : "span");
      if (link.localName === "a") link.href = address;
      link.className = "a11y-embed-link";
      link.textContent = (embed.getAttribute("title") || embed.getAttribute("aria-label") || "").trim() || "Embedded content";
      embed.before(link);
    }
  };
  const follow = () => root.dataset.a11yMode === "on" && root.dataset.a11yEmbeds === "off" && showEmbedLinks();
  new MutationObserver(follow).observe(document.body, { childList: true, subtree: true });
  follow();
})();
