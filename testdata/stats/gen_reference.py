#!/usr/bin/python3
"""Generate reference values for the statistics in package analyze.

Usage (from the repository root):

    /usr/bin/python3 testdata/stats/gen_reference.py > testdata/stats/reference.json

Requires Debian's python3-scipy and r-base-core (Rscript on PATH); the
Benjamini-Hochberg reference comes from R's p.adjust via gen_reference.R.
The Go tests read the committed reference.json and do not need scipy or R.

Every case records the exact call that produced the expected values. Where
package analyze deliberately departs from scipy (scipy raises, or returns a
value for an undefined statistic) the case carries the documented analyze
result in "want" and what scipy did in "note". NaN is encoded as null.
"""

import datetime
import json
import math
import os
import subprocess
import sys
import warnings

import numpy as np
import scipy
from scipy import stats

warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
NAN = float("nan")


def fl(v):
    """Convert to a JSON-safe float (NaN -> None)."""
    v = float(v)
    if math.isnan(v):
        return None
    if math.isinf(v):
        raise ValueError("infinite reference value")
    return v


def lst(x):
    return [fl(v) for v in x]


def close(a, b, tol=1e-12):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


rng = np.random.default_rng(20240601)

# Shared two-sample inputs.
TWO = [
    ("ties", [1, 2, 2, 3, 3, 3, 4], [2, 3, 3, 5, 5, 6]),
    ("distinct", [1.1, 2.4, 3.9, 0.2, 5.5], [2.0, 6.1, 7.3, 4.4, 8.8, 9.9]),
    ("negative_unequal", [-3.2, -1.5, 0.0, 2.7, -0.4],
     [-5.0, -6.1, -2.2, -8.0, -1.0, -3.3, -4.4, -0.5, 1.2]),
    ("n2", [1.0, 2.0], [3.0, 5.0]),
    ("zero_var_a", [5.0, 5.0, 5.0, 5.0], [1.0, 2.0, 3.0, 4.0]),
    ("zero_var_b", [1.0, 2.5, 4.0], [7.0, 7.0, 7.0, 7.0, 7.0]),
    ("both_zero_var", [2.0, 2.0, 2.0], [3.0, 3.0, 3.0]),
    ("all_tied", [4.0, 4.0, 4.0], [4.0, 4.0]),
    ("n1_a", [3.0], [1.0, 2.0, 4.0, 6.0]),
    ("n1_both", [3.0], [1.0]),
    ("empty_a", [], [1.0, 2.0, 3.0]),
    ("empty_b", [1.0, 2.0], []),
    ("separated", [10, 11, 12, 13, 14, 15], [1, 2, 3, 4, 5]),
    ("random_normal", list(rng.normal(0.0, 1.0, 200)),
     list(rng.normal(0.3, 1.5, 150))),
    ("random_integers_ties", [float(v) for v in rng.integers(0, 10, 300)],
     [float(v) for v in rng.integers(1, 11, 250)]),
]

cases = []


def add(func, name, args, want, call, note=None):
    c = {"func": func, "name": name, "args": args, "want": want, "call": call}
    if note:
        c["note"] = note
    cases.append(c)


def t975(df):
    """Return the 0.975 quantile of Student's t with df degrees of freedom.

    scipy 1.10's t.ppf (cdflib stdtrit) is only accurate to about 1e-10
    relative (for df = 2 it gives 4.302652729911275; the closed form
    0.95/sqrt(2*0.975*0.025) is 4.3026527297494639), so one Newton step on
    the accurate t.sf (cephes incbet) polishes it to double precision.
    """
    q = stats.t.ppf(0.975, df)
    q += (stats.t.sf(q, df) - 0.025) / stats.t.pdf(q, df)
    return q


assert close(t975(2), 0.95 / math.sqrt(2 * 0.975 * 0.025), 1e-15)
assert close(t975(1), 1 / math.tan(math.pi / 40), 1e-15)


# --- Summarize ---------------------------------------------------------------
SUM = [
    ("empty", []),
    ("n1", [4.2]),
    ("n2", [1.0, 3.0]),
    ("constant", [2.5, 2.5, 2.5, 2.5]),
    ("odd_unsorted", [3.0, -1.0, 7.5, 2.0, 0.5]),
    ("even_negative", [-4.0, -1.5, -9.25, 0.0, 3.5, -2.0]),
    ("random", list(rng.lognormal(1.0, 0.8, 101))),
]
for name, x in SUM:
    x = np.asarray(x, dtype=float)
    n = len(x)
    if n == 0:
        want = {"n": 0, "mean": None, "sd": None, "median": None,
                "ci95": [None, None]}
    else:
        mean = float(np.mean(x))
        med = float(np.median(x))
        if n < 2:
            sd, ci = NAN, [NAN, NAN]
        else:
            sd = float(np.std(x, ddof=1))
            tq = t975(n - 1)
            half = tq * sd / math.sqrt(n)
            ci = [mean - half, mean + half]
            if sd > 0:
                # scipy's own interval agrees to the accuracy of t.ppf.
                lo, hi = stats.t.interval(0.95, n - 1, loc=mean,
                                          scale=stats.sem(x))
                assert close(lo, ci[0], 1e-9) and close(hi, ci[1], 1e-9)
        want = {"n": n, "mean": fl(mean), "sd": fl(sd), "median": fl(med),
                "ci95": lst(ci)}
    add("Summarize", name, {"x": lst(x)}, want,
        "numpy.mean(x), numpy.std(x, ddof=1), numpy.median(x), "
        "mean -/+ t975(n-1)*sd/sqrt(n), t975 = scipy.stats.t.ppf(0.975, n-1) "
        "polished by one Newton step on scipy.stats.t.sf")


# --- WelchT ------------------------------------------------------------------
for name, a, b in TWO:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    note = None
    if len(a) < 2 or len(b) < 2:
        t, df, p = NAN, NAN, NAN
        note = "fewer than two values in a group: analyze returns NaN"
    elif np.ptp(a) == 0 and np.ptp(b) == 0:
        t, df, p = NAN, NAN, NAN
        note = ("both variances zero: scipy returns t=%r p=%r; analyze "
                "returns NaN" % tuple(
                    float(v) for v in stats.ttest_ind(a, b, equal_var=False)))
    else:
        r = stats.ttest_ind(a, b, equal_var=False)
        t, p = float(r.statistic), float(r.pvalue)
        va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
        df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        assert close(t, (a.mean() - b.mean()) / math.sqrt(va + vb))
    add("WelchT", name, {"a": lst(a), "b": lst(b)},
        {"t": fl(t), "df": fl(df), "p": fl(p)},
        "scipy.stats.ttest_ind(a, b, equal_var=False); df = Welch-Satterthwaite",
        note)


# --- MannWhitneyU ------------------------------------------------------------
for name, a, b in TWO:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    note = None
    if len(a) == 0 or len(b) == 0:
        u, p = NAN, NAN
        note = "empty group: scipy raises ValueError; analyze returns NaN"
    else:
        r = stats.mannwhitneyu(a, b, alternative="two-sided",
                               method="asymptotic", use_continuity=True)
        u, p = float(r.statistic), float(r.pvalue)
        # Brute-force check of U.
        ub = sum((ai > bi) + 0.5 * (ai == bi) for ai in a for bi in b)
        assert close(u, ub)
        if np.ptp(np.concatenate([a, b])) == 0:
            note = ("all values tied: scipy returns p=%r (clipped 2*sf(-inf)); "
                    "analyze returns NaN" % p)
            p = NAN
    add("MannWhitneyU", name, {"a": lst(a), "b": lst(b)},
        {"u": fl(u), "p": fl(p)},
        "scipy.stats.mannwhitneyu(a, b, alternative='two-sided', "
        "method='asymptotic', use_continuity=True)", note)


# --- CohensD -----------------------------------------------------------------
for name, a, b in TWO:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    d = NAN
    if na > 0 and nb > 0 and na + nb > 2:
        ss = ((a - a.mean()) ** 2).sum() + ((b - b.mean()) ** 2).sum()
        sp = math.sqrt(ss / (na + nb - 2))
        if sp > 0:
            d = (a.mean() - b.mean()) / sp
    add("CohensD", name, {"a": lst(a), "b": lst(b)}, {"d": fl(d)},
        "(mean(a)-mean(b)) / sqrt((sum((a-mean(a))**2)+sum((b-mean(b))**2))"
        "/(na+nb-2)) in numpy")


# --- CliffsDelta -------------------------------------------------------------
for name, a, b in TWO:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    d = NAN
    if len(a) > 0 and len(b) > 0:
        gt = (a[:, None] > b[None, :]).sum()
        lt = (a[:, None] < b[None, :]).sum()
        d = (gt - lt) / (len(a) * len(b))
    add("CliffsDelta", name, {"a": lst(a), "b": lst(b)}, {"d": fl(d)},
        "brute force: (sum(a[:,None] > b) - sum(a[:,None] < b)) / (na*nb)")


# --- KruskalWallis -----------------------------------------------------------
KW = [
    ("three_ties", [[1, 2, 2, 3, 3], [3, 4, 4, 5], [2, 5, 6, 6, 7, 7]]),
    ("two_groups", [[1.1, 2.4, 3.9, 0.2, 5.5], [2.0, 6.1, 7.3, 4.4, 8.8, 9.9]]),
    ("negative", [[-3.2, -1.5, 0.0], [-5.0, -6.1, -2.2, -8.0], [1.2, -0.5]]),
    ("singletons", [[1.0], [2.0], [3.0]]),
    ("zero_var_groups", [[1.0, 1.0, 1.0], [2.0, 2.0], [3.0, 3.0, 3.0, 3.0]]),
    ("all_equal", [[2.0, 2.0], [2.0, 2.0, 2.0]]),
    ("single_group", [[1.0, 2.0, 3.0]]),
    ("no_groups", []),
    ("empty_group", [[1.0, 2.0], [], [3.0, 4.0]]),
    ("random", [list(rng.normal(0, 1, 80)), list(rng.normal(0.4, 1, 60)),
                list(rng.normal(-0.2, 2, 120)), list(rng.normal(0, 1, 7))]),
    ("random_ties", [[float(v) for v in rng.integers(0, 5, 50)]
                     for _ in range(5)]),
]
for name, groups in KW:
    groups = [np.asarray(g, dtype=float) for g in groups]
    note = None
    df = max(len(groups) - 1, 0)
    try:
        r = stats.kruskal(*groups)
        h, p = float(r.statistic), float(r.pvalue)
    except ValueError as e:
        h, p = NAN, NAN
        note = "scipy raises ValueError(%r); analyze returns NaN" % str(e)
    add("KruskalWallis", name, {"groups": [lst(g) for g in groups]},
        {"h": fl(h), "df": df, "p": fl(p)},
        "scipy.stats.kruskal(*groups)", note)


# --- BenjaminiHochberg (R) ---------------------------------------------------
BH = [
    ("empty", []),
    ("single", [0.03]),
    ("sorted", [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]),
    ("unsorted_ties", [0.04, 0.01, 0.04, 0.5, 0.01, 1.0, 0.2, 0.04]),
    ("with_nan", [0.02, NAN, 0.001, 0.3, NAN, 0.04]),
    ("all_nan", [NAN, NAN]),
    ("large_capped", [0.9, 0.95, 0.8, 0.99]),
    ("random", list(rng.uniform(0, 1, 60) ** 3)),
]
rin = "\n".join(",".join("NA" if math.isnan(v) else repr(float(v)) for v in p)
                for _, p in BH) + "\n"
rout = subprocess.run(["Rscript", os.path.join(HERE, "gen_reference.R")],
                      input=rin, capture_output=True, text=True, check=True)
rlines = rout.stdout.splitlines()
r_version = rlines[0]
for (name, p), line in zip(BH, rlines[1:]):
    adj = [] if line == "" else [NAN if v == "NA" else float(v)
                                 for v in line.split(",")]
    assert len(adj) == len(p)
    add("BenjaminiHochberg", name, {"p": lst(p)}, {"adjusted": lst(adj)},
        "p.adjust(p, method = \"BH\") in R")


# --- Correlation and trend ---------------------------------------------------
xr = rng.normal(0, 1, 120)
XY = [
    ("ties", [1, 2, 2, 3, 4, 4, 4, 5], [2, 1, 3, 3, 5, 4, 6, 6]),
    ("negative", [-2.5, -1.0, 0.5, 3.0, -4.2, 1.1], [3.3, 0.1, -1.2, -4.0, 5.1, 0.2]),
    ("perfect", [1, 2, 3, 4, 5], [2, 4, 6, 8, 10]),
    ("perfect_negative", [1, 2, 3, 4, 5], [9, 7, 5, 3, 1]),
    ("n3", [1.0, 2.0, 4.0], [1.5, 1.0, 3.5]),
    ("n2", [1.0, 3.0], [2.0, 5.0]),
    ("n1", [1.0], [2.0]),
    ("empty", [], []),
    ("const_x", [2.0, 2.0, 2.0, 2.0], [1.0, 2.0, 3.0, 4.0]),
    ("const_y", [1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]),
    ("years", [2001, 2003, 2003, 2005, 2008, 2010, 2011, 2015],
     [0.12, 0.10, 0.15, 0.18, 0.17, 0.22, 0.21, 0.30]),
    ("random", list(xr), list(0.4 * xr + rng.normal(0, 1, 120))),
    ("random_ties", [float(v) for v in rng.integers(0, 8, 200)],
     [float(v) for v in rng.integers(0, 6, 200)]),
]
for name, x, y in XY:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    args = {"x": lst(x), "y": lst(y)}
    const = n > 0 and (np.ptp(x) == 0 or np.ptp(y) == 0)

    # Spearman
    r = stats.spearmanr(x, y)
    add("Spearman", name, args, {"rho": fl(r.statistic), "p": fl(r.pvalue)},
        "scipy.stats.spearmanr(x, y)")

    # KendallTau
    r = stats.kendalltau(x, y, method="asymptotic")
    tau, p = float(r.statistic), float(r.pvalue)
    if n >= 2 and not const:
        num = sum(np.sign(x[i] - x[j]) * np.sign(y[i] - y[j])
                  for i in range(n) for j in range(i))
        tx = sum(x[i] != x[j] for i in range(n) for j in range(i))
        ty = sum(y[i] != y[j] for i in range(n) for j in range(i))
        assert close(tau, num / math.sqrt(tx * ty))
    add("KendallTau", name, args, {"tau": fl(tau), "p": fl(p)},
        "scipy.stats.kendalltau(x, y, method='asymptotic')  # variant='b'")

    # LinearTrend
    note = None
    if n < 2 or np.ptp(x) == 0:
        want = {"slope": None, "intercept": None, "r2": None, "p": None,
                "n": n}
        note = ("n < 2 or constant x: scipy raises or divides by zero; "
                "analyze returns NaN")
    else:
        r = stats.linregress(x, y)
        want = {"slope": fl(r.slope), "intercept": fl(r.intercept),
                "r2": fl(r.rvalue ** 2), "p": fl(r.pvalue), "n": n}
        if np.ptp(y) == 0:
            want["r2"], want["p"] = None, None
            note = ("constant y: scipy returns r=%r p=%r; analyze returns "
                    "NaN R2 and P" % (r.rvalue, r.pvalue))
        elif n == 2:
            want["p"] = None
            note = ("n = 2: scipy returns p=%r by convention; analyze "
                    "returns NaN (no residual degrees of freedom)" % r.pvalue)
    add("LinearTrend", name, args, want, "scipy.stats.linregress(x, y)", note)

    # TheilSen (note scipy's argument order: y first)
    note = None
    if n < 2 or np.ptp(x) == 0:
        s, ic = NAN, NAN
        note = "no pair with distinct x: analyze returns NaN"
    else:
        r = stats.theilslopes(y, x)
        s, ic = float(r[0]), float(r[1])
    add("TheilSen", name, args, {"slope": fl(s), "intercept": fl(ic)},
        "scipy.stats.theilslopes(y, x)  # method='separate'", note)


# --- DecimalYear -------------------------------------------------------------
DY = [
    "2000-01-01T00:00:00Z", "2000-12-31T23:59:59Z", "2001-07-02T12:00:00Z",
    "2024-02-29T00:00:00Z", "1999-12-31T00:00:00Z", "2023-03-01T08:00:00Z",
    "2021-01-01T00:30:00+02:00",
]
for s in DY:
    t = datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    ylen = 366 if (t.year % 4 == 0 and (t.year % 100 != 0 or t.year % 400 == 0)) else 365
    want = t.year + (t.timetuple().tm_yday - 1) / ylen
    add("DecimalYear", s, {"time": s}, {"year": want},
        "year + (tm_yday-1)/days_in_year, date in the timestamp's own offset")


# --- Keyness -----------------------------------------------------------------
KEY = [
    ("typical", 120, 40, 50000, 80000),
    ("under", 10, 300, 60000, 90000),
    ("zero_target", 0, 25, 10000, 20000),
    ("zero_reference", 17, 0, 10000, 20000),
    ("equal_rate", 20, 40, 10000, 20000),
    ("both_zero", 0, 0, 10000, 20000),
    ("bad_total", 5, 3, 0, 100),
    ("large", 5321, 1203, 1.2e6, 3.4e6),
]
for name, a, b, c, d in KEY:
    g2, lr = NAN, NAN
    if c > 0 and d > 0 and a + b > 0 and 0 <= a <= c and 0 <= b <= d:
        e1 = c * (a + b) / (c + d)
        e2 = d * (a + b) / (c + d)
        g2 = 2 * ((a * math.log(a / e1) if a > 0 else 0) +
                  (b * math.log(b / e2) if b > 0 else 0))
        aa = a if a > 0 else 0.5
        bb = b if b > 0 else 0.5
        lr = math.log2((aa / c) / (bb / d))
    args = {"a": a, "b": b, "totalA": c, "totalB": d}
    add("LogLikelihoodG2", name, args, {"g2": fl(g2)},
        "Rayson & Garside (2000): E1=c(a+b)/(c+d), E2=d(a+b)/(c+d), "
        "G2=2(a ln(a/E1)+b ln(b/E2)), 0 ln 0 = 0")
    add("LogRatio", name, args, {"lr": fl(lr)},
        "Hardie (2014): log2((a/c)/(b/d)), zero frequency replaced by 0.5")


out = {
    "comment": "Generated by testdata/stats/gen_reference.py; do not edit. "
               "NaN is encoded as null.",
    "regenerate": "/usr/bin/python3 testdata/stats/gen_reference.py > "
                  "testdata/stats/reference.json",
    "versions": {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "r": r_version,
    },
    "cases": cases,
}
json.dump(out, sys.stdout, indent=1, allow_nan=False)
sys.stdout.write("\n")
