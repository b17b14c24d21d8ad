/* Page-coordinate boxes of the elements matching `selector` (a11y_kit's own left out, and,
   while a modal dialog is open, the page behind it), each marked with `mark` = its index, and
   the page's background colour. */
(({ selector, mark, textless }) => {
  const background = getComputedStyle(document.documentElement).backgroundColor
    .match(/[\d.]+/g).slice(0, 3).map(Number);
  const boxes = [];
  const modal = [...document.querySelectorAll("[aria-modal=true], dialog")].find((dialog) =>
    (dialog.tagName !== "DIALOG" || dialog.matches(":modal")) && dialog.checkVisibility());
  for (const element of (modal || document).querySelectorAll(selector)) {
    if (element.closest(".a11y-toolbar, .a11y-switch, [data-a11y-keep]")) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    if (textless && (element.innerText || "").trim()) continue;
    let r = element.getBoundingClientRect();
    /* A transparent input drawn by its label (GOV.UK): the label's box is what changes */
    if (getComputedStyle(element).opacity === "0" && element.labels && element.labels[0]) {
      const label = element.labels[0].getBoundingClientRect();
      const left = Math.min(r.left, label.left), top = Math.min(r.top, label.top);
      r = { x: left, y: top, width: Math.max(r.right, label.right) - left,
            height: Math.max(r.bottom, label.bottom) - top };
    }
    if (r.width < 2 || r.height < 2) continue;
    element.setAttribute(mark, String(boxes.length));
    boxes.push({ x: r.x + scrollX - 1, y: r.y + scrollY - 1, width: r.width + 2,
                 height: r.height + 2, selector: selectorOf(element), background });
  }
  return boxes;
})
