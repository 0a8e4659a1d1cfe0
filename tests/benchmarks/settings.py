"""The production settings with the benchmark's URLconf (the bare baseline
view and Wagtail's page API beside the site), for the servers the API
benchmark times."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.benchmarks.urls"
