"""Gunicorn's settings for Praxis (``gunicorn -c config/gunicorn.py``).

Every value can be set from the environment, so one image fits a small
machine and a large one:

``PORT``                  where to listen (``8000``), on every interface
``WEB_CONCURRENCY``       worker processes (``2 × cores + 1``, at most 8)
``GUNICORN_THREADS``      threads per worker (``1``)
``GUNICORN_TIMEOUT``      seconds a request may take before its worker is
                          restarted (``30``; PDF briefs are built by the
                          task worker, not in the request)
``GUNICORN_MAX_REQUESTS`` requests before a worker is replaced (``1000``,
                          with some jitter), which bounds slow leaks
"""

import multiprocessing
import os

wsgi_app = "config.wsgi:application"
# Every interface inside a container; GUNICORN_BIND_HOST=127.0.0.1 elsewhere.
_host = os.environ.get("GUNICORN_BIND_HOST", "0.0.0.0")  # noqa: S104
bind = f"{_host}:{os.environ.get('PORT', '8000')}"
workers = int(
    os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 8))
)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10
# Each worker loads the application itself: a database connection opened
# before the fork is never shared between workers.
preload_app = False
# The reverse proxy in front keeps slow clients away from the workers; only
# its address may say which scheme and client a request came from.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Request bodies: Django's own limits apply (DATA_UPLOAD_MAX_MEMORY_SIZE);
# these only bound the request line and headers.
limit_request_line = 8190
limit_request_fields = 100
