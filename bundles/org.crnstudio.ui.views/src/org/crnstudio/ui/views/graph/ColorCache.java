package org.crnstudio.ui.views.graph;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;

/** SWT colours by 0xRRGGBB value, created once (SWT 3.135 colours need no disposal, the cache only avoids churn). */
final class ColorCache {

	private final Device device;
	private final Map<Integer, Color> colors = new HashMap<>();

	ColorCache(Device device) {
		this.device = device;
	}

	Color get(int rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(device, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
	}
}
