// Special functions for the regression tests: the normal, Student t and
// regularised gamma and beta functions, to about 1e-12, with no dependency.
// Checked against SciPy in test/unit/stats.test.ts (table from scripts/stats-reference.py).

/** Stirling's series for ln Γ: terms B₂ₖ / (2k(2k−1)x^(2k−1)), from the Bernoulli numbers. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];
/** Below this, ln Γ is shifted up by the recurrence, where seven terms of the series reach double precision. */
const STIRLING_FROM = 15;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  let shift = 0;
  let z = x;
  for (; z < STIRLING_FROM; z += 1) shift += Math.log(z);
  let series = 0;
  let power = z;
  for (const term of STIRLING) {
    series += term / power;
    power *= z * z;
  }
  return (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Lentz's method for a continued fraction b0 + a1/(b1 + a2/(b2 + …)), given each term (a_i, b_i). */
function continuedFraction(term: (i: number) => [number, number], b0: number): number {
  let f = b0 === 0 ? TINY : b0;
  let c = f;
  let d = 0;
  for (let i = 1; i <= MAX_ITERATIONS; i += 1) {
    const [a, b] = term(i);
    d = b + a * d;
    d = Math.abs(d) < TINY ? 1 / TINY : 1 / d;
    c = b + a / c;
    if (Math.abs(c) < TINY) c = TINY;
    const step = c * d;
    f *= step;
    if (Math.abs(step - 1) < EPSILON) return f;
  }
  return f;
}

/** The regularised upper incomplete gamma function Q(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // The series for P(a, x) converges fast here.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n += 1) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * front;
  }
  const fraction = continuedFraction((i) => [-i * (i - a), x + 1 - a + 2 * i], x + 1 - a);
  return front / fraction;
}

/** The standard normal CDF Φ(z), via erfc(x) = Q(1/2, x²). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const tail = 0.5 * gammaQ(0.5, x * x);
  return z < 0 ? tail : 1 - tail;
}

/** The regularised incomplete beta function I_x(a, b). */
export function betaRegularized(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - betaRegularized(1 - x, b, a);
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x)) / a;
  const fraction = continuedFraction((i) => {
    const m = Math.floor(i / 2);
    const numerator =
      i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    return [numerator, 1];
  }, 1);
  return front / fraction;
}

/** Student's t CDF with `df` degrees of freedom (any df > 0, not only integers, as Welch's test needs). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * betaRegularized(df / (df + t * t), df / 2, 0.5);
  return t < 0 ? tail : 1 - tail;
}

/** The t quantile, by bisection on the CDF (monotone, so this cannot miss). */
export function studentTQuantile(p: number, df: number): number {
  let low = -1e8;
  let high = 1e8;
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, Math.abs(low)); i += 1) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** The normal quantile, by bisection on Φ. */
export function normalQuantile(p: number): number {
  let low = -40;
  let high = 40;
  for (let i = 0; i < 200 && high - low > 1e-13; i += 1) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
