package org.crnstudio.ui.tests;

/** Small .crn texts the tests edit, with the offsets they use computed from the text itself. */
final class Samples {

	/** A valid network; the tests add a reaction producing an undeclared species B after "A -> 0 @ k". */
	static final String DEMO = """
			crn Demo {
			    parameter k = 1
			    species A = 1
			    decay: A -> 0 @ k
			}

			simulation Run {
			    of Demo
			    method ode
			    until 10
			    plot A
			}
			""";

	private Samples() {
	}

	/** The offset of the {@code occurrence}-th (0-based) appearance of {@code snippet} in {@code text}. */
	static int offsetOf(String text, String snippet, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(snippet, offset + 1);
			if (offset < 0) {
				throw new AssertionError("'" + snippet + "' occurs fewer than " + (occurrence + 1) + " times");
			}
		}
		return offset;
	}
}
