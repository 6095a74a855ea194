"""Hypothesis settings for the reliability suite: a fixed seed unless exploring.

The `reliability` profile (the default) derandomizes, so that CI runs the same examples every time
and a failure there is reproducible anywhere. `HYPOTHESIS_PROFILE=explore` draws fresh random
examples, ten times as many (see `budget` in loader_contract.py), to look for new failures; each
one found becomes a regression test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# the loader contract is shared with the fuzzing harness, which imports it by file path too
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile(
    "reliability", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "explore", derandomize=False, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reliability"))
