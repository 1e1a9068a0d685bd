package org.crnstudio.ui.editor;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.crnstudio.lang.ide.services.TokenStyle;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * The colour of each token style, from the workbench theme (colour definitions
 * {@code org.crnstudio.ui.color.<style>} in plugin.xml; the dark theme's CSS overrides them). Read on the UI thread.
 */
public final class TokenColors {

	public static final String PREFIX = "org.crnstudio.ui.color.";

	private TokenColors() {
	}

	/** The theme colour id of a style, e.g. org.crnstudio.ui.color.keyword. */
	public static String colorId(TokenStyle style) {
		return PREFIX + style.name().toLowerCase(Locale.ROOT);
	}

	/** A style range for {@code style}, its colour looked up in the current theme. */
	static StyleRange styleRange(int offset, int length, TokenStyle style, Map<TokenStyle, Color> colors) {
		StyleRange range = new StyleRange(offset, length, colors.get(style), null);
		range.fontStyle = switch (style) {
			case KEYWORD, NETWORK, NEURAL_NETWORK, ODE_MODEL, DATASET, DECLARATION -> SWT.BOLD;
			case COMMENT, PARAMETER -> SWT.ITALIC;
			default -> SWT.NORMAL;
		};
		return range;
	}

	/** The current theme's colour of every style (null entries fall back to the editor's foreground). */
	static Map<TokenStyle, Color> current() {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		Map<TokenStyle, Color> colors = new EnumMap<>(TokenStyle.class);
		for (TokenStyle style : TokenStyle.values()) {
			colors.put(style, registry.get(colorId(style)));
		}
		return colors;
	}
}
