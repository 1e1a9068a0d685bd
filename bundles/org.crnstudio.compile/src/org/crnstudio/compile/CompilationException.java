package org.crnstudio.compile;

/**
 * A model cannot be compiled as asked: the message names the element (network, layer, option) and says what
 * would be valid; {@link #getLine()} is the source line of that element (0 when unknown).
 */
public class CompilationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;

	public CompilationException(String message, int line) {
		super(message);
		this.line = line;
	}

	public int getLine() {
		return line;
	}
}
