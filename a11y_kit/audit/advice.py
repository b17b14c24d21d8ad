"""What each check's finding means to a visitor, and where the site owner looks to fix it."""

from __future__ import annotations

#: Check → why it matters, then how to fix it.
HOW_TO_FIX: dict[str, str] = {
    "sideways-scroll": "A page wider than the screen makes a reader scroll both ways for every "
    "line (WCAG 1.4.10). Look in the site's CSS for a fixed width, a min-width or white-space: "
    "nowrap on the element or its containers, and let them shrink (max-width: 100%).",
    "covered-controls": "A control whose centre lies under something else cannot be clicked: "
    "the finding names what covers it. Usually a bar the site holds in place (position: fixed "
    "or sticky) under a class a11y_kit does not know: give it one of .fixed-top, .sticky-top "
    "(or make it static in the mode with [data-a11y-mode=on] selectors).",
    "field-edge": "A field without an edge or fill at 3:1 cannot be found (WCAG 1.4.11): give "
    "it a border the mode can colour.",
    "dialog-fit": "A dialog held in place and taller than the screen hides its last fields and "
    "its buttons for good. Give the dialog (or its overlay) max-height: 100vh and "
    "overflow-y: auto, or role=dialog so that the mode does.",
    "embed-link": "An embed a script added was hidden with embedded content off and left no "
    "link in its place. The page's script runs after a11y_kit's: give the embed a title, and "
    "check that a11y_kit's script is on the page.",
    "broken-words": "A word whose letters land on two lines is hard to read at large sizes. Look "
    "for word-break: break-all or overflow-wrap: anywhere in the site's CSS, and for flex or grid "
    "items too narrow for their words (let the row wrap: flex-wrap: wrap).",
    "text-contrast": "Text below 7:1 in a high-contrast scheme is unreadable for the visitors who "
    "chose it: the element keeps colours of its own in the mode.",
    "placeholder-contrast": "A faint placeholder cannot be read. Look for a ::placeholder colour "
    "with !important in the site's CSS: it wins over the scheme.",
    "clipped-controls": "A control cut off hides its text or value at large sizes. Look for a "
    "fixed height, max-height or line-height with overflow: hidden on the control or its box.",
    "icon-glyphs": "An icon drawn in the reading font turns into a letter or an empty box. Name "
    "the site's own icon font in A11Y_ICON_FONTS so that the mode keeps it.",
    "checkbox-state": "Checked and unchecked must differ at 3:1 (WCAG 1.4.11). A checkbox drawn "
    "with background images of the site's loses its state in the scheme: let the native control "
    "show, or draw the state with currentColor.",
    "icon-only-controls": "A control that is only an icon vanishes when its drawing matches the "
    "scheme's background. Draw the icon with currentColor (an SVG fill), or give the control "
    "visible text; a background-image icon cannot follow the scheme.",
    "images-off-alt": "With images off an image without its text in place leaves a hole. Give "
    "every meaningful image an alt text (plain <img alt> or a11y.image()); a11y_kit shows it.",
    "empty-focus-stop": "A focus stop with nothing to see leaves keyboard users lost: give the "
    "control a visible name.",
    "squeezed-text": "A column too narrow for a few words a line is tiring to read at large "
    "sizes. Look for floats or fixed-width sidebars in the site's CSS and let them stack.",
    "disabled-indistinct": "A disabled control must look disabled in every scheme. Use the "
    "disabled attribute (not only a class) so that the mode can draw it.",
    "axe": "The mode added an accessibility rule violation that normal mode did not have; the "
    "finding names the axe-core rule. Usually the site's CSS that the mode's colours or sizes "
    "expose: see the rule's help on dequeuniversity.com.",
    "needs-javascript": "Without JavaScript the page shows almost none of its text: its script "
    "draws the content, so the checks (run without JavaScript, as at first paint) saw an "
    "almost empty page, and so do visitors whose script is blocked or fails. Render the content "
    "on the server; the figure gives the text measured both ways.",
    "http-status": "A page that answers an error in one setting fails exactly the visitors who "
    "chose it. Look in the server log for that request: often a view or template that does not "
    "expect a setting.",
    "left-the-site": "The route sends the visitor to another site, which the audit does not "
    "check. Nothing to do if that is intended.",
    "audit-error": "Something went wrong in this one view (the message says what), often the "
    "page's own script navigating or reloading while it was checked; the other views and pages "
    "were audited. Audit the page alone with --page to see it again.",
    "page-too-slow": "The page, or its checks, did not finish within the audit's budget. Look for "
    "a response that never ends or a very large page; audit it alone with --page.",
}

#: What to look for, by check and by what was measured of the element (the finding's cause).
CAUSES: dict[tuple[str, str], str] = {
    ("sideways-scroll", "nowrap"): "The element keeps its text on one line (white-space: nowrap "
    "or pre in the site's CSS): let it wrap.",
    ("sideways-scroll", "min-width"): "The element has a min-width wider than the screen: "
    "lower it, or make it a max-width.",
    ("sideways-scroll", "field"): "A field with a width or size of its own widens its row: "
    "give it width: 100% and max-width: 100%, or let its row wrap (flex-wrap: wrap).",
    ("covered-controls", "held-in-place"): "What covers it is held in place (position: fixed "
    "or sticky) under a class a11y_kit does not know: give it one of .fixed-top, .sticky-top "
    "(or make it static in the mode with [data-a11y-mode=on] selectors).",
    ("covered-controls", "overlap"): "What covers it is placed over it (position: absolute, "
    "a negative margin or a transform in the site's CSS): let it stay in the flow.",
    ("covered-controls", "off-screen"): "The control cannot be scrolled into the screen: look "
    "for overflow: hidden on a box holding it, or a position that puts it outside the page.",
    ("text-contrast", "background-image"): "It, or a box behind it, has a background image the "
    "scheme cannot recolour: draw the picture with an <img> (which images off hides), or mark "
    "the box data-a11y-keep if its colours must stay.",
    ("text-contrast", "own-colours"): "A rule of the site's sets its colour more specifically "
    "than the mode does (often with !important): scope that rule to the normal version, "
    ":root:not([data-a11y-mode=on]) …",
    ("field-edge", "no-border"): "The field has no border (border: 0 or border-style: none in "
    "the site's CSS) and a fill like its background: give it a border the mode can colour.",
    ("field-edge", "faint-border"): "The field's border keeps a colour of the site's close to "
    "the background: a rule of the site's colours it more specifically than the mode does.",
    ("empty-focus-stop", "image-link"): "Give the link's image an alt text naming where the "
    'link goes; alt="" is for images that are decoration, not links.',
    ("empty-focus-stop", "button"): "Give the button visible text, or an icon drawn with "
    "currentColor and an aria-label.",
    ("empty-focus-stop", "empty-link"): "Give the link text (or remove it from the tab order if "
    "it is not a link at all).",
}


def advice_for(check: str, cause: str = "") -> str:
    """Why a finding matters and how to fix it, from what was measured where there is a cause."""
    specific = CAUSES.get((check, cause))
    return f"{HOW_TO_FIX[check]} {specific}" if specific else HOW_TO_FIX[check]
