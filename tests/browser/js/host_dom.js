// A document's DOM as Chromium built it, with a11y_kit's own nodes and attributes set aside,
// as JSON; and what a11y_kit should have added.
(document) => {
  const OURS = [
    "#a11y-toolbar", ".a11y-after-toolbar", ".a11y-switch", ".a11y-alt",
    ".a11y-embed-link", 'link[href*="/a11y/"]', 'script[src*="/a11y/"]',
  ].join(",");
  const tree = (node) => {
    switch (node.nodeType) {
      case 1: {
        if (node.matches(OURS)) return null;
        const attributes = [...node.attributes]
          .filter((attribute) => !attribute.name.startsWith("data-a11y-"))
          .map((attribute) => [attribute.namespaceURI, attribute.name, attribute.value]);
        const holder = node.localName === "template" ? node.content : node;
        return ["element", node.namespaceURI, node.localName, attributes, children(holder)];
      }
      case 3:
        return ["text", node.data];
      case 8:
        return ["comment", node.data];
      case 10:
        return ["doctype", node.name, node.publicId, node.systemId];
      default:
        return ["other", node.nodeType, node.nodeName];
    }
  };
  const children = (parent) => {
    const kept = [];
    for (const child of parent.childNodes) {
      const item = tree(child);
      if (item === null) continue;
      const previous = kept[kept.length - 1];
      if (item[0] === "text" && previous && previous[0] === "text") previous[1] += item[1];
      else kept.push(item);
    }
    return kept;
  };
  const toolbars = document.querySelectorAll("#a11y-toolbar");
  return {
    dom: JSON.stringify([document.compatMode, document.characterSet, children(document)]),
    toolbarsInBody: [...toolbars].filter((toolbar) => toolbar.parentElement === document.body).length,
    toolbars: toolbars.length,
    mode: document.documentElement.getAttribute("data-a11y-mode"),
    stylesheetApplied: document.defaultView.getComputedStyle(document.documentElement)
      .getPropertyValue("--a11y-font") !== "",
  };
}
