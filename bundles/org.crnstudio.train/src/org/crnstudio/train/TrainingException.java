package org.crnstudio.train;

/** A training cannot run as declared; the message says what is wrong and what would be valid. */
public final class TrainingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;

	public TrainingException(String message, int line) {
		super(message);
		this.line = line;
	}

	public TrainingException(String message, int line, Throwable cause) {
		super(message, cause);
		this.line = line;
	}

	/** 1-based source line of the element at fault, 0 when unknown. */
	public int getLine() {
		return line;
	}
}
