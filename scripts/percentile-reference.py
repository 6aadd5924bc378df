#!/usr/bin/env python3
"""Writes test/fixtures/percentile-reference.json: latencies and NumPy's nearest-rank percentiles.

max-p95-latency's p95 is the nearest-rank percentile (src/rules/percentile.ts), which NumPy computes as
np.percentile(x, p, method="inverted_cdf") (Hyndman and Fan's definition 1). Run:
    python3 scripts/percentile-reference.py
"""
import json
import os

import numpy as np

rng = np.random.default_rng(26)
cases = [
    [1200.0],
    [300.0, 100.0],
    [5.0] * 7,
    list(range(1, 21)),
    list(range(1, 22)),
    list(range(1, 101)),
    [1000.0, 1000.0, 2000.0, 2000.0, 3000.0],
]
# Lognormal latencies as LLM calls have them, of sizes around the rank's steps (19, 20, 21 …), rounded to
# whole milliseconds or seconds, so that ties are common.
for n in [3, 19, 20, 21, 39, 40, 41, 50, 99, 100, 101, 199, 1000]:
    x = rng.lognormal(mean=7.0, sigma=0.8, size=n)
    cases.append([float(v) for v in np.round(x)])
    cases.append([float(v) for v in np.round(x / 1000) * 1000])

reference = {
    "generatedBy": "scripts/percentile-reference.py",
    "numpy": np.__version__,
    "method": "inverted_cdf",
    "cases": [
        {"values": c, "percentiles": {str(p): float(np.percentile(c, p, method="inverted_cdf")) for p in (50, 90, 95, 99, 100)}}
        for c in cases
    ],
}
path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "percentile-reference.json")
with open(path, "w") as f:
    json.dump(reference, f, indent=1)
    f.write("\n")
