package org.crnstudio.compile.nn;

/**
 * The non-negative root x of {@code h + z x - (q - 1) x^q = 0} (h >= 0, q >= 2): the fixed point of the node ODE
 * {@code dx/dt = h + z x - (q - 1) x^q} that the fixed-point construction realises with {@code qX -> X}.
 * The left side is concave in x > 0, equals h >= 0 at 0 and tends to minus infinity, so the root is unique.
 */
public final class PolynomialRoot {

	private PolynomialRoot() {
	}

	/** The quadratic case q = 2: (z + sqrt(z^2 + 4h)) / 2, written without cancellation for z < 0. */
	public static double quadratic(double h, double z) {
		double root = Math.sqrt(z * z + 4 * h);
		if (z >= 0) {
			return (z + root) / 2;
		}
		double denominator = root - z;
		return denominator == 0 ? 0 : 2 * h / denominator;
	}

	/** The root for any real q >= 2 (q = 2 exactly uses the closed form). */
	public static double of(double h, double z, double q) {
		if (q == 2) {
			return quadratic(h, z);
		}
		if (h == 0) {
			// x (z - (q-1) x^(q-1)) = 0: the positive root exists only when z > 0.
			return z > 0 ? Math.pow(z / (q - 1), 1 / (q - 1)) : 0;
		}
		// Bracket: f(0) = h > 0; at x >= 1 a root satisfies (q-1) x^(q-1) <= h + |z|.
		double lo = 0;
		double hi = Math.max(1, Math.pow((h + Math.abs(z)) / (q - 1), 1 / (q - 1)));
		double x = hi;
		for (int iteration = 0; iteration < 200; iteration++) {
			double f = h + z * x - (q - 1) * Math.pow(x, q);
			if (f > 0) {
				lo = x;
			} else {
				hi = x;
			}
			double slope = z - q * (q - 1) * Math.pow(x, q - 1);
			double next = slope < 0 ? x - f / slope : Double.NaN;
			// Newton where it stays inside the bracket, bisection otherwise.
			if (!(next > lo && next < hi)) {
				next = (lo + hi) / 2;
			}
			if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || hi - lo <= 1e-16 * hi) {
				return next;
			}
			x = next;
		}
		return x;
	}
}
