package org.crnstudio.ui.views.launch;

/** A launched run's failure, its message already in the FILE:LINE: error: form the Console shows. */
final class RunFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RunFailure(String message) {
		super(message);
	}
}
