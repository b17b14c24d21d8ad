/* Icons on the page: elements drawing private-use characters or set in an icon font. With a
   list of selectors, those elements instead (the same icons, found again in another mode).
   Marks each with `mark` = its selector, for the DevTools protocol to find. */
(({ mark, words, families, selectors }) => {
  const isIcon = (element) => {
    if (element.children.length) return false;
    const family = getComputedStyle(element).fontFamily.toLowerCase();
    const before = getComputedStyle(element, "::before").content;
    return /[\ue000-\uf8ff]/.test(before + element.textContent) ||
      words.some((word) => family.split(",")[0].includes(word)) ||
      families.some((name) => family.includes(name.toLowerCase()));
  };
  const candidates = selectors
    ? selectors.map((selector) => document.querySelector(selector)).filter(Boolean)
    : [...document.body.querySelectorAll("i, span, em, b")].filter((element) =>
        !element.closest(".a11y-toolbar, .a11y-switch, [data-a11y-keep]") && element.getClientRects().length &&
        isIcon(element));
  return candidates.map((element) => {
    const selector = selectorOf(element);
    element.setAttribute(mark, selector);
    return selector;
  });
})
