package org.crnstudio.cli;

/**
 * A command could not do its work for a reason the user can act on. The message names the file, the line when
 * known, and the problem; it is printed to standard error without a stack trace.
 */
final class CommandFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	static final int EXIT_FAILURE = 1;

	CommandFailure(String message) {
		super(message);
	}

	CommandFailure(String message, Throwable cause) {
		super(message, cause);
	}
}
