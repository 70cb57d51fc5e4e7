package analyze_test

import (
	"fmt"
	"math"
	"time"

	"github.com/essaylab/themes/analyze"
)

func ExampleSummarize() {
	// Sentence lengths in words.
	x := []float64{12, 18, 9, 22, 15, 17, 30, 11}
	s := analyze.Summarize(x)
	fmt.Printf("n=%d mean=%.3f sd=%.3f median=%.1f\n", s.N, s.Mean, s.SD, s.Median)
	fmt.Printf("95%% CI [%.3f, %.3f]\n", s.CI95[0], s.CI95[1])

	// A single value has no spread.
	one := analyze.Summarize([]float64{4})
	fmt.Printf("n=%d mean=%v sd=%v\n", one.N, one.Mean, one.SD)

	// Output:
	// n=8 mean=16.750 sd=6.798 median=16.0
	// 95% CI [11.067, 22.433]
	// n=1 mean=4 sd=NaN
}

func ExampleWelchT() {
	// Type-token ratios of essays from two cohorts.
	a := []float64{0.61, 0.58, 0.66, 0.70, 0.59, 0.64}
	b := []float64{0.55, 0.52, 0.60, 0.49, 0.57, 0.58, 0.51}
	t, df, p := analyze.WelchT(a, b)
	fmt.Printf("t=%.4f df=%.4f p=%.6f\n", t, df, p)

	// Two constant groups leave the test undefined.
	t, df, p = analyze.WelchT([]float64{1, 1}, []float64{2, 2})
	fmt.Println(t, df, p)

	// Output:
	// t=3.5018 df=10.1526 p=0.005581
	// NaN NaN NaN
}

func ExampleMannWhitneyU() {
	// Counts of hedging words per essay.
	a := []float64{3, 5, 5, 7, 8, 9, 12}
	b := []float64{1, 2, 2, 4, 5, 6}
	u, p := analyze.MannWhitneyU(a, b)
	fmt.Printf("U=%v p=%.6f\n", u, p)
	fmt.Printf("Cliff's delta=%.4f\n", analyze.CliffsDelta(a, b))

	// Output:
	// U=36 p=0.036996
	// Cliff's delta=0.7143
}

func ExampleKruskalWallis() {
	h, df, p := analyze.KruskalWallis(
		[]float64{2.9, 3.0, 2.5, 2.6, 3.2},
		[]float64{3.8, 2.7, 4.0, 2.4},
		[]float64{2.8, 3.4, 3.7, 2.2, 2.0},
	)
	fmt.Printf("H=%.4f df=%d p=%.4f\n", h, df, p)

	// Output:
	// H=0.7714 df=2 p=0.6800
}

func ExampleBenjaminiHochberg() {
	// p-values of per-theme tests; one theme could not be tested.
	p := []float64{0.010, 0.040, math.NaN(), 0.030, 0.200}
	for i, q := range analyze.BenjaminiHochberg(p) {
		fmt.Printf("p=%.3f q=%.4f\n", p[i], q)
	}

	// Output:
	// p=0.010 q=0.0400
	// p=0.040 q=0.0533
	// p=NaN q=NaN
	// p=0.030 q=0.0533
	// p=0.200 q=0.2000
}

func ExampleSpearman() {
	year := []float64{2015, 2016, 2017, 2018, 2019, 2020, 2021}
	share := []float64{0.12, 0.15, 0.14, 0.19, 0.22, 0.21, 0.27}
	rho, p := analyze.Spearman(year, share)
	fmt.Printf("rho=%.4f p=%.5f\n", rho, p)
	tau, p := analyze.KendallTau(year, share)
	fmt.Printf("tau=%.4f p=%.5f\n", tau, p)

	// Output:
	// rho=0.9286 p=0.00252
	// tau=0.8095 p=0.01067
}

func ExampleLinearTrend() {
	year := []float64{2015, 2016, 2017, 2018, 2019, 2020, 2021}
	share := []float64{0.12, 0.15, 0.14, 0.19, 0.22, 0.21, 0.27}
	tr := analyze.LinearTrend(year, share)
	fmt.Printf("slope=%.5f/yr R2=%.4f p=%.6f n=%d\n", tr.Slope, tr.R2, tr.P, tr.N)
	slope, _ := analyze.TheilSen(year, share)
	fmt.Printf("Theil-Sen slope=%.5f/yr\n", slope)

	// Output:
	// slope=0.02321/yr R2=0.9106 p=0.000840 n=7
	// Theil-Sen slope=0.02400/yr
}

func ExampleDecimalYear() {
	for _, s := range []string{"2020-01-01", "2020-07-02", "2021-07-02"} {
		t, _ := time.Parse(time.DateOnly, s)
		fmt.Printf("%s %.4f\n", s, analyze.DecimalYear(t))
	}

	// Output:
	// 2020-01-01 2020.0000
	// 2020-07-02 2020.5000
	// 2021-07-02 2021.4986
}

func ExampleLogLikelihoodG2() {
	// "lonely" occurs 120 times in 50,000 words of student essays and
	// 40 times in 80,000 words of a reference corpus.
	g2 := analyze.LogLikelihoodG2(120, 40, 50000, 80000)
	lr := analyze.LogRatio(120, 40, 50000, 80000)
	fmt.Printf("G2=%.2f LogRatio=%.3f\n", g2, lr)

	// Output:
	// G2=88.22 LogRatio=2.263
}

func ExampleMoments() {
	// Summarise two parts of a corpus separately and combine them.
	var part1, part2 analyze.Moments
	for _, v := range []float64{12, 18, 9, 22} {
		part1.Add(v)
	}
	for _, v := range []float64{15, 17, 30, 11} {
		part2.Add(v)
	}
	part1.Merge(part2)
	fmt.Printf("n=%v mean=%.3f sd=%.3f\n", part1.N, part1.Mean, part1.StdDev())

	// Output:
	// n=8 mean=16.750 sd=6.798
}
