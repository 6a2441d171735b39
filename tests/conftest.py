"""Hypothesis profiles: `ci` (the default) draws the same examples on every machine, so CI cannot turn red
on a draw no one saw locally; `explore` draws new ones each run, with more examples:

    python -m pytest tests/test_properties.py --hypothesis-profile=explore

Keep what `explore` finds as an example: for the fixed-point test, a case in tests/cases/fixed_point.toml."""
from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", derandomize=False, max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")
