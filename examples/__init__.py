"""Example sites that use a11y_kit."""
