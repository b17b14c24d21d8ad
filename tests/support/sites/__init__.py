"""Small host sites the tests run a11y_kit on."""
