#!/usr/bin/python3
"""Reference corpus statistics for analyze.Corpus.Stats, computed with scipy.

Usage (from the repository root):

    /usr/bin/python3 testdata/stats/gen_corpus_reference.py > testdata/stats/corpus_reference.json

A fixed corpus of 23 documents (per-1,000-word rates of four themes, a
"section" field with one group too small to compare, "tags" lists that put
a document in several groups, dates over three years, ties and zeros) and
what the JSON report must say about it: summary, Spearman correlations,
pairwise comparisons by section and by tags with Benjamini-Hochberg over
all rows, Kruskal-Wallis, and trends. The Go test
(analyze/corpus_test.go) builds the same documents and compares to 1e-9.
Requires Debian's python3-scipy; the test does not.
"""

import datetime
import itertools
import json
import math

import numpy as np
import scipy
from scipy import stats

THEMES = ["reciprocity", "rejection", "anomie", "isolation"]


def corpus():
    rng = np.random.default_rng(20261125)
    docs = []
    sections = ["essays"] * 9 + ["field-notes"] * 8 + ["commentary"] * 5 + ["letters"]
    tagsets = [["friendship"], ["work"], ["friendship", "work"], ["family"], []]
    start = datetime.date(2023, 1, 10)
    for i, sec in enumerate(sections):
        date = start + datetime.timedelta(days=int(i * 47 + rng.integers(0, 20)))
        rates = []
        for t in range(4):
            v = float(np.round(rng.gamma(2.0 + t, 1.5) + (i / 10.0 if t == 3 else 0.0), 1))
            if rng.random() < 0.15:
                v = 0.0  # zeros and ties
            rates.append(v)
        docs.append({
            "id": "doc%02d" % i,
            "section": sec,
            "tags": tagsets[i % len(tagsets)],
            "date": date.isoformat(),
            "words": int(500 + 10 * i),
            "per1000": rates,
        })
    return docs


def decimal_year(d):
    d = datetime.date.fromisoformat(d)
    days = 366 if (d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0)) else 365
    return d.year + (d.timetuple().tm_yday - 1) / days


def nan(x):
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def bh(p):
    """Benjamini-Hochberg as R's p.adjust(method="BH")."""
    p = np.asarray(p, dtype=float)
    n = len(p)
    order = np.argsort(p)[::-1]
    ranked = p[order] * n / np.arange(n, 0, -1)
    adj = np.minimum.accumulate(ranked)
    out = np.empty(n)
    out[order] = np.minimum(adj, 1)
    return out


def cliffs(a, b):
    gt = sum(1 for x in a for y in b if x > y)
    lt = sum(1 for x in a for y in b if x < y)
    return (gt - lt) / (len(a) * len(b))


def cohens_d(a, b):
    na, nb = len(a), len(b)
    sp = math.sqrt(((na - 1) * np.var(a, ddof=1) + (nb - 1) * np.var(b, ddof=1)) / (na + nb - 2))
    return (np.mean(a) - np.mean(b)) / sp


def comparisons(docs, field):
    groups = {}
    for i, d in enumerate(docs):
        vals = d[field] if isinstance(d[field], list) else [d[field]]
        for g in dict.fromkeys(vals):
            groups.setdefault(g, []).append(i)
    names = sorted(groups, key=lambda s: s.encode())
    rows, kruskal = [], {}
    for t, theme in enumerate(THEMES):
        big = [np.array([docs[i]["per1000"][t] for i in groups[g]]) for g in names if len(groups[g]) >= 2]
        h, p = stats.kruskal(*big)
        kruskal[theme] = {"h": nan(h), "df": len(big) - 1, "p": nan(p)}
        for ga, gb in itertools.combinations(names, 2):
            a = np.array([docs[i]["per1000"][t] for i in groups[ga]])
            b = np.array([docs[i]["per1000"][t] for i in groups[gb]])
            if len(a) < 2 or len(b) < 2:
                continue
            w = stats.ttest_ind(a, b, equal_var=False)
            va, vb = np.var(a, ddof=1) / len(a), np.var(b, ddof=1) / len(b)
            df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
            mw = stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic", use_continuity=True)
            rows.append({
                "field": field, "theme": theme, "group_a": ga, "group_b": gb, "n_a": len(a), "n_b": len(b),
                "mean_a": nan(np.mean(a)), "mean_b": nan(np.mean(b)),
                "welch_t": nan(w.statistic), "welch_df": nan(df), "welch_p": nan(w.pvalue),
                "mann_whitney_u": nan(mw.statistic), "mann_whitney_p": nan(mw.pvalue),
                "cohens_d": nan(cohens_d(a, b)), "cliffs_delta": nan(cliffs(a, b)),
            })
    for r, p in zip(rows, bh([r["mann_whitney_p"] for r in rows])):
        r["p_adjusted"] = nan(p)
    return rows, kruskal


def main():
    docs = corpus()
    values = np.array([d["per1000"] for d in docs])
    summary = {}
    for t, theme in enumerate(THEMES):
        x = values[:, t]
        n = len(x)
        m, sd = np.mean(x), np.std(x, ddof=1)
        half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
        summary[theme] = {"n": n, "mean": nan(m), "sd": nan(sd), "median": nan(np.median(x)),
                          "ci95": [nan(m - half), nan(m + half)]}
    r = [[None] * 4 for _ in range(4)]
    p = [[None] * 4 for _ in range(4)]
    for i in range(4):
        for j in range(4):
            res = stats.spearmanr(values[:, i], values[:, j])
            r[i][j], p[i][j] = nan(res.correlation), nan(res.pvalue)
    by_section = comparisons(docs, "section")
    by_tags = comparisons(docs, "tags")
    x = np.array([decimal_year(d["date"]) for d in docs])
    trends = []
    for t, theme in enumerate(THEMES):
        y = values[:, t]
        lr = stats.linregress(x, y)
        ts = stats.theilslopes(y, x)
        kt = stats.kendalltau(x, y)
        trends.append({"theme": theme, "n": len(y), "slope": nan(lr.slope), "intercept": nan(lr.intercept),
                       "r2": nan(lr.rvalue ** 2), "p": nan(lr.pvalue), "theil_sen_slope": nan(ts[0]),
                       "kendall_tau": nan(kt.correlation), "kendall_p": nan(kt.pvalue)})
    out = {
        "generator": "testdata/stats/gen_corpus_reference.py",
        "scipy": scipy.__version__,
        "themes": THEMES,
        "documents": docs,
        "summary": summary,
        "correlations": {"r": r, "p": p},
        "by_section": {"comparisons": by_section[0], "kruskal": by_section[1]},
        "by_tags": {"comparisons": by_tags[0], "kruskal": by_tags[1]},
        "trends": trends,
    }
    print(json.dumps(out, indent=1))


main()
