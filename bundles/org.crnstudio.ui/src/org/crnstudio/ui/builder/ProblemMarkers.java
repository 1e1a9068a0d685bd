package org.crnstudio.ui.builder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.crnstudio.lang.ide.services.Problem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * Problem markers of .crn files (type {@value #TYPE}, a problem marker): message, severity, line, character range,
 * plus the issue code ({@value #CODE}) and its data ({@value #DATA}, values separated by a unit separator) that the
 * quick fixes read.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.crnstudio.ui.problem";
	public static final String CODE = "code";
	public static final String DATA = "data";

	private static final String SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/** Replaces the file's markers with one per problem. */
	public static void replace(IFile file, List<Problem> problems) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Problem problem : problems) {
			file.createMarker(TYPE, Map.of(
					IMarker.MESSAGE, problem.message(),
					IMarker.SEVERITY, severity(problem),
					IMarker.LINE_NUMBER, Math.max(1, problem.line()),
					IMarker.CHAR_START, problem.offset(),
					IMarker.CHAR_END, problem.offset() + problem.length(),
					IMarker.LOCATION, "line " + problem.line(),
					CODE, problem.code() == null ? "" : problem.code(),
					DATA, String.join(SEPARATOR, problem.data())));
		}
	}

	public static void clear(IFile file) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}

	/** The issue data stored in a marker. */
	public static List<String> data(IMarker marker) {
		String joined = marker.getAttribute(DATA, "");
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
	}

	private static int severity(Problem problem) {
		return switch (problem.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
