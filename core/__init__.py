"""What every Praxis app shares, importing no Praxis app.

Visibility and access, locales and their fallback, translation helpers,
pagination, attribution and anonymisation, public-form protection, the
client's address, rich-text features, the image model, and the plumbing of
the headless API (``core.api``). The apps build on it in one direction:
``config`` → ``home``, ``search`` → ``governance``, ``moderation`` →
``engagement`` → ``lessons`` → ``core`` (checked by ``make lint``).
"""
