"""Helpers shared by tests and benchmarks: live servers, the browser, host sites."""
