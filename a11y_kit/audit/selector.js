/* A CSS selector that finds `element` again on the same page in another mode (the toolbar, a
   <section> of its own, is left out of the count of sections). */
function selectorOf(element) {
  if (!element || element === document.documentElement) return "html";
  const parts = [];
  for (let node = element; node && node.nodeType === 1 && node !== document.body; node = node.parentElement) {
    if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) { parts.unshift("#" + node.id); break; }
    const siblings = [...node.parentElement.children].filter(
      (other) => other.tagName === node.tagName && !other.matches(".a11y-toolbar"));
    const index = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : "";
    parts.unshift(node.tagName.toLowerCase() + index);
  }
  return parts.join(" > ") || "body";
}
