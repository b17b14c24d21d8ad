"""Benchmarks of a11y_kit's budgets; run ``python -m benchmarks``."""
