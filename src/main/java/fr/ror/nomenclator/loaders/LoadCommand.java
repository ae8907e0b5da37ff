package fr.ror.nomenclator.loaders;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nomenclator load PATH...}: loads files, directories and FHIR NPM packages into the
 * store, with a progress bar on stderr and a summary on stdout. Exit code 0 when everything
 * loaded, 1 when any source failed, 2 on a usage error.
 */
@Command(name = LoadCommand.NAME, sortOptions = false,
        description = "Loads FHIR R4 CodeSystem, ValueSet and ConceptMap resources (JSON or XML files, "
                + "Bundles, directories, FHIR NPM .tgz packages) into the store.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every source loaded", "1:at least one source or resource failed", "2:usage error"})
public final class LoadCommand implements Callable<Integer> {

    public static final String NAME = "load";

    /** Gives the loader once the arguments are known good, e.g. by starting the application. */
    @FunctionalInterface
    public interface LoaderFactory {
        BatchLoader open(boolean withShippedContent);
    }

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files (.json or .xml, content decides), directories (their .json and .xml files, "
                    + "recursively) or FHIR NPM packages (.tgz).")
    List<Path> paths;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; failures only, on stderr.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--with-shipped", description = "Also load the nomenclatures shipped in the jar first.")
    boolean withShipped;

    private final LoaderFactory loaders;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;

    /**
     * @param interactive whether stderr is a terminal: a redrawn progress bar there, periodic lines otherwise
     */
    public LoadCommand(LoaderFactory loaders, PrintWriter out, PrintWriter err, boolean interactive) {
        this.loaders = loaders;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public Integer call() {
        BatchLoader loader = loaders.open(withShipped);
        LoadReport report;
        if (quiet) {
            report = loader.load(paths, LoadListener.NONE);
            report.failures().forEach(f -> err.println(f));
        } else {
            try (ProgressListener progress = new ProgressListener(err, interactive)) {
                report = loader.load(paths, progress);
            }
            out.print(LoadSummary.render(report));
        }
        out.flush();
        err.flush();
        return report.succeeded() ? 0 : 1;
    }
}
