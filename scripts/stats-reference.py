#!/usr/bin/env python3
"""Writes test/fixtures/stats-reference.json: inputs and SciPy's p-values and intervals.

eval-gate's statistics (src/rules/stats/) must agree with these to 1e-6
(test/unit/stats.test.ts). Run with python3-scipy installed:
    python3 scripts/stats-reference.py
The inputs come from a seeded generator, so the file changes only when this script does.
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261201)


def mcnemar_cases():
    cases = [(0, 0), (1, 0), (0, 1), (3, 1), (7, 2), (10, 10), (25, 12), (0, 30), (150, 120), (900, 850), (4000, 3900)]
    out = []
    for b, c in cases:
        n = b + c
        worse = stats.binomtest(b, n, 0.5, alternative="greater").pvalue if n else 1.0
        better = stats.binomtest(c, n, 0.5, alternative="greater").pvalue if n else 1.0
        out.append({"passToFail": b, "failToPass": c, "worse": worse, "better": better})
    return out


def fisher_cases():
    cases = [((30, 10), (35, 5)), ((0, 5), (5, 0)), ((40, 0), (39, 1)), ((700, 300), (760, 240)),
             ((90000, 10000), (90500, 9500)), ((3, 4), (4, 3)), ((12, 28), (20, 20)), ((1, 0), (0, 1))]
    out = []
    for (cp, cf), (bp, bf) in cases:
        table = [[cp, cf], [bp, bf]]
        out.append({
            "candidate": {"passed": cp, "n": cp + cf},
            "baseline": {"passed": bp, "n": bp + bf},
            "worse": stats.fisher_exact(table, alternative="less").pvalue,
            "better": stats.fisher_exact(table, alternative="greater").pvalue,
        })
    return out


def wilcoxon_cases():
    out = []
    samples = [
        rng.normal(-0.5, 1, 8),            # exact, small
        rng.normal(-0.2, 1, 30),           # exact
        rng.normal(0.1, 1, 50),            # exact, at the limit
        rng.normal(-0.1, 1, 51),           # normal approximation
        rng.normal(-0.05, 1, 400),         # normal approximation
        np.round(rng.normal(-1, 3, 12)),   # ties and zeros, enumerated
        np.round(rng.normal(-1, 3, 13)),   # ties, enumerated at the limit
        np.round(rng.normal(-1, 3, 40)),   # ties, normal approximation
        np.round(rng.normal(0, 10, 2000)) / 10,  # many ties
        np.array([-1.0, -2.0, -3.0]),
        np.array([5.0, 0.0, 0.0, 0.0]),
    ]
    for d in samples:
        d = [round(float(x), 4) for x in d]
        out.append({
            "differences": d,
            "worse": float(stats.wilcoxon(d, alternative="less").pvalue),
            "better": float(stats.wilcoxon(d, alternative="greater").pvalue),
        })
    return out


def welch_cases():
    out = []
    pairs = [(rng.normal(80, 10, 40), rng.normal(83, 12, 35)), (rng.normal(0.7, 0.2, 5), rng.normal(0.72, 0.05, 9)),
             (rng.normal(50, 30, 2000), rng.normal(51, 29, 1900)), (rng.uniform(0, 1, 3), rng.uniform(0, 1, 2))]
    for c, b in pairs:
        c = [round(float(x), 4) for x in c]
        b = [round(float(x), 4) for x in b]
        less = stats.ttest_ind(c, b, equal_var=False, alternative="less")
        greater = stats.ttest_ind(c, b, equal_var=False, alternative="greater")
        ci = stats.ttest_ind(c, b, equal_var=False).confidence_interval(0.95)
        out.append({"candidate": c, "baseline": b, "worse": float(less.pvalue), "better": float(greater.pvalue),
                    "interval": [float(ci.low), float(ci.high)]})
    return out


def paired_interval_cases():
    out = []
    for n, level in [(2, 0.95), (10, 0.95), (40, 0.9), (1000, 0.99)]:
        c = np.round(rng.normal(70, 15, n), 4)
        b = np.round(c + rng.normal(1, 5, n), 4)
        ci = stats.ttest_rel(c, b).confidence_interval(level)
        out.append({"candidate": [float(x) for x in c], "baseline": [float(x) for x in b], "level": level,
                    "interval": [float(ci.low), float(ci.high)]})
    return out


def wilson_cases():
    out = []
    for k, n, level in [(0, 1, 0.95), (1, 1, 0.95), (0, 40, 0.95), (40, 40, 0.95), (33, 40, 0.95), (3, 4, 0.9),
                        (3400, 4000, 0.95), (85714, 100000, 0.99), (7, 13, 0.8)]:
        ci = stats.binomtest(k, n).proportion_ci(level, method="wilson")
        out.append({"passed": k, "n": n, "level": level, "interval": [float(ci.low), float(ci.high)]})
    return out


def special_cases():
    t = [{"t": t, "df": df, "cdf": float(stats.t.cdf(t, df))}
         for t, df in [(-2.5, 3), (0.3, 1), (1.96, 1e5), (-4.2, 17.3), (12.0, 2.5), (-0.01, 200000)]]
    z = [{"z": z, "cdf": float(stats.norm.cdf(z))} for z in [-8, -3.3, -1.0, 0.0, 0.5, 2.2, 6]]
    q = [{"p": p, "df": df, "quantile": float(stats.t.ppf(p, df))} for p, df in [(0.975, 1), (0.975, 9), (0.995, 57.5), (0.9, 1e4)]]
    return {"studentT": t, "normal": z, "studentTQuantile": q}


reference = {
    "generatedBy": "scripts/stats-reference.py",
    "scipy": scipy.__version__,
    "mcnemar": mcnemar_cases(),
    "fisher": fisher_cases(),
    "wilcoxon": wilcoxon_cases(),
    "welch": welch_cases(),
    "pairedInterval": paired_interval_cases(),
    "wilson": wilson_cases(),
    "special": special_cases(),
}
path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "stats-reference.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(reference, f, indent=1)
    f.write("\n")
print(f"wrote {os.path.normpath(path)} (SciPy {scipy.__version__})")
