package analyze

import (
	"cmp"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// WelchT returns Welch's unequal variances t statistic for the difference
// in means of a and b, its Welch–Satterthwaite degrees of freedom and the
// two-sided p-value from Student's t distribution,
//
//	t = (mean_a - mean_b) / √(s²_a/n_a + s²_b/n_b)
//	df = (s²_a/n_a + s²_b/n_b)² / ((s²_a/n_a)²/(n_a-1) + (s²_b/n_b)²/(n_b-1))
//
// where s² is the sample variance with n-1 in the denominator. The results
// match scipy.stats.ttest_ind(a, b, equal_var=False).
//
// Special cases are:
//
//	len(a) < 2 or len(b) < 2: t, df and p are NaN
//	both groups have zero variance: t, df and p are NaN
//	one group has zero variance: df = n-1 of the other group
func WelchT(a, b []float64) (t, df, p float64) {
	nan := math.NaN()
	if len(a) < 2 || len(b) < 2 {
		return nan, nan, nan
	}
	ma, va := meanVar(a)
	mb, vb := meanVar(b)
	if va == 0 && vb == 0 {
		return nan, nan, nan
	}
	na, nb := float64(len(a)), float64(len(b))
	qa, qb := va/na, vb/nb
	t = (ma - mb) / math.Sqrt(qa+qb)
	df = (qa + qb) * (qa + qb) / (qa*qa/(na-1) + qb*qb/(nb-1))
	return t, df, studentsTTwoSided(t, df)
}

// meanVar returns the mean and the sample variance of x, which must have at
// least two elements. The variance of a constant sample is exactly zero.
func meanVar(x []float64) (mean, variance float64) {
	if allEqual(x) {
		return x[0], 0
	}
	return stat.MeanVariance(x, nil)
}

// MannWhitneyU returns the Mann–Whitney U statistic of a and the two-sided
// p-value of the normal approximation with tie and continuity corrections,
//
//	U = R_a - n_a(n_a+1)/2
//	σ = √(n_a n_b / 12 * ((n+1) - \sum_g (t_g³-t_g) / (n(n-1))))
//	z = (max(U, n_a n_b - U) - n_a n_b / 2 - 1/2) / σ
//	p = min(1, 2 * (1 - Φ(z)))
//
// where R_a is the sum of the ranks of a in the combined sample of size
// n = n_a + n_b, tied values receive the average of their ranks and t_g is
// the size of the g-th group of ties. The results match
// scipy.stats.mannwhitneyu(a, b, alternative='two-sided',
// method='asymptotic', use_continuity=True). a and b must not contain NaN.
//
// Special cases are:
//
//	len(a) == 0 or len(b) == 0: u and p are NaN
//	all values tied: u = n_a n_b / 2 and p is NaN (σ = 0; scipy returns 1)
func MannWhitneyU(a, b []float64) (u, p float64) {
	if len(a) == 0 || len(b) == 0 {
		return math.NaN(), math.NaN()
	}
	x := make([]float64, 0, len(a)+len(b))
	x = append(x, a...)
	x = append(x, b...)
	r, ties := midRanks(x)

	na, nb := float64(len(a)), float64(len(b))
	n := na + nb
	var ra float64
	for _, v := range r[:len(a)] {
		ra += v
	}
	u = ra - na*(na+1)/2

	sigma := math.Sqrt(na * nb / 12 * ((n + 1) - ties/(n*(n-1))))
	if sigma == 0 || math.IsNaN(sigma) {
		return u, math.NaN()
	}
	z := (math.Max(u, na*nb-u) - na*nb/2 - 0.5) / sigma
	// The upper tail is used without taking |z| so that the continuity
	// correction can push z below zero, giving p > 1 before clamping.
	p = math.Erfc(z / math.Sqrt2)
	return u, math.Min(p, 1)
}

// KruskalWallis returns the tie-corrected Kruskal–Wallis H statistic for
// the groups, its degrees of freedom and the p-value from the χ²
// distribution with df degrees of freedom,
//
//	H = 12 / (n(n+1)) * \sum_i n_i (R̄_i - (n+1)/2)² / (1 - \sum_g (t_g³-t_g) / (n³-n))
//	df = k - 1
//
// where k is the number of groups, n the total number of values, R̄_i the
// mean rank of group i in the combined sample with ties given the average
// rank, and t_g the size of the g-th group of ties. The results match
// scipy.stats.kruskal(*groups). The groups must not contain NaN.
//
// Special cases are:
//
//	fewer than two groups: h and p are NaN and df is 0
//	any group empty: h and p are NaN
//	all values equal: h and p are NaN
func KruskalWallis(groups ...[]float64) (h float64, df int, p float64) {
	nan := math.NaN()
	k := len(groups)
	if k < 2 {
		return nan, 0, nan
	}
	df = k - 1
	var all []float64
	for _, g := range groups {
		if len(g) == 0 {
			return nan, df, nan
		}
		all = append(all, g...)
	}
	r, ties := midRanks(all)
	n := float64(len(all))
	corr := 1 - ties/(n*n*n-n)
	if corr == 0 {
		return nan, df, nan
	}
	mid := (n + 1) / 2
	var (
		ss  float64
		off int
	)
	for _, g := range groups {
		var sum float64
		for _, v := range r[off : off+len(g)] {
			sum += v
		}
		off += len(g)
		d := sum/float64(len(g)) - mid
		ss += float64(len(g)) * d * d
	}
	h = 12 / (n * (n + 1)) * ss / corr
	p = distuv.ChiSquared{K: float64(df)}.Survival(h)
	return h, df, p
}

// CohensD returns Cohen's d effect size for the difference in means of a
// and b,
//
//	d = (mean_a - mean_b) / s_p
//	s_p = √((\sum (a_i - mean_a)² + \sum (b_i - mean_b)²) / (n_a + n_b - 2))
//
// the pooled standard deviation weighting each group variance by n-1.
//
// Special cases are:
//
//	len(a) == 0 or len(b) == 0: NaN
//	len(a) + len(b) < 3: NaN
//	s_p == 0: NaN
//	len(a) == 1 (or len(b) == 1): the single value contributes no variance
func CohensD(a, b []float64) float64 {
	na, nb := len(a), len(b)
	if na == 0 || nb == 0 || na+nb < 3 {
		return math.NaN()
	}
	ma, ssa := meanSumSq(a)
	mb, ssb := meanSumSq(b)
	sp := math.Sqrt((ssa + ssb) / float64(na+nb-2))
	if sp == 0 {
		return math.NaN()
	}
	return (ma - mb) / sp
}

// meanSumSq returns the mean of the non-empty x and the sum of squared
// deviations from it.
func meanSumSq(x []float64) (mean, ss float64) {
	if len(x) == 1 || allEqual(x) {
		return x[0], 0
	}
	mean, v := stat.MeanVariance(x, nil)
	return mean, v * float64(len(x)-1)
}

// CliffsDelta returns Cliff's δ, the dominance effect size of a over b,
//
//	δ = (#{(i,j): a_i > b_j} - #{(i,j): a_i < b_j}) / (n_a n_b)
//
// that is P(A > B) - P(A < B). δ lies in [-1, 1] and equals
// 2U/(n_a n_b) - 1 for the Mann–Whitney U of a. CliffsDelta takes
// O((n_a + n_b) log n_b) time. a and b must not contain NaN.
//
// Special cases are:
//
//	len(a) == 0 or len(b) == 0: NaN
//	all values tied: 0
func CliffsDelta(a, b []float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return math.NaN()
	}
	s := slices.Clone(b)
	slices.Sort(s)
	var dom int64
	for _, v := range a {
		less, _ := slices.BinarySearch(s, v) // #{b_j < v}
		upper := less + sort.Search(len(s)-less, func(i int) bool { return s[less+i] > v })
		greater := len(s) - upper // #{b_j > v}
		dom += int64(less) - int64(greater)
	}
	return float64(dom) / (float64(len(a)) * float64(len(b)))
}

// BenjaminiHochberg returns the Benjamini–Hochberg adjusted p-values
// (false discovery rate q-values) of p,
//
//	q_(i) = min_{j ≥ i} min(1, m/j * p_(j))
//
// where p_(1) ≤ … ≤ p_(m) are the sorted p-values and m is the number of
// p-values that are not NaN. The results are returned in the order of p
// and match R's p.adjust(p, method = "BH"). p is not modified.
//
// Special cases are:
//
//	NaN p-values are NaN in the result and are not counted in m
//	len(p) == 0: an empty slice
func BenjaminiHochberg(p []float64) []float64 {
	q := make([]float64, len(p))
	idx := make([]int, 0, len(p))
	for i, v := range p {
		if math.IsNaN(v) {
			q[i] = math.NaN()
			continue
		}
		idx = append(idx, i)
	}
	// Sort the indices by decreasing p-value.
	slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(p[j], p[i]) })
	m := float64(len(idx))
	running := math.Inf(1)
	for k, i := range idx {
		rank := m - float64(k)
		running = math.Min(running, m/rank*p[i])
		q[i] = math.Min(running, 1)
	}
	return q
}
