"""The HTTP side: the preferences endpoint, the response hook (cookie, cache headers, page
rewrites), origin checks and cache helpers."""
