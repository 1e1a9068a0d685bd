package org.crnstudio.graph.layout;

/** Measures label text so that nodes are sized to fit it; the UI passes its font's metrics. */
public interface LabelMetrics {

	/** An estimate for a 12 px sans-serif font, for headless use (the SVG export and the tests). */
	LabelMetrics ESTIMATE = new LabelMetrics() {
		@Override
		public double width(String text) {
			return text.length() * 7.0;
		}

		@Override
		public double height() {
			return 15;
		}
	};

	double width(String text);

	double height();
}
