package org.crnstudio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The examples shipped inside this bundle (copied from the repository's examples/ folder by the build). */
public final class BundledExamples {

	static final String FOLDER = "examples";

	private BundledExamples() {
	}

	/** Every bundled example, sorted by name; empty when the bundle was built without them. */
	public static List<ExampleFile> list() throws CoreException {
		Bundle bundle = FrameworkUtil.getBundle(BundledExamples.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*", false);
		List<ExampleFile> files = new ArrayList<>();
		if (entries == null) {
			return files;
		}
		for (URL url : Collections.list(entries)) {
			String path = url.getPath();
			if (path.endsWith("/")) {
				continue;
			}
			try (InputStream in = url.openStream()) {
				files.add(new ExampleFile(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes()));
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot read the bundled example " + path + ": " + e.getMessage(), e));
			}
		}
		files.sort(Comparator.comparing(ExampleFile::name));
		return files;
	}
}
