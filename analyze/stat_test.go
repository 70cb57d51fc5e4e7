package analyze

// The reference values in testdata/stats/reference.json come from scipy and
// R; see the versions and the exact calls recorded in that file. To
// regenerate it (needs Debian's python3-scipy and r-base-core), run from the
// repository root:
//
//	/usr/bin/python3 testdata/stats/gen_reference.py > testdata/stats/reference.json
//
// The tests only read the committed JSON and do not need scipy or R.

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/gonum/floats/scalar"
	"gonum.org/v1/gonum/stat"
)

const refTol = 1e-9

// refFloat is a float64 that decodes JSON null as NaN.
type refFloat float64

func (f *refFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = refFloat(math.NaN())
		return nil
	}
	var v float64
	err := json.Unmarshal(b, &v)
	*f = refFloat(v)
	return err
}

func refFloats(s []refFloat) []float64 {
	f := make([]float64, len(s))
	for i, v := range s {
		f[i] = float64(v)
	}
	return f
}

type refCase struct {
	Func string          `json:"func"`
	Name string          `json:"name"`
	Call string          `json:"call"`
	Note string          `json:"note"`
	Args json.RawMessage `json:"args"`
	Want json.RawMessage `json:"want"`
}

type statRefFile struct {
	Versions map[string]string `json:"versions"`
	Cases    []refCase         `json:"cases"`
}

var (
	statRefOnce sync.Once
	statRefData statRefFile
	statRefErr  error
)

// statReferenceCases returns the reference cases for the named function,
// failing the test if there are none.
func statReferenceCases(t *testing.T, fn string) []refCase {
	t.Helper()
	statRefOnce.Do(func() {
		var b []byte
		b, statRefErr = os.ReadFile(filepath.Join("..", "testdata", "stats", "reference.json"))
		if statRefErr == nil {
			statRefErr = json.Unmarshal(b, &statRefData)
		}
	})
	if statRefErr != nil {
		t.Fatalf("cannot load reference values: %v", statRefErr)
	}
	var cases []refCase
	for _, c := range statRefData.Cases {
		if c.Func == fn {
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		t.Fatalf("no reference cases for %s", fn)
	}
	return cases
}

// decode decodes the arguments and expected values of c.
func (c refCase) decode(t *testing.T, args, want any) {
	t.Helper()
	if err := json.Unmarshal(c.Args, args); err != nil {
		t.Fatalf("%s/%s: bad args: %v", c.Func, c.Name, err)
	}
	if err := json.Unmarshal(c.Want, want); err != nil {
		t.Fatalf("%s/%s: bad want: %v", c.Func, c.Name, err)
	}
}

// refSame returns whether got and want are both NaN or equal within refTol.
func refSame(got float64, want refFloat) bool {
	w := float64(want)
	if math.IsNaN(w) || math.IsNaN(got) {
		return math.IsNaN(w) && math.IsNaN(got)
	}
	return scalar.EqualWithinAbsOrRel(got, w, refTol, refTol)
}

func checkRef(t *testing.T, c refCase, field string, got float64, want refFloat) {
	t.Helper()
	if !refSame(got, want) {
		t.Errorf("%s/%s: %s = %v, want %v (%s)", c.Func, c.Name, field, got, float64(want), c.Call)
	}
}

type twoSampleArgs struct {
	A []refFloat `json:"a"`
	B []refFloat `json:"b"`
}

type xyArgs struct {
	X []refFloat `json:"x"`
	Y []refFloat `json:"y"`
}

func TestSummarize(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "Summarize") {
		var args struct {
			X []refFloat `json:"x"`
		}
		var want struct {
			N      int         `json:"n"`
			Mean   refFloat    `json:"mean"`
			SD     refFloat    `json:"sd"`
			Median refFloat    `json:"median"`
			CI95   [2]refFloat `json:"ci95"`
		}
		c.decode(t, &args, &want)
		x := refFloats(args.X)
		orig := slices.Clone(x)
		got := Summarize(x)
		if !slices.Equal(x, orig) {
			t.Errorf("%s: Summarize modified its input", c.Name)
		}
		if got.N != want.N {
			t.Errorf("%s: N = %d, want %d", c.Name, got.N, want.N)
		}
		checkRef(t, c, "Mean", got.Mean, want.Mean)
		checkRef(t, c, "SD", got.SD, want.SD)
		checkRef(t, c, "Median", got.Median, want.Median)
		checkRef(t, c, "CI95[0]", got.CI95[0], want.CI95[0])
		checkRef(t, c, "CI95[1]", got.CI95[1], want.CI95[1])
	}
}

func TestWelchT(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "WelchT") {
		var args twoSampleArgs
		var want struct{ T, DF, P refFloat }
		c.decode(t, &args, &want)
		tt, df, p := WelchT(refFloats(args.A), refFloats(args.B))
		checkRef(t, c, "t", tt, want.T)
		checkRef(t, c, "df", df, want.DF)
		checkRef(t, c, "p", p, want.P)
	}
}

func TestMannWhitneyU(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "MannWhitneyU") {
		var args twoSampleArgs
		var want struct{ U, P refFloat }
		c.decode(t, &args, &want)
		u, p := MannWhitneyU(refFloats(args.A), refFloats(args.B))
		checkRef(t, c, "u", u, want.U)
		checkRef(t, c, "p", p, want.P)
	}
}

func TestKruskalWallis(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "KruskalWallis") {
		var args struct {
			Groups [][]refFloat `json:"groups"`
		}
		var want struct {
			H  refFloat `json:"h"`
			DF int      `json:"df"`
			P  refFloat `json:"p"`
		}
		c.decode(t, &args, &want)
		groups := make([][]float64, len(args.Groups))
		for i, g := range args.Groups {
			groups[i] = refFloats(g)
		}
		h, df, p := KruskalWallis(groups...)
		checkRef(t, c, "h", h, want.H)
		if df != want.DF {
			t.Errorf("%s: df = %d, want %d", c.Name, df, want.DF)
		}
		checkRef(t, c, "p", p, want.P)
	}
}

func TestKruskalWallisTwoGroupsMatchesMannWhitney(t *testing.T) {
	t.Parallel()
	// Without continuity correction, H for two groups is z² of the
	// Mann–Whitney test, so the p-values agree to rounding.
	rnd := rand.New(rand.NewPCG(1, 1))
	a := statRandInts(rnd, 40, 7)
	b := statRandInts(rnd, 55, 9)
	h, _, _ := KruskalWallis(a, b)
	u, _ := MannWhitneyU(a, b)
	x := append(slices.Clone(a), b...)
	_, ties := midRanks(x)
	na, nb, n := float64(len(a)), float64(len(b)), float64(len(x))
	sigma2 := na * nb / 12 * ((n + 1) - ties/(n*(n-1)))
	z := (u - na*nb/2) / math.Sqrt(sigma2)
	if !scalar.EqualWithinAbsOrRel(h, z*z, 1e-12, 1e-12) {
		t.Errorf("H = %v, z² = %v", h, z*z)
	}
}

func TestCohensD(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "CohensD") {
		var args twoSampleArgs
		var want struct{ D refFloat }
		c.decode(t, &args, &want)
		checkRef(t, c, "d", CohensD(refFloats(args.A), refFloats(args.B)), want.D)
	}
}

func TestCliffsDelta(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "CliffsDelta") {
		var args twoSampleArgs
		var want struct{ D refFloat }
		c.decode(t, &args, &want)
		checkRef(t, c, "delta", CliffsDelta(refFloats(args.A), refFloats(args.B)), want.D)
	}
}

func TestCliffsDeltaBruteForce(t *testing.T) {
	t.Parallel()
	rnd := rand.New(rand.NewPCG(2, 1))
	for trial := range 50 {
		a := statRandInts(rnd, 1+rnd.IntN(30), 1+rnd.IntN(10))
		b := statRandInts(rnd, 1+rnd.IntN(30), 1+rnd.IntN(10))
		var dom int
		for _, ai := range a {
			for _, bj := range b {
				switch {
				case ai > bj:
					dom++
				case ai < bj:
					dom--
				}
			}
		}
		want := float64(dom) / float64(len(a)*len(b))
		if got := CliffsDelta(a, b); got != want {
			t.Errorf("trial %d: CliffsDelta = %v, want %v", trial, got, want)
		}
		// δ = 2U/(n_a n_b) - 1.
		u, _ := MannWhitneyU(a, b)
		if alt := 2*u/float64(len(a)*len(b)) - 1; !scalar.EqualWithinAbsOrRel(alt, want, 1e-12, 1e-12) {
			t.Errorf("trial %d: 2U/(n_a n_b) - 1 = %v, want %v", trial, alt, want)
		}
	}
}

func TestBenjaminiHochberg(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "BenjaminiHochberg") {
		var args struct {
			P []refFloat `json:"p"`
		}
		var want struct {
			Adjusted []refFloat `json:"adjusted"`
		}
		c.decode(t, &args, &want)
		p := refFloats(args.P)
		orig := slices.Clone(p)
		got := BenjaminiHochberg(p)
		if !slices.EqualFunc(p, orig, func(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }) {
			t.Errorf("%s: BenjaminiHochberg modified its input", c.Name)
		}
		if got == nil || len(got) != len(want.Adjusted) {
			t.Errorf("%s: got %v, want %v", c.Name, got, refFloats(want.Adjusted))
			continue
		}
		for i := range got {
			checkRef(t, c, fmt.Sprintf("q[%d]", i), got[i], want.Adjusted[i])
		}
	}
}

func TestSpearman(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "Spearman") {
		var args xyArgs
		var want struct{ Rho, P refFloat }
		c.decode(t, &args, &want)
		rho, p := Spearman(refFloats(args.X), refFloats(args.Y))
		checkRef(t, c, "rho", rho, want.Rho)
		checkRef(t, c, "p", p, want.P)
	}
}

func TestKendallTau(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "KendallTau") {
		var args xyArgs
		var want struct{ Tau, P refFloat }
		c.decode(t, &args, &want)
		tau, p := KendallTau(refFloats(args.X), refFloats(args.Y))
		checkRef(t, c, "tau", tau, want.Tau)
		checkRef(t, c, "p", p, want.P)
	}
}

func TestKendallTauBruteForce(t *testing.T) {
	t.Parallel()
	rnd := rand.New(rand.NewPCG(3, 1))
	for trial := range 50 {
		n := 3 + rnd.IntN(60)
		x := statRandInts(rnd, n, 1+rnd.IntN(12))
		y := statRandInts(rnd, n, 1+rnd.IntN(12))
		if allEqual(x) || allEqual(y) {
			continue
		}
		var s, tx, ty float64
		for i := range n {
			for j := range i {
				dx, dy := statSign(x[i]-x[j]), statSign(y[i]-y[j])
				s += dx * dy
				tx += dx * dx
				ty += dy * dy
			}
		}
		want := s / math.Sqrt(tx*ty)
		if got, _ := KendallTau(x, y); !scalar.EqualWithinAbsOrRel(got, want, 1e-12, 1e-12) {
			t.Errorf("trial %d: tau = %v, want %v", trial, got, want)
		}
	}
}

func statSign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func TestLinearTrend(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "LinearTrend") {
		var args xyArgs
		var want struct {
			Slope, Intercept, R2, P refFloat
			N                       int
		}
		c.decode(t, &args, &want)
		got := LinearTrend(refFloats(args.X), refFloats(args.Y))
		checkRef(t, c, "Slope", got.Slope, want.Slope)
		checkRef(t, c, "Intercept", got.Intercept, want.Intercept)
		checkRef(t, c, "R2", got.R2, want.R2)
		checkRef(t, c, "P", got.P, want.P)
		if got.N != want.N {
			t.Errorf("%s: N = %d, want %d", c.Name, got.N, want.N)
		}
	}
}

func TestTheilSen(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "TheilSen") {
		var args xyArgs
		var want struct{ Slope, Intercept refFloat }
		c.decode(t, &args, &want)
		slope, intercept := TheilSen(refFloats(args.X), refFloats(args.Y))
		checkRef(t, c, "slope", slope, want.Slope)
		checkRef(t, c, "intercept", intercept, want.Intercept)
	}
}

func TestDecimalYear(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "DecimalYear") {
		var args struct{ Time string }
		var want struct{ Year refFloat }
		c.decode(t, &args, &want)
		tm, err := time.Parse(time.RFC3339, args.Time)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		checkRef(t, c, "year", DecimalYear(tm), want.Year)
	}
}

type keynessArgs struct {
	A      float64 `json:"a"`
	B      float64 `json:"b"`
	TotalA float64 `json:"totalA"`
	TotalB float64 `json:"totalB"`
}

func TestLogLikelihoodG2(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "LogLikelihoodG2") {
		var args keynessArgs
		var want struct{ G2 refFloat }
		c.decode(t, &args, &want)
		checkRef(t, c, "G2", LogLikelihoodG2(args.A, args.B, args.TotalA, args.TotalB), want.G2)
	}
}

func TestLogRatio(t *testing.T) {
	t.Parallel()
	for _, c := range statReferenceCases(t, "LogRatio") {
		var args keynessArgs
		var want struct{ LR refFloat }
		c.decode(t, &args, &want)
		checkRef(t, c, "LR", LogRatio(args.A, args.B, args.TotalA, args.TotalB), want.LR)
	}
}

func TestKeynessInvalid(t *testing.T) {
	t.Parallel()
	for _, test := range []struct{ a, b, totalA, totalB float64 }{
		{-1, 2, 10, 10},
		{1, -2, 10, 10},
		{11, 2, 10, 10},
		{1, 11, 10, 10},
		{1, 2, 10, -10},
		{math.NaN(), 2, 10, 10},
	} {
		if g := LogLikelihoodG2(test.a, test.b, test.totalA, test.totalB); !math.IsNaN(g) {
			t.Errorf("LogLikelihoodG2%v = %v, want NaN", test, g)
		}
		if lr := LogRatio(test.a, test.b, test.totalA, test.totalB); !math.IsNaN(lr) {
			t.Errorf("LogRatio%v = %v, want NaN", test, lr)
		}
	}
}

func TestLengthMismatchPanics(t *testing.T) {
	t.Parallel()
	x, y := []float64{1, 2, 3}, []float64{1, 2}
	for name, f := range map[string]func(){
		"Spearman":    func() { Spearman(x, y) },
		"KendallTau":  func() { KendallTau(x, y) },
		"LinearTrend": func() { LinearTrend(x, y) },
		"TheilSen":    func() { TheilSen(x, y) },
	} {
		func() {
			defer func() {
				r := recover()
				if r != errStatLength {
					t.Errorf("%s: recovered %v, want panic %q", name, r, errStatLength)
				}
			}()
			f()
		}()
	}
}

func TestMomentsMerge(t *testing.T) {
	t.Parallel()
	rnd := rand.New(rand.NewPCG(4, 1))
	for trial := range 100 {
		n := rnd.IntN(200)
		x := make([]float64, n)
		for i := range x {
			// A large offset exercises cancellation in the update.
			x[i] = 1e6 + 10*rnd.NormFloat64()
		}

		// Split x at random cut points and merge the parts in a random order.
		parts := make([]Moments, 1+rnd.IntN(6))
		cut := 0
		for i := range parts {
			end := cut + rnd.IntN(n-cut+1)
			if i == len(parts)-1 {
				end = n
			}
			for _, v := range x[cut:end] {
				parts[i].Add(v)
			}
			cut = end
		}
		rnd.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		var merged Moments
		for _, p := range parts {
			merged.Merge(p)
		}

		var single Moments
		for _, v := range x {
			single.Add(v)
		}

		if merged.N != float64(n) || single.N != float64(n) {
			t.Fatalf("trial %d: N = %v (merged), %v (single), want %d", trial, merged.N, single.N, n)
		}
		if n < 2 {
			if !math.IsNaN(merged.Variance()) || !math.IsNaN(merged.StdDev()) {
				t.Errorf("trial %d: n = %d: variance %v, want NaN", trial, n, merged.Variance())
			}
			continue
		}
		mean, variance := stat.MeanVariance(x, nil)
		const tol = 1e-9
		for _, m := range []struct {
			name string
			m    Moments
		}{{"merged", merged}, {"single", single}} {
			if !scalar.EqualWithinAbsOrRel(m.m.Mean, mean, tol, tol) {
				t.Errorf("trial %d: %s mean = %v, want %v", trial, m.name, m.m.Mean, mean)
			}
			if !scalar.EqualWithinAbsOrRel(m.m.Variance(), variance, tol, tol) {
				t.Errorf("trial %d: %s variance = %v, want %v", trial, m.name, m.m.Variance(), variance)
			}
			if !scalar.EqualWithinAbsOrRel(m.m.StdDev(), math.Sqrt(variance), tol, tol) {
				t.Errorf("trial %d: %s sd = %v, want %v", trial, m.name, m.m.StdDev(), math.Sqrt(variance))
			}
		}
	}
}

func TestMomentsEmpty(t *testing.T) {
	t.Parallel()
	var m Moments
	if !math.IsNaN(m.Variance()) {
		t.Errorf("empty Variance = %v, want NaN", m.Variance())
	}
	m.Merge(Moments{})
	if m != (Moments{}) {
		t.Errorf("merging empty accumulators gave %+v", m)
	}
	m.Add(3)
	if !math.IsNaN(m.StdDev()) {
		t.Errorf("n = 1 StdDev = %v, want NaN", m.StdDev())
	}
	o := m
	m.Merge(Moments{})
	if m != o {
		t.Errorf("merging an empty accumulator changed %+v to %+v", o, m)
	}
}

func TestMidRanks(t *testing.T) {
	t.Parallel()
	r, ties := midRanks([]float64{3, 1, 3, 2, 3, 1})
	want := []float64{5, 1.5, 5, 3, 5, 1.5}
	if !slices.Equal(r, want) {
		t.Errorf("ranks = %v, want %v", r, want)
	}
	if wantTies := float64(27 - 3 + 8 - 2); ties != wantTies {
		t.Errorf("tie term = %v, want %v", ties, wantTies)
	}
}

// statRandInts returns n values drawn uniformly from the integers 0..k-1,
// giving many ties for small k.
func statRandInts(rnd *rand.Rand, n, k int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = float64(rnd.IntN(k))
	}
	return x
}

func statRandNormal(rnd *rand.Rand, n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = rnd.NormFloat64()
	}
	return x
}

var statBenchSizes = []int{100, 10000}

var (
	statSinkF float64
	statSinkS []float64
)

func BenchmarkMannWhitneyU(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		x, y := statRandNormal(rnd, n), statRandNormal(rnd, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF, _ = MannWhitneyU(x, y)
			}
		})
	}
}

func BenchmarkKruskalWallis(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		g := [][]float64{statRandNormal(rnd, n), statRandNormal(rnd, n), statRandNormal(rnd, n)}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF, _, _ = KruskalWallis(g...)
			}
		})
	}
}

func BenchmarkCliffsDelta(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		x, y := statRandNormal(rnd, n), statRandNormal(rnd, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF = CliffsDelta(x, y)
			}
		})
	}
}

func BenchmarkSpearman(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		x, y := statRandNormal(rnd, n), statRandNormal(rnd, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF, _ = Spearman(x, y)
			}
		})
	}
}

func BenchmarkKendallTau(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		x, y := statRandInts(rnd, n, 50), statRandInts(rnd, n, 50)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF, _ = KendallTau(x, y)
			}
		})
	}
}

func BenchmarkTheilSen(b *testing.B) {
	for _, n := range []int{100, 1000} {
		rnd := rand.New(rand.NewPCG(1, 1))
		x, y := statRandNormal(rnd, n), statRandNormal(rnd, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF, _ = TheilSen(x, y)
			}
		})
	}
}

func BenchmarkBenjaminiHochberg(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		p := make([]float64, n)
		for i := range p {
			p[i] = rnd.Float64()
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkS = BenjaminiHochberg(p)
			}
		})
	}
}

func BenchmarkSummarize(b *testing.B) {
	for _, n := range statBenchSizes {
		rnd := rand.New(rand.NewPCG(1, 1))
		x := statRandNormal(rnd, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				statSinkF = Summarize(x).Median
			}
		})
	}
}
