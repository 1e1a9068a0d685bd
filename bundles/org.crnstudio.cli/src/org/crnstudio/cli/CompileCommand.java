package org.crnstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.crnstudio.compile.CompilationException;
import org.crnstudio.compile.CrnCompiler;
import org.crnstudio.compile.SizeSummary;
import org.crnstudio.io.AtomicFileWriter;
import org.crnstudio.io.CrnJsonWriter;
import org.crnstudio.lang.print.CrnTextWriter;
import org.crnstudio.model.ReactionNetwork;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crn compile FILE --crn NAME [--format text|json] [--out FILE]}: prints a reaction network (compiling it
 * first when it is declared by {@code compile}) in the language's own syntax or as JSON.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
		description = "Print a reaction network (compiled first when declared by compile) as text or JSON.")
final class CompileCommand implements Callable<Integer> {

	/** Output formats; sbml and dot are part of the command's contract and arrive in later versions. */
	enum Format {
		text, json, sbml, dot
	}

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "the .crn file")
	Path file;

	@Option(names = "--crn", required = true, paramLabel = "NAME", description = "the crn declaration to print")
	String crn;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "text (the language's syntax, parses back to the same network) or json; default ${DEFAULT-VALUE}")
	Format format;

	@Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of standard output")
	Path out;

	@Override
	public Integer call() throws IOException {
		if (format == Format.sbml || format == Format.dot) {
			throw new CommandFailure("crn compile: --format " + format
					+ " is not available yet in this version (valid now: text, json)");
		}
		PrintWriter err = spec.commandLine().getErr();
		SourceFile source = SourceFile.load(file);
		source.requireNoErrors(err);
		ReactionNetwork network = source.require(ReactionNetwork.class, "crn", crn);
		compileIfDeclaredByCompile(source, network);
		String printed = format == Format.json ? new CrnJsonWriter().write(network) + "\n" : header(network) + new CrnTextWriter().write(network);
		if (out == null) {
			PrintWriter stdout = spec.commandLine().getOut();
			stdout.print(printed);
			stdout.flush();
		} else {
			AtomicFileWriter.write(out, writer -> writer.write(printed));
			err.println(out + ": " + SizeSummary.of(network).describe());
		}
		return 0;
	}

	/** A comment line with the network's origin and size: comments parse back, so the text stays a valid file. */
	private static String header(ReactionNetwork network) {
		String origin = network.getCompilation() == null ? ""
				: " compiled from " + network.getCompilation().getSource().getName() + " by "
						+ network.getCompilation().getConstruction().getLiteral() + ";";
		return "//" + origin + " " + SizeSummary.of(network).describe() + "\n";
	}

	static void compileIfDeclaredByCompile(SourceFile source, ReactionNetwork network) {
		try {
			new CrnCompiler().ensureCompiled(network);
		} catch (CompilationException e) {
			throw new CommandFailure(source.path() + ":" + Math.max(e.getLine(), network.getLine()) + ": error: "
					+ e.getMessage(), e);
		}
	}
}
