package fr.ror.nomenclator.loaders;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nomenclator load PATH...}: loads files, directories and FHIR NPM packages into the
 * store, with a progress bar on stderr and a summary on stdout. Exit code 0 when everything
 * loaded, 1 when any source failed, 2 on a usage error.
 */
@Command(name = LoadCommand.NAME, sortOptions = false,
        description = "Loads nomenclatures into the store: FHIR R4 CodeSystem, ValueSet and ConceptMap (JSON or XML "
                + "files, Bundles, directories, FHIR NPM .tgz packages), NOS SVS XML and .tabs files, and code systems "
                + "in xlsx workbooks or CSV files laid out by a mapping.",
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
            description = "Files (the content decides: FHIR JSON or XML, SVS, .tabs, xlsx; .csv by name), directories "
                    + "(their .json, .xml, .tabs and .tabs.txt files, recursively) or FHIR NPM packages (.tgz).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Read every file as this format instead of "
            + "telling it from the content: fhir-json, fhir-xml, svs, tabs, xlsx or csv.")
    String format;

    @Option(names = "--mapping", paramLabel = "MAPPING", description = "xlsx and csv: a shipped mapping's name or a "
            + ".yaml file (default: working-group).")
    String mapping;

    @Option(names = "--url", paramLabel = "URL", description = "SVS, .tabs, xlsx and csv: the canonical URL to give "
            + "the nomenclature (default: what the file or its OID says).")
    String url;

    @Option(names = "--version", paramLabel = "VERSION", description = "SVS, .tabs, xlsx and csv: the business version "
            + "to give it (default: what the file says: dateMaj, or the metadata sheet).")
    String version;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ContentFormat forced = format == null ? null : ContentFormat.of(format).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Unknown format '" + format + "': expected one of "
                        + ContentFormat.codes()));
        SheetMapping layout = mapping == null ? null : Cli.mapping(spec, mapping);
        LoadOptions options = new LoadOptions(forced, layout, url, version);
        BatchLoader loader = loaders.open(withShipped);
        LoadReport report;
        if (quiet) {
            report = loader.load(paths, options, LoadListener.NONE);
            report.failures().forEach(f -> err.println(f));
        } else {
            try (ProgressListener progress = new ProgressListener(err, interactive)) {
                report = loader.load(paths, options, progress);
            }
            out.print(LoadSummary.render(report));
        }
        out.flush();
        err.flush();
        return report.succeeded() ? 0 : 1;
    }
}
