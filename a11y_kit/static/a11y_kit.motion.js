/* a11y_kit: motion stopped, for what CSS cannot stop. Loaded only once a visitor chooses it:
   animated images hold their first frame, media never start by themselves, marquees stand,
   Bootstrap's carousels move only when the visitor moves them. Choosing "as on the site" gives
   back what was held (media stay paused). */
(() => {
  "use strict";
  const root = document.documentElement;
  const stopped = () => root.dataset.a11yMode === "on" && root.dataset.a11yMotion === "stopped";
  const animated = /\.(gif|webp|a?png)([?#]|$)/i;
  const last = { at: -1e4, target: root };
  for (const type of ["pointerdown", "keydown"]) {
    document.addEventListener(type, (event) => {
      last.at = performance.now();
      last.target = event.target;
    }, true);
  }

  /* An element moved by the visitor's own click or key press of the last second */
  const byVisitor = (element) => {
    if (performance.now() - last.at > 1000 || !last.target.closest) return false;
    const id = element.id && CSS.escape(element.id);
    return element.contains(last.target) ||
      Boolean(id && last.target.closest(`[data-bs-target="#${id}"],[data-target="#${id}"],[href="#${id}"]`));
  };

  /* The first frame, drawn where the page may read it back; else hidden behind its alt text */
  const holdImage = (image) => {
    if (image.dataset.a11ySrc !== undefined || !animated.test(image.currentSrc || image.src)) return;
    if (!image.complete) return image.addEventListener("load", () => stopped() && holdImage(image), { once: true });
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    try {
      canvas.getContext("2d").drawImage(image, 0, 0);
      const still = canvas.toDataURL();
      image.dataset.a11ySrc = image.getAttribute("src") || "";
      image.dataset.a11ySrcset = image.getAttribute("srcset") || "";
      image.removeAttribute("srcset");
      image.src = still;
    } catch {
      const next = image.nextElementSibling;
      if (image.alt && !(next && next.matches(".a11y-alt"))) {
        const text = document.createElement("span");
        text.className = "a11y-alt";
        text.textContent = image.alt;
        image.after(text);
      }
    }
  };

  /* Everything held; what plays is paused only when the visitor chooses to stop motion (new
     content never pauses what the visitor started) */
  const hold = (pausing) => {
    for (const image of document.images) holdImage(image);
    for (const marquee of document.querySelectorAll("marquee")) marquee.stop();
    for (const media of document.querySelectorAll("video, audio")) {
      if (media.hasAttribute("autoplay")) {
        media.removeAttribute("autoplay");
        media.setAttribute("data-a11y-autoplay", "");
      }
      if (pausing) media.pause();
    }
  };

  const release = () => {
    for (const image of document.querySelectorAll("img[data-a11y-src]")) {
      if (image.dataset.a11ySrcset) image.srcset = image.dataset.a11ySrcset;
      image.src = image.dataset.a11ySrc;
      delete image.dataset.a11ySrc;
      delete image.dataset.a11ySrcset;
    }
    for (const marquee of document.querySelectorAll("marquee")) {
      if (marquee.getAttribute("scrollamount") === "0") marquee.removeAttribute("scrollamount");
      marquee.start();
    }
    for (const media of document.querySelectorAll("[data-a11y-autoplay]")) {
      media.removeAttribute("data-a11y-autoplay");
      media.setAttribute("autoplay", "");
    }
  };

  /* Media a script starts and carousel timers are refused while motion is stopped */
  document.addEventListener("play", (event) => {
    const activation = navigator.userActivation;
    if (stopped() && !(activation ? activation.isActive : byVisitor(event.target))) event.target.pause();
  }, true);
  const refuseSlide = (event) => {
    const carousel = event.target;
    if (stopped() && carousel.nodeType === 1 && !byVisitor(carousel)) event.preventDefault();
  };
  document.addEventListener("slide.bs.carousel", refuseSlide, true);
  if (window.jQuery) window.jQuery(document).on("slide.bs.carousel", refuseSlide);

  let held = false;
  const follow = () => {
    if (stopped()) hold(!held);
    else if (held) release();
    held = stopped();
  };
  new MutationObserver(follow).observe(root, { attributes: true, attributeFilter: ["data-a11y-motion", "data-a11y-mode"] });
  new MutationObserver(() => stopped() && hold(false)).observe(document.body, { childList: true, subtree: true });
  follow();
})();
