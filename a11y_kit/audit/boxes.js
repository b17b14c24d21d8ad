/* Page-coordinate boxes of the elements matching `selector` (a11y_kit's own left out, and,
   while a modal dialog is open, the page behind it), each marked with `mark` = its index, and
   the page's background colour. With `scroll` = an index, only that marked element's box, once
   scrolled into view, in viewport coordinates (a page screenshot lays a fixed dialog out again
   at the page's height, moving what scrolls inside it). */
(({ selector, mark, textless, scroll }) => {
  const background = getComputedStyle(document.documentElement).backgroundColor
    .match(/[\d.]+/g).slice(0, 3).map(Number);
  const boxOf = (element, [originX, originY] = [scrollX, scrollY]) => {
    let r = element.getBoundingClientRect();
    /* A transparent input drawn by its label (GOV.UK): the label's box is what changes */
    if (getComputedStyle(element).opacity === "0" && element.labels && element.labels[0]) {
      const label = element.labels[0].getBoundingClientRect();
      const left = Math.min(r.left, label.left), top = Math.min(r.top, label.top);
      r = { x: left, y: top, width: Math.max(r.right, label.right) - left,
            height: Math.max(r.bottom, label.bottom) - top };
    }
    return { x: r.x + originX - 1, y: r.y + originY - 1, width: r.width + 2,
             height: r.height + 2, selector: selectorOf(element), background };
  };
  if (scroll !== undefined) {
    const element = document.querySelector(`[${mark}="${scroll}"]`);
    element.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
    return [boxOf(element, [0, 0])];
  }
  for (const marked of document.querySelectorAll(`[${mark}]`)) marked.removeAttribute(mark);
  const boxes = [];
  const modal = [...document.querySelectorAll("[aria-modal=true], dialog")].find((dialog) =>
    (dialog.tagName !== "DIALOG" || dialog.matches(":modal")) && dialog.checkVisibility());
  for (const element of (modal || document).querySelectorAll(selector)) {
    if (element.closest(".a11y-toolbar, .a11y-switch, [data-a11y-keep]")) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    if (textless && (element.innerText || "").trim()) continue;
    const box = boxOf(element);
    if (box.width < 4 || box.height < 4) continue;
    element.setAttribute(mark, String(boxes.length));
    boxes.push(box);
  }
  return boxes;
})
