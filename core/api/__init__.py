"""The parts every router of the headless API shares.

``config/api.py`` assembles the API from each app's router; the routers build
on what is here: problem responses (RFC 9457), the locale parameter and its
fallback rule, page-number pagination, FilterSet-backed query parameters,
caching headers, the per-client rate limit, common schemas (pages, terms,
images, documents, rich text) and preview tokens.
"""
