/* a11y_kit: images off on what the server did not draw so (a page drawn with images on, and
   what a script adds after load, such as a dialog filled from an API). Loaded only once a
   visitor chooses images off or greyscale. */
(() => {
  "use strict";
  const root = document.documentElement;

  /* A link made of images without any alt (an avatar) shows the best name there is, once */
  const nameOf = (image, named) => {
    const link = image.parentElement;
    if (image.hasAttribute("alt") || !link || link.localName !== "a" || named.has(link)) return "";
    named.add(link);
    if (link.textContent.trim()) return "";
    const given = [link.getAttribute("aria-label"), link.getAttribute("title"), image.getAttribute("title")]
      .find((name) => name && name.trim());
    return given ? given.trim() : (image.getAttribute("src") || "").split(/[?#]/)[0].replace(/\/+$/, "").split("/").pop();
  };

  /* Images off on a page drawn with them on: what the server writes for such a page, the alt
     text beside each image, and links holding only decorative images marked. */
  const showAltText = () => {
    const named = new Set();
    for (const image of document.querySelectorAll("img")) {
      const next = image.nextElementSibling;
      const alt = (image.getAttribute("alt") || "").trim() || nameOf(image, named);
      if (!alt || (next && next.matches(".a11y-alt, .a11y-image__alt"))) continue;
      const text = document.createElement("span");
      text.className = "a11y-alt";
      text.textContent = alt;
      image.after(text);
    }
    for (const link of document.querySelectorAll("a")) {
      const parts = [...link.childNodes].filter((n) => n.nodeType !== 3 || n.textContent.trim());
      if (parts.length && parts.every((n) => n.nodeName === "IMG" && n.getAttribute("alt") === "")) {
        link.setAttribute("data-a11y-decorative", "");
      }
    }
  };

  const follow = () => root.dataset.a11yMode === "on" && root.dataset.a11yImages === "off" && showAltText();
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ["data-a11y-images"] });
  new MutationObserver(follow).observe(document.body, { childList: true, subtree: true });
  follow();
})();
