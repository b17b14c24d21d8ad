"""Proof that the accessibility mode holds on a site's own pages, in a real browser.

``checks`` measures one page as drawn; ``matrix`` says in which modes; ``runner`` drives
Chromium through them. ``flask a11y audit`` and ``a11y_kit.testing`` use them, and so do
a11y_kit's own corpus tests.
"""
