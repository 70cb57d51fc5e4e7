package analyze

import "math"

// LogLikelihoodG2 returns the log-likelihood keyness statistic G² of a word
// that occurs a times in a target corpus of totalA words and b times in a
// reference corpus of totalB words, as given by Rayson and Garside (2000),
//
//	E_a = totalA (a+b) / (totalA+totalB)
//	E_b = totalB (a+b) / (totalA+totalB)
//	G² = 2 (a ln(a/E_a) + b ln(b/E_b))
//
// with 0 ln 0 = 0. This is the two-cell form used by the UCREL log-likelihood
// calculator; it omits the terms for the words other than the one tested,
// which the full 2×2 contingency table G² includes, and is close to it when
// a and b are small relative to the corpus sizes. Under the null hypothesis
// of equal relative frequency G² is approximately χ² with one degree of
// freedom (3.84 for p < 0.05, 6.63 for p < 0.01).
//
// The returned G² is unsigned (never negative); the direction of the
// difference is given by the sign of LogRatio.
//
// Special cases are:
//
//	a == 0 and b == 0: NaN
//	a < 0, b < 0, a > totalA or b > totalB: NaN
//	totalA <= 0 or totalB <= 0: NaN
//	equal relative frequencies: 0
func LogLikelihoodG2(a, b, totalA, totalB float64) float64 {
	if !validKeyness(a, b, totalA, totalB) {
		return math.NaN()
	}
	n := totalA + totalB
	ea := totalA * (a + b) / n
	eb := totalB * (a + b) / n
	g2 := 2 * (xlogy(a, a/ea) + xlogy(b, b/eb))
	// Rounding can leave a tiny negative value for equal rates.
	return math.Max(g2, 0)
}

// LogRatio returns Hardie's Log Ratio effect size for the difference in
// relative frequency of a word that occurs a times in a target corpus of
// totalA words and b times in a reference corpus of totalB words,
//
//	LR = log₂((a/totalA) / (b/totalB))
//
// where a zero frequency is replaced by 0.5 to keep the ratio finite.
// Each unit of LR is a doubling of the relative frequency; LR is positive
// when the word is relatively more frequent in the target corpus.
//
// Special cases are:
//
//	a == 0 and b == 0: NaN
//	a < 0, b < 0, a > totalA or b > totalB: NaN
//	totalA <= 0 or totalB <= 0: NaN
//	a == 0: log₂((0.5/totalA) / (b/totalB))
//	b == 0: log₂((a/totalA) / (0.5/totalB))
func LogRatio(a, b, totalA, totalB float64) float64 {
	if !validKeyness(a, b, totalA, totalB) {
		return math.NaN()
	}
	if a == 0 {
		a = 0.5
	}
	if b == 0 {
		b = 0.5
	}
	return math.Log2((a / totalA) / (b / totalB))
}

// validKeyness returns whether the frequencies and corpus sizes describe
// a word that occurs at least once.
func validKeyness(a, b, totalA, totalB float64) bool {
	return totalA > 0 && totalB > 0 &&
		a >= 0 && b >= 0 && a <= totalA && b <= totalB &&
		a+b > 0
}

// xlogy returns x ln(y), with 0 ln(y) = 0.
func xlogy(x, y float64) float64 {
	if x == 0 {
		return 0
	}
	return x * math.Log(y)
}
