#!/bin/sh
# Every container starts here. The web containers migrate first (one at a
# time: PostgreSQL's advisory lock inside ``migrate`` is not relied on, so
# set PRAXIS_MIGRATE=0 on all but one when several start together); the
# worker and one-off commands skip it.
set -eu

if [ "${PRAXIS_MIGRATE:-1}" = "1" ]; then
    python manage.py migrate --noinput
    # Wagtail's search index, when it lives in OpenSearch (SEARCH_URL); the
    # database backend keeps its own up to date.
    if [ -n "${SEARCH_URL:-}" ] && [ "${PRAXIS_UPDATE_INDEX:-0}" = "1" ]; then
        python manage.py update_index
    fi
fi

exec "$@"
