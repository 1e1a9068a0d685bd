package org.crnstudio.ui.views.graph;

import org.crnstudio.graph.layout.LabelMetrics;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * Label sizes for the layout from the canvas font, measured once on the UI thread so the layout job can use them
 * from its own thread (a slightly generous per-character width: labels are short names).
 */
record SwtLabelMetrics(double characterWidth, double lineHeight) implements LabelMetrics {

	static SwtLabelMetrics of(Control control) {
		GC gc = new GC(control);
		try {
			FontMetrics metrics = gc.getFontMetrics();
			double widest = gc.textExtent("MWmw").x / 4.0;
			return new SwtLabelMetrics(Math.max(metrics.getAverageCharacterWidth(), widest * 0.9), metrics.getHeight());
		} finally {
			gc.dispose();
		}
	}

	@Override
	public double width(String text) {
		return text.length() * characterWidth;
	}

	@Override
	public double height() {
		return lineHeight;
	}
}
