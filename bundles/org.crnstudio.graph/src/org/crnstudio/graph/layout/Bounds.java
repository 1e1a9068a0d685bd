package org.crnstudio.graph.layout;

/** An axis-aligned rectangle: top-left corner, width and height, in layout units (pixels at zoom 1). */
public record Bounds(double x, double y, double width, double height) {

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= right() && py >= y && py <= bottom();
	}

	public boolean intersects(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	/** The smallest rectangle holding both. */
	public Bounds union(Bounds other) {
		double left = Math.min(x, other.x);
		double top = Math.min(y, other.y);
		return new Bounds(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}

	public Bounds grow(double margin) {
		return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}
}
