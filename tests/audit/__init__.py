"""`flask a11y audit` and the pytest plugin, run as a site owner would."""
