package org.crnstudio.ui.views.graph;

/**
 * Maps layout coordinates to canvas pixels: screen = model * scale + offset. Zooming keeps the point under the
 * mouse still; fitting centres the drawing. Plain arithmetic, no widgets.
 */
final class ViewTransform {

	static final double MIN_SCALE = 0.02;
	static final double MAX_SCALE = 8;

	private double scale = 1;
	private double offsetX;
	private double offsetY;

	double scale() {
		return scale;
	}

	double offsetX() {
		return offsetX;
	}

	double offsetY() {
		return offsetY;
	}

	double toModelX(double screenX) {
		return (screenX - offsetX) / scale;
	}

	double toModelY(double screenY) {
		return (screenY - offsetY) / scale;
	}

	/** Multiplies the scale by factor (clamped), keeping the model point under (screenX, screenY) in place. */
	void zoomAt(double factor, double screenX, double screenY) {
		double modelX = toModelX(screenX);
		double modelY = toModelY(screenY);
		scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
		offsetX = screenX - modelX * scale;
		offsetY = screenY - modelY * scale;
	}

	void pan(double dx, double dy) {
		offsetX += dx;
		offsetY += dy;
	}

	/** Scales a drawing of contentWidth x contentHeight to fit a view (never above 1:1) and centres it. */
	void fit(double contentWidth, double contentHeight, double viewWidth, double viewHeight) {
		if (contentWidth <= 0 || contentHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
			scale = 1;
			offsetX = 0;
			offsetY = 0;
			return;
		}
		scale = Math.max(MIN_SCALE, Math.min(1, Math.min(viewWidth / contentWidth, viewHeight / contentHeight)));
		offsetX = (viewWidth - contentWidth * scale) / 2;
		offsetY = (viewHeight - contentHeight * scale) / 2;
	}
}
