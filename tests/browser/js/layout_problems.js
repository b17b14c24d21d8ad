/* Layout problems a visitor would see: sideways scrolling, text outside the viewport,
   clipped or overlapping text boxes (text a box that scrolls up and down holds beyond its edge
   is scrolled to, not clipped) (client rects of every non-blank text node; one pixel of
   tolerance for sub-pixel rounding). Text clipped to a pixel on purpose, for screen readers
   only, is not drawn and not checked. */
(() => {
  const forScreenReadersOnly = (element) => {
    for (let up = element; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      const box = up.getBoundingClientRect();
      const clipped = style.clipPath !== "none" || style.overflow !== "visible";
      if (clipped && (box.width <= 2 || box.height <= 2)) return true;
    }
    return false;
  };
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width + 1) {
    problems.push(`scrolls sideways: ${root.scrollWidth} > ${width}`);
  }
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    if (forScreenReadersOnly(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const text = node.textContent.trim().slice(0, 30);
      let hidden = false; /* scrolled out of its box's sight: not drawn, overlapping nothing */
      if (rect.left < -1 || rect.right > width + 1) {
        problems.push(`outside the viewport: "${text}"`);
      }
      for (let up = element; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const clip = up.getBoundingClientRect();
        /* a box that scrolls up and down holds what is below its edge: scrolled to, not lost */
        const scrolls = /(auto|scroll)/.test(style.overflowY);
        if (rect.left < clip.left - 1 || rect.right > clip.right + 1 ||
            (!scrolls && (rect.top < clip.top - 1 || rect.bottom > clip.bottom + 1))) {
          problems.push(`clipped by ${up.tagName.toLowerCase()}.${up.className}: "${text}"`);
        }
        if (scrolls && (rect.bottom <= clip.top || rect.top >= clip.bottom)) hidden = true;
      }
      if (!hidden) boxes.push({ rect, node, text });
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].rect, b = boxes[j].rect;
      if (boxes[i].node === boxes[j].node) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > 2 && overlapY > 2) {
        problems.push(`overlap: "${boxes[i].text}" / "${boxes[j].text}"`);
      }
    }
  }
  return problems;
})
