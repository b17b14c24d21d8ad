/* a11y_kit audit: what a visitor would find broken on the page as it is drawn now.
   Called with {mode, budget}: `mode` is whether the accessibility mode is on, `budget` the
   milliseconds the checks may take (past it they stop with an error: the view is too slow to
   audit). Returns findings {check, selector, figure}: the figure is the measured number or
   text behind the finding. */
(({ mode, budget }) => {
  const deadline = performance.now() + budget;
  const inTime = () => {
    if (performance.now() > deadline) throw new Error(`a11y_kit: checks over ${budget} ms`);
  };
  const desktop = window.innerWidth >= 960;
  /* WCAG 1.4.11: the edge of a control and the parts of a graphic need 3:1 */
  const MIN_GRAPHIC = 3;
  const findings = [];
  /* cause: what was measured of the element that chooses the advice (advice.py) */
  const report = (check, element, figure, cause = "") =>
    findings.push({ check, selector: selectorOf(element), figure: String(figure), cause });
  /* The first of the element and its ancestors whose style ``test`` holds for */
  const styledUp = (element, test) => {
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      if (test(getComputedStyle(node))) return node;
    }
    return null;
  };

  /* Drawn, and not visually hidden (clipped to a pixel for screen readers only) */
  const shown = (element) => {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      const rect = node.getBoundingClientRect();
      const clipped = style.clip !== "auto" || style.clipPath !== "none" || style.overflow !== "visible";
      if (clipped && (rect.width <= 2 || rect.height <= 2)) return false;
      if (style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)") return false;
    }
    return true;
  };
  /* …and not placed off the page's top or left edge, as skip links and screen-reader text are */
  const visible = (element) => {
    const placed = element.getBoundingClientRect();
    return shown(element) && placed.right + window.scrollX > 0 && placed.bottom + window.scrollY > 0;
  };
  /* Whether the shown ones of `parts` draw a mark at least 4 px each way between them (the
     three 2 px bars of a toggler together) */
  const drawnTogether = (parts) => {
    const boxes = [...parts]
      .filter((part) => shown(part) && (part.tagName !== "IMG" || getComputedStyle(part).display !== "none"))
      .map((part) => part.getBoundingClientRect())
      .filter((box) => box.width >= 1 && box.height >= 1);
    const span = (start, end) => Math.max(...boxes.map(end)) - Math.min(...boxes.map(start));
    return boxes.length > 0 && span((box) => box.left, (box) => box.right) >= 4 &&
      span((box) => box.top, (box) => box.bottom) >= 4;
  };
  /* Whether the element's ::before and ::after draw a mark at least 4 px each way between them
     (the two bars of a close cross) with a fill, an edge or text */
  const drawnByPseudoElements = (element) => {
    const drawn = ["::before", "::after"].map((pseudo) => getComputedStyle(element, pseudo))
      .filter((style) => style.content !== "none" && style.display !== "none" && (
        rgba(style.backgroundColor).a > 0 || parseFloat(style.borderTopWidth) > 0 ||
        style.content.replace(/^"|"$/g, "").trim() !== ""));
    const most = (side) => Math.max(0, ...drawn.map((style) => parseFloat(style[side]) || 0));
    return drawn.length > 0 && most("width") >= 4 && most("height") >= 4;
  };
  /* a11y_kit's own parts, and what the owner keeps out of the mode (data-a11y-keep) */
  const ours = (element) => element.closest(".a11y-toolbar, .a11y-switch, [data-a11y-keep]");
  /* An open modal dialog: the page behind it is meant to be out of reach and out of sight */
  const modal = [...document.body.querySelectorAll("[aria-modal=true], dialog")]
    .find((dialog) => (dialog.tagName !== "DIALOG" || dialog.matches(":modal")) && visible(dialog));

  /* Colours and WCAG contrast */
  const rgba = (value) => {
    const found = value.match(/[\d.]+/g) || [0, 0, 0, 0];
    return { r: +found[0], g: +found[1], b: +found[2], a: found.length > 3 ? +found[3] : 1 };
  };
  const luminance = ({ r, g, b }) => {
    const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const backgroundOf = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    return layers.reduceRight((below, top) => over(top, below), { r: 255, g: 255, b: 255, a: 1 });
  };

  const range = document.createRange();

  /* Text nodes that are drawn */
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    inTime();
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || ["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "OPTION"].includes(element.tagName)) continue;
    if (!visible(element)) continue;
    texts.push(node);
  }

  /* 1. Sideways scrolling, named by its cause: the narrowest box (or text) past the right edge
     that no box of its own scrolls (a wide table in its own scrolling box is not a cause) */
  const root = document.documentElement;
  const scrollsItself = (element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== "visible" && node.getBoundingClientRect().right <= root.clientWidth + 1) return true;
    }
    return false;
  };
  /* A box held in place on the screen (fixed, or inside one) never widens the page */
  const heldInPlace = (element) => {
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).position === "fixed") return true;
    }
    return false;
  };
  if (root.scrollWidth > root.clientWidth + 1) {
    const edge = root.clientWidth + 1;
    let culprit = null;
    for (const element of document.body.querySelectorAll("*")) {
      const rect = element.getBoundingClientRect();
      if (rect.width > 0 && rect.right > edge && (!culprit || rect.width < culprit.getBoundingClientRect().width) && !scrollsItself(element) && !heldInPlace(element)) {
        culprit = element;
      }
    }
    for (const node of culprit ? [] : texts) {
      range.selectNodeContents(node);
      if (range.getBoundingClientRect().right > edge) { culprit = node.parentElement; break; }
    }
    const wide = getComputedStyle(culprit || root);
    const cause = wide.whiteSpace === "nowrap" || wide.whiteSpace === "pre" ? "nowrap" :
      parseFloat(wide.minWidth) > root.clientWidth ? "min-width" : culprit && culprit.matches("input, select, textarea") ? "field" : "";
    report("sideways-scroll", culprit || root, `${root.scrollWidth} px > ${root.clientWidth} px`, cause);
  }

  /* 2. Words broken inside themselves: a word drawn on two lines although it fits one. A flex
     or grid item is as narrow as its siblings leave it: the line a word could have is the
     widest container up the way, had the items stacked, less the padding, borders and margins
     of the boxes between (stacked, they keep them). */
  const innerWidth = (box) => {
    const style = getComputedStyle(box);
    return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const frame = (box) => {
    const style = getComputedStyle(box);
    return ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth", "marginLeft", "marginRight"]
      .reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
  };
  const lineWidths = new Map();
  const lineWidthOf = (block) => {
    if (!lineWidths.has(block)) {
      let width = innerWidth(block);
      let frames = 0;
      for (let node = block; node.parentElement && node !== document.body; node = node.parentElement) {
        frames += frame(node);
        const display = getComputedStyle(node.parentElement).display;
        if (display.includes("flex") || display.includes("grid")) {
          width = Math.max(width, innerWidth(node.parentElement) - frames);
        }
      }
      lineWidths.set(block, width);
    }
    return lineWidths.get(block);
  };
  for (const node of texts) {
    const element = node.parentElement;
    const block = element.closest("td, th, li, p, div, section, main, body") || element;
    const lineWidth = lineWidthOf(block);
    /* A word ends at a space, or after a hyphen, dash or slash (where lines may break) */
    const wordPattern = /[^\s\u00ad\-\u2010-\u2014/]{2,}[\-\u2010-\u2014/]?/g;
    for (const match of node.textContent.matchAll(wordPattern)) {
      inTime();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      if (rects.length < 2) continue;
      const tops = new Set(rects.map((rect) => Math.round(rect.top)));
      if (tops.size < 2) continue;
      const wordWidth = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (wordWidth <= lineWidth) report("broken-words", element, `"${match[0]}" on ${tops.size} lines`);
    }
  }

  /* 3. Text colours (in the mode: the scheme's, at 7:1 or more) */
  if (mode) {
    for (const node of texts) {
      inTime();
      const element = node.parentElement;
      if (ours(element)) continue;
      const ratio = contrast(rgba(getComputedStyle(element).color), backgroundOf(element));
      const pictured = styledUp(element, (style) => style.backgroundImage !== "none");
      if (ratio < 7) report("text-contrast", element, `${ratio.toFixed(2)}:1`, pictured ? "background-image" : "own-colours");
    }
  }

  /* 4. Placeholders: 4.5:1, and not styled like typed text */
  for (const field of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
    if (!visible(field) || field.value) continue;
    const own = getComputedStyle(field);
    const placeholder = getComputedStyle(field, "::placeholder");
    const colour = rgba(placeholder.color);
    const ratio = contrast(over(colour, backgroundOf(field)), backgroundOf(field));
    if (ratio < 4.5) report("placeholder-contrast", field, `${ratio.toFixed(2)}:1`);
    else if (placeholder.color === own.color && placeholder.fontStyle === own.fontStyle) {
      report("placeholder-contrast", field, "looks like typed text");
    }
  }

  /* 5. Form controls that clip their text (a button whose only text is for screen readers,
     such as a menu toggler's, has none to clip) */
  const showsText = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent.trim() && visible(node.parentElement)) return true;
    }
    return false;
  };
  for (const control of document.querySelectorAll("input:not([type=checkbox],[type=radio],[type=hidden],[type=range],[type=color],[type=file]), select, textarea, button")) {
    if (!visible(control) || ours(control)) continue;
    if (control.tagName === "BUTTON" && !showsText(control)) continue;
    const style = getComputedStyle(control);
    const inner = control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const needed = parseFloat(style.fontSize) * 1.1;
    if (inner + 1 < needed) report("clipped-controls", control, `${Math.round(inner)} px inside for ${Math.round(needed)} px text`);
    else if (control.tagName === "BUTTON") {
      range.selectNodeContents(control);
      const box = control.getBoundingClientRect();
      const text = range.getBoundingClientRect();
      if (text.width && (text.left < box.left - 1 || text.right > box.right + 1)) {
        report("clipped-controls", control, `${Math.round(text.width)} px of text in ${Math.round(box.width)} px`);
      }
    }
  }

  /* 6. Images off: each <img> with alt text shows the text in its place */
  if (mode && root.dataset.a11yImages === "off") {
    for (const image of document.querySelectorAll("img[alt]")) {
      const alt = image.getAttribute("alt").trim();
      if (!alt || ours(image) || !image.parentElement) continue;
      const shown = image.parentElement.innerText || "";
      if (!shown.includes(alt)) report("images-off-alt", image, `"${alt}" not shown`);
    }
  }

  /* 7. Links and buttons with no visible name, or an empty focus stop */
  for (const control of (modal || document).querySelectorAll("a[href], button")) {
    if (ours(control) || !control.checkVisibility({ visibilityProperty: true })) continue;
    const rect = control.getBoundingClientRect();
    const drawn = rect.width >= 1 && rect.height >= 1 && shown(control);
    const hasContent = (control.innerText || "").trim() ||
      drawnTogether(control.querySelectorAll("svg, img, i, span")) ||
      drawnByPseudoElements(control) || getComputedStyle(control).backgroundImage !== "none";
    if (control.tabIndex >= 0 && (!drawn || !hasContent)) {
      const kind = control.localName === "button" ? "button" : control.querySelector("img") ? "image-link" : "empty-link";
      report("empty-focus-stop", control, drawn ? "no visible name" : `${Math.round(rect.width)}×${Math.round(rect.height)} px`, kind);
    }
  }

  /* 8. Text columns squeezed below 25 characters a line */
  for (const block of desktop ? document.body.querySelectorAll("p, li, dd, td, blockquote") : []) {
    if (ours(block) || !visible(block)) continue;
    const text = (block.innerText || "").trim();
    if (text.length < 120) continue;
    const style = getComputedStyle(block);
    const charWidth = parseFloat(style.fontSize) * 0.5 + (parseFloat(style.letterSpacing) || 0);
    const perLine = block.clientWidth / charWidth;
    if (perLine < 25) report("squeezed-text", block, `${Math.floor(perLine)} characters a line`);
  }

  /* 9. Disabled controls look disabled */
  const looks = (element) => {
    const style = getComputedStyle(element);
    return [style.opacity, style.textDecorationLine, style.borderStyle, style.fontStyle, style.color, style.backgroundColor].join("|");
  };
  for (const disabled of document.querySelectorAll(":disabled, [aria-disabled=true], .disabled > a, .disabled > span, a.disabled")) {
    if (ours(disabled) || !visible(disabled) || disabled.matches("fieldset, option, optgroup")) continue;
    const kin = [...document.querySelectorAll(disabled.tagName)].find((other) =>
      other !== disabled && visible(other) && !ours(other) && other.type === disabled.type &&
      !other.matches(":disabled, [aria-disabled=true]") && !other.closest(".disabled"));
    if (kin && looks(kin) === looks(disabled)) report("disabled-indistinct", disabled, "drawn like its enabled twin");
  }

  /* 10. Every control can be hit at its centre once scrolled into view: nothing (a fixed bar,
     a dialog that cannot scroll) lies over it. a11y_kit's toolbar is checked too. While a modal
     dialog is open, the page behind it is meant to be out of reach: its controls are checked. */
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary";
  const scrolled = [window.scrollX, window.scrollY];
  for (const control of (modal || document.body).querySelectorAll(controls)) {
    inTime();
    if (control.closest("[data-a11y-keep], .a11y-toolbar__status") || !visible(control)) continue;
    const own = control.getBoundingClientRect();
    if (own.width < 1 || own.height < 1) continue;
    control.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "instant" });
    const box = control.getBoundingClientRect();
    if (box.top + window.scrollY < 0) continue; /* placed above the page until focused */
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const label = hit && hit.closest("label");
    const reached = hit && (control.contains(hit) || hit.contains(control) || (label && label.control === control));
    const held = hit && styledUp(hit, (style) => style.position === "fixed" || style.position === "sticky");
    if (!reached) report("covered-controls", control, hit ? `under ${selectorOf(hit)}` : "off the screen", !hit ? "off-screen" : held ? "held-in-place" : "overlap");
  }
  window.scrollTo({ left: scrolled[0], top: scrolled[1], behavior: "instant" });

  /* 11. Fields keep a visible edge: a border or a fill at 3:1 against what is around them */
  const fields = "input:not([type=checkbox],[type=radio],[type=hidden],[type=submit],[type=button],[type=reset],[type=image],[type=range],[type=color],[type=file]), select, textarea";
  for (const field of document.body.querySelectorAll(fields)) {
    if (ours(field) || !visible(field)) continue;
    const style = getComputedStyle(field);
    const around = field.parentElement ? backgroundOf(field.parentElement) : { r: 255, g: 255, b: 255, a: 1 };
    const fill = over(rgba(style.backgroundColor), around);
    let best = contrast(fill, around);
    for (const side of ["Top", "Right", "Bottom", "Left"]) {
      if (parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== "none") {
        best = Math.max(best, contrast(over(rgba(style[`border${side}Color`]), around), around));
      }
    }
    const bordered = ["Top", "Right", "Bottom", "Left"].some((side) => parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Style`] !== "none");
    if (best < MIN_GRAPHIC) report("field-edge", field, `${best.toFixed(2)}:1`, bordered ? "faint-border" : "no-border");
  }

  /* 12. An open dialog held in place (fixed) fits the screen, or scrolls inside a box that
     does: else what lies below the screen can never be reached */
  const dialogs = "dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]";
  for (const dialog of document.body.querySelectorAll(dialogs)) {
    if (ours(dialog) || !visible(dialog)) continue;
    const rect = dialog.getBoundingClientRect();
    if (rect.bottom <= window.innerHeight + 1 && rect.top >= -1) continue;
    let held = false;
    let scrolls = false;
    for (let node = dialog; node && node !== root; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.clientHeight <= window.innerHeight + 1 &&
          node.scrollHeight > node.clientHeight) scrolls = true;
      if (style.position === "fixed") { held = true; break; }
    }
    if (held && !scrolls) report("dialog-fit", dialog, `${Math.round(rect.height)} px in a ${window.innerHeight} px screen`);
  }

  /* 13. What a script added later gets the mode too: embeds off leaves a link in its place */
  if (mode && root.dataset.a11yEmbeds === "off") {
    for (const embed of document.body.querySelectorAll("iframe, video, audio, object, embed")) {
      if (ours(embed) || (embed.parentElement && embed.parentElement.closest("object"))) continue;
      const previous = embed.previousElementSibling;
      if (!previous || !previous.matches(".a11y-embed-link")) report("embed-link", embed, "no link in its place");
    }
  }

  return findings;
})