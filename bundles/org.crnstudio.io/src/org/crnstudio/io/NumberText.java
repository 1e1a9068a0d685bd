package org.crnstudio.io;

/**
 * Numbers as text that reads back to the same double: integral values without a fraction ("100"), others in
 * Java's shortest round-trip form ("0.1", "1.0E-5"), both valid in CSV and JSON.
 */
public final class NumberText {

    /** Below this magnitude every integer is exactly representable, so the long form is exact. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private NumberText() {
    }

    public static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT && !isNegativeZero(value)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
    }
}
