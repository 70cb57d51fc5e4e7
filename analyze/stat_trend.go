package analyze

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
)

const errStatLength = "analyze: slice length mismatch"

// Spearman returns Spearman's rank correlation coefficient of x and y and
// its two-sided p-value from Student's t distribution with n-2 degrees of
// freedom,
//
//	ρ = corr(rank(x), rank(y))
//	t = ρ √((n-2) / ((1+ρ)(1-ρ)))
//
// where tied values receive the average of their ranks. The results match
// scipy.stats.spearmanr(x, y). x and y must not contain NaN.
// Spearman panics if len(x) != len(y).
//
// Special cases are:
//
//	len(x) < 2: rho and p are NaN
//	x or y constant: rho and p are NaN
//	len(x) == 2: rho is ±1 and p is NaN
//	|rho| == 1 and len(x) > 2: p is 0
func Spearman(x, y []float64) (rho, p float64) {
	if len(x) != len(y) {
		panic(errStatLength)
	}
	n := len(x)
	if n < 2 || allEqual(x) || allEqual(y) {
		return math.NaN(), math.NaN()
	}
	rx, _ := midRanks(x)
	ry, _ := midRanks(y)
	rho = clampCorr(stat.Correlation(rx, ry, nil))
	return rho, correlationP(rho, n)
}

// correlationP returns the two-sided p-value of the correlation coefficient
// r of n pairs from the t statistic with n-2 degrees of freedom. It returns
// NaN for n < 3.
func correlationP(r float64, n int) float64 {
	if n < 3 || math.IsNaN(r) {
		return math.NaN()
	}
	df := float64(n - 2)
	if r == 1 || r == -1 {
		return 0
	}
	t := r * math.Sqrt(df/((1+r)*(1-r)))
	return studentsTTwoSided(t, df)
}

// clampCorr returns r limited to [-1, 1], removing rounding excursions of
// a correlation coefficient.
func clampCorr(r float64) float64 {
	return math.Max(-1, math.Min(r, 1))
}

// Trend is a least squares straight line fit y = Intercept + Slope*x.
type Trend struct {
	// Slope and Intercept are the fitted line.
	Slope, Intercept float64

	// R2 is the coefficient of determination, the squared
	// Pearson correlation of x and y.
	R2 float64

	// P is the two-sided p-value of the t test of zero slope
	// with N-2 degrees of freedom.
	P float64

	// N is the number of points.
	N int
}

// LinearTrend returns the ordinary least squares fit of y on x,
//
//	Slope = \sum (x_i - x̄)(y_i - ȳ) / \sum (x_i - x̄)²
//	Intercept = ȳ - Slope x̄
//	R2 = r²
//	P = 2 P(T_{n-2} > |r √((n-2) / (1-r²))|)
//
// where r is the Pearson correlation of x and y. Slope, Intercept, R2 and P
// match scipy.stats.linregress(x, y) (R2 = rvalue²).
// LinearTrend panics if len(x) != len(y).
//
// Special cases are:
//
//	len(x) < 2: all fields but N are NaN
//	x constant: all fields but N are NaN
//	y constant: Slope is 0, Intercept is y[0], R2 and P are NaN (scipy gives r=0, p=1)
//	len(x) == 2: P is NaN (scipy returns 0 or 1 by convention)
//	perfect fit with len(x) > 2: R2 is 1 and P is 0, up to rounding
func LinearTrend(x, y []float64) Trend {
	if len(x) != len(y) {
		panic(errStatLength)
	}
	n := len(x)
	nan := math.NaN()
	tr := Trend{Slope: nan, Intercept: nan, R2: nan, P: nan, N: n}
	if n < 2 || allEqual(x) {
		return tr
	}
	if allEqual(y) {
		tr.Slope, tr.Intercept = 0, y[0]
		return tr
	}
	tr.Intercept, tr.Slope = stat.LinearRegression(x, y, nil, false)
	r := clampCorr(stat.Correlation(x, y, nil))
	tr.R2 = r * r
	tr.P = correlationP(r, n)
	return tr
}

// TheilSen returns the Theil–Sen estimate of the line y = intercept + slope*x,
//
//	slope = median{(y_j - y_i) / (x_j - x_i) : x_i < x_j}
//	intercept = median(y) - slope * median(x)
//
// matching scipy.stats.theilslopes(y, x) (note scipy's argument order) with
// its default method='separate'. Pairs with equal x are skipped. TheilSen
// takes O(n² log n) time and O(n²) memory. x and y must not contain NaN.
// TheilSen panics if len(x) != len(y).
//
// Special cases are:
//
//	no pair with distinct x values (len(x) < 2 or x constant): NaN, NaN
func TheilSen(x, y []float64) (slope, intercept float64) {
	if len(x) != len(y) {
		panic(errStatLength)
	}
	n := len(x)
	slopes := make([]float64, 0, n*(n-1)/2)
	for i := range n {
		for j := i + 1; j < n; j++ {
			dx := x[j] - x[i]
			if dx == 0 {
				continue
			}
			slopes = append(slopes, (y[j]-y[i])/dx)
		}
	}
	if len(slopes) == 0 {
		return math.NaN(), math.NaN()
	}
	slices.Sort(slopes)
	slope = sortedMedian(slopes)
	return slope, sampleMedian(y) - slope*sampleMedian(x)
}

// KendallTau returns Kendall's τ_b rank correlation of x and y and its
// two-sided p-value from the normal approximation,
//
//	τ_b = (n_c - n_d) / √((n_0 - n_x)(n_0 - n_y))
//	v = (n(n-1)(2n+5) - \sum_x t(t-1)(2t+5) - \sum_y u(u-1)(2u+5)) / 18
//	    + \sum_x t(t-1) \sum_y u(u-1) / (2n(n-1))
//	    + \sum_x t(t-1)(t-2) \sum_y u(u-1)(u-2) / (9n(n-1)(n-2))
//	z = (n_c - n_d) / √v
//
// where n_c and n_d are the numbers of concordant and discordant pairs,
// n_0 = n(n-1)/2, n_x and n_y are the numbers of pairs tied in x and in y,
// and t and u are the sizes of the groups of ties in x and y. The results
// match scipy.stats.kendalltau(x, y, method='asymptotic'). KendallTau takes
// O(n log n) time. x and y must not contain NaN.
// KendallTau panics if len(x) != len(y).
//
// Special cases are:
//
//	len(x) < 2: tau and p are NaN
//	x or y constant: tau and p are NaN
//	len(x) == 2: tau is ±1 and p is NaN
func KendallTau(x, y []float64) (tau, p float64) {
	if len(x) != len(y) {
		panic(errStatLength)
	}
	n := len(x)
	if n < 2 || allEqual(x) || allEqual(y) {
		return math.NaN(), math.NaN()
	}

	// Order the pairs by x, then by y.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int {
		if c := cmp.Compare(x[i], x[j]); c != 0 {
			return c
		}
		return cmp.Compare(y[i], y[j])
	})
	ys := make([]float64, n)
	for k, i := range idx {
		ys[k] = y[i]
	}

	var xt, jt tieCounts
	for k := 0; k < n; {
		l := k + 1
		for l < n && x[idx[l]] == x[idx[k]] {
			l++
		}
		xt.add(l - k)
		// Joint ties are runs of equal y within a run of equal x.
		for m := k; m < l; {
			o := m + 1
			for o < l && ys[o] == ys[m] {
				o++
			}
			jt.add(o - m)
			m = o
		}
		k = l
	}

	// Discordant pairs are the strict inversions of y in x order.
	// Sorting ys also prepares it for counting ties in y.
	dis := inversions(ys, make([]float64, n))
	var yt tieCounts
	for k := 0; k < n; {
		l := k + 1
		for l < n && ys[l] == ys[k] {
			l++
		}
		yt.add(l - k)
		k = l
	}

	tot := int64(n) * int64(n-1) / 2
	s := tot - xt.pairs - yt.pairs + jt.pairs - 2*dis // n_c - n_d
	fs := float64(s)
	tau = fs / math.Sqrt(float64(tot-xt.pairs)) / math.Sqrt(float64(tot-yt.pairs))
	tau = clampCorr(tau)
	if n < 3 {
		return tau, math.NaN()
	}

	fn := float64(n)
	m := fn * (fn - 1)
	v := (m*(2*fn+5)-xt.v1-yt.v1)/18 +
		2*float64(xt.pairs)*float64(yt.pairs)/m +
		xt.v0*yt.v0/(9*m*(fn-2))
	return tau, normalTwoSided(fs / math.Sqrt(v))
}

// tieCounts accumulates statistics of groups of tied values.
type tieCounts struct {
	pairs int64   // \sum t(t-1)/2
	v0    float64 // \sum t(t-1)(t-2)
	v1    float64 // \sum t(t-1)(2t+5)
}

func (c *tieCounts) add(t int) {
	if t < 2 {
		return
	}
	c.pairs += int64(t) * int64(t-1) / 2
	ft := float64(t)
	c.v0 += ft * (ft - 1) * (ft - 2)
	c.v1 += ft * (ft - 1) * (2*ft + 5)
}

// inversions sorts s in place by merge sort and returns the number of
// pairs i < j with s[i] > s[j]. buf must have the length of s.
func inversions(s, buf []float64) int64 {
	n := len(s)
	if n < 2 {
		return 0
	}
	h := n / 2
	inv := inversions(s[:h], buf[:h]) + inversions(s[h:], buf[h:])
	i, j, k := 0, h, 0
	for i < h && j < n {
		if s[j] < s[i] {
			buf[k] = s[j]
			inv += int64(h - i)
			j++
		} else {
			buf[k] = s[i]
			i++
		}
		k++
	}
	k += copy(buf[k:], s[i:h])
	copy(buf[k:], s[j:])
	copy(s, buf)
	return inv
}
