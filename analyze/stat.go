package analyze

import (
	"cmp"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Summary is a description of a sample of values.
type Summary struct {
	// N is the number of values in the sample.
	N int

	// Mean is the arithmetic mean and SD is the sample
	// standard deviation computed with n-1 in the denominator.
	Mean, SD float64

	// Median is the middle value of the sorted sample, or
	// the mean of the two middle values when N is even.
	Median float64

	// CI95 is the two-sided 95% confidence interval for the
	// mean based on Student's t distribution with N-1 degrees
	// of freedom.
	CI95 [2]float64
}

// Summarize returns a Summary of the values in x. The confidence interval is
//
//	mean ± t_{0.975, n-1} * sd / √n
//
// x need not be sorted and is not modified.
//
// Special cases are:
//
//	len(x) == 0: N is zero and all other fields are NaN
//	len(x) == 1: Mean and Median are x[0], SD and CI95 are NaN
//	zero variance: SD is zero and CI95 is [Mean, Mean]
func Summarize(x []float64) Summary {
	n := len(x)
	nan := math.NaN()
	s := Summary{N: n, Mean: nan, SD: nan, Median: nan, CI95: [2]float64{nan, nan}}
	if n == 0 {
		return s
	}
	s.Median = sampleMedian(x)
	if n == 1 {
		s.Mean = x[0]
		return s
	}
	if allEqual(x) {
		s.Mean, s.SD = x[0], 0
	} else {
		s.Mean, s.SD = stat.MeanStdDev(x, nil)
	}
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(0.975)
	half := t * s.SD / math.Sqrt(float64(n))
	s.CI95 = [2]float64{s.Mean - half, s.Mean + half}
	return s
}

// Moments is a mergeable accumulator of the count, mean and sum of squared
// deviations from the mean of a stream of values. It allows a corpus to be
// summarised in parts that are later combined with Merge.
//
// The zero value is an empty accumulator ready to use. Mean is zero while
// N is zero; callers should check N before using it.
type Moments struct {
	// N is the number of values added.
	N float64
	// Mean is the running mean of the values.
	Mean float64
	// M2 is the sum of squared deviations from Mean,
	//  M2 = \sum_i (x_i - Mean)^2
	M2 float64
}

// Add adds the value x to the accumulator using Welford's update
//
//	N' = N + 1
//	Mean' = Mean + (x - Mean) / N'
//	M2' = M2 + (x - Mean) * (x - Mean')
func (m *Moments) Add(x float64) {
	m.N++
	d := x - m.Mean
	m.Mean += d / m.N
	m.M2 += d * (x - m.Mean)
}

// Merge adds the values summarised by o to the receiver using the pairwise
// update of Chan, Golub and LeVeque (1979)
//
//	N = N_a + N_b
//	δ = Mean_b - Mean_a
//	Mean = Mean_a + δ * N_b / N
//	M2 = M2_a + M2_b + δ² * N_a * N_b / N
//
// Merge is exact up to floating point rounding: merging the accumulators of
// any partition of a sample gives the moments of the whole sample, so parts
// may be merged in any order and any grouping.
func (m *Moments) Merge(o Moments) {
	if o.N == 0 {
		return
	}
	if m.N == 0 {
		*m = o
		return
	}
	n := m.N + o.N
	d := o.Mean - m.Mean
	m.Mean += d * o.N / n
	m.M2 += o.M2 + d*d*m.N*o.N/n
	m.N = n
}

// Variance returns the sample variance of the values added to m,
//
//	M2 / (N - 1)
//
// Variance returns NaN if N < 2.
func (m *Moments) Variance() float64 {
	if m.N < 2 {
		return math.NaN()
	}
	return m.M2 / (m.N - 1)
}

// StdDev returns the sample standard deviation of the values added to m,
// the square root of Variance. StdDev returns NaN if N < 2.
func (m *Moments) StdDev() float64 {
	return math.Sqrt(m.Variance())
}

// DecimalYear returns t as a fractional year,
//
//	year + (day of year - 1) / (days in year)
//
// The calendar date is taken in t's location and the time of day is ignored,
// so every instant of a day maps to the same value. For example,
// 1 January 2000 is 2000.0 and 2 July 2001 is 2001 + 182/365.
func DecimalYear(t time.Time) float64 {
	y := t.Year()
	days := 365.0
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 366
	}
	return float64(y) + float64(t.YearDay()-1)/days
}

// sampleMedian returns the median of x without modifying it.
// x must not be empty.
func sampleMedian(x []float64) float64 {
	s := slices.Clone(x)
	slices.Sort(s)
	return sortedMedian(s)
}

// sortedMedian returns the median of the sorted, non-empty slice s.
func sortedMedian(s []float64) float64 {
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// allEqual returns whether all elements of x are equal.
// It returns true for empty x.
func allEqual(x []float64) bool {
	for _, v := range x[min(1, len(x)):] {
		if v != x[0] {
			return false
		}
	}
	return true
}

// midRanks returns the ranks of the values in x, starting from 1, with tied
// values given the mean of the ranks they span. It also returns the tie
// term
//
//	\sum_g (t_g^3 - t_g)
//
// where t_g is the number of values in the g-th group of ties.
// x must not contain NaN.
func midRanks(x []float64) (r []float64, ties float64) {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int { return cmp.Compare(x[i], x[j]) })
	r = make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i + 1
		for j < len(idx) && x[idx[j]] == x[idx[i]] {
			j++
		}
		// Positions i..j-1 hold ranks i+1..j.
		avg := float64(i+j+1) / 2
		for _, k := range idx[i:j] {
			r[k] = avg
		}
		if t := float64(j - i); t > 1 {
			ties += t*t*t - t
		}
		i = j
	}
	return r, ties
}

// studentsTTwoSided returns the two-sided p-value of the t statistic with df degrees
// of freedom, 2 * P(T > |t|).
func studentsTTwoSided(t, df float64) float64 {
	if math.IsNaN(t) || math.IsNaN(df) || df <= 0 {
		return math.NaN()
	}
	return 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Survival(math.Abs(t))
}

// normalTwoSided returns the two-sided p-value of the standard normal
// statistic z, 2 * P(Z > |z|). It is computed with math.Erfc to keep
// relative accuracy in the far tail.
func normalTwoSided(z float64) float64 {
	return math.Erfc(math.Abs(z) / math.Sqrt2)
}
