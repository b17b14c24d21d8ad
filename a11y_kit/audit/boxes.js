/* Page-coordinate boxes of the elements matching `selector` (a11y_kit's own left out, and,
   while a modal dialog is open, the page behind it), each marked with `mark` = its index, and
   the page's background colour. With `band` = marked indices, a screenful of them: the first
   scrolled into view, and [index, viewport box] of it and of each other one wholly in view,
   neither clipped by a box it scrolls in nor covered (a page screenshot lays a fixed dialog
   out again at the page's height, moving what scrolls inside it). A radio's box names its
   group: checking one unchecks the others. */
(({ selector, mark, textless, band }) => {
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
  if (band !== undefined) {
    const marked = (index) => document.querySelector(`[${mark}="${index}"]`);
    marked(band[0]).scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
    const inside = (box, r) => box.x >= r.left && box.y >= r.top &&
      box.x + box.width <= r.right && box.y + box.height <= r.bottom;
    const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    const unclipped = (element, box) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        if (!inside(box, node.getBoundingClientRect())) return false;
      }
      return true;
    };
    const uncovered = (element, box) => {
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !!hit && (element.contains(hit) || hit.contains(element) ||
        [...(element.labels || [])].some((label) => label.contains(hit)));
    };
    const shown = [];
    for (const index of band) {
      const element = marked(index), box = boxOf(element, [0, 0]);
      if (element.type === "radio" && element.name) {
        box.group = `${[...document.forms].indexOf(element.form)} ${element.name}`;
      }
      if (index === band[0] ||
          (inside(box, view) && unclipped(element, box) && uncovered(element, box))) {
        shown.push([index, box]);
      }
    }
    return shown;
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
