"""Host sites on real framework CSS (npm packages, pinned in package.json) and the checks
that the accessibility mode holds on them."""
