package org.crnstudio.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's message to standard error and exits non-zero. Expected failures ({@link CommandFailure}, files that
 * cannot be read or written) print their message alone; anything else is a bug and prints its stack trace too, so it can be reported.
 */
final class FailureReporter implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
		if (exception instanceof CommandFailure failure) {
			commandLine.getErr().println(failure.getMessage());
		} else if (exception instanceof FileSystemException failure) {
			commandLine.getErr().println(failure.getFile() + ": error: " + reason(failure));
		} else if (exception instanceof IOException failure) {
			commandLine.getErr().println("crn: error: input/output failed: " + failure.getMessage());
		} else {
			commandLine.getErr().println("crn: internal error (please report it): " + exception);
			exception.printStackTrace(commandLine.getErr());
		}
		commandLine.getErr().flush();
		return CommandFailure.EXIT_FAILURE;
	}

	/** What went wrong with a file, in words (the exception's own text is often just the path). */
	private static String reason(FileSystemException failure) {
		String detail = failure.getReason() == null ? "" : " (" + failure.getReason() + ")";
		if (failure instanceof AccessDeniedException) {
			return "permission denied" + detail;
		}
		if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException) {
			return "is a file where a folder is needed" + detail;
		}
		if (failure instanceof NoSuchFileException) {
			return "no such file or folder" + detail;
		}
		return "cannot read or write it" + detail;
	}
}
