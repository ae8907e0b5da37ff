package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.sheets.ChangelogExport;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nomenclator diff}: what changed between two stored versions of a nomenclature, or between
 * a stored version and a file not loaded yet (a dry run of {@code load}). Prints the counts and the
 * first changes on stdout; writes the whole changelog as xlsx, CSV or JSON when asked.
 */
@Command(name = DiffCommand.NAME, sortOptions = false,
        description = "Compares two versions of a nomenclature (or a stored version and a file) and prints what "
                + "changed; -o writes the changelog as .xlsx, .csv or .json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:unknown nomenclature or version, or a file that cannot be read", "2:usage error"})
public final class DiffCommand implements Callable<Integer> {

    public static final String NAME = "diff";

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The nomenclature's canonical URL.")
    String url;

    @Option(names = "--kind", paramLabel = "KIND", description = "CodeSystem, ValueSet or ConceptMap (default: any).")
    String kind;

    @Option(names = "--from", required = true, paramLabel = "VERSION", description = "The older version.")
    String from;

    static final class To {
        @Option(names = "--to", paramLabel = "VERSION", description = "The newer version.")
        String version;

        @Option(names = "--file", paramLabel = "PATH", description = "A file in any format load reads, compared "
                + "without being stored.")
        Path file;
    }

    @ArgGroup(multiplicity = "1")
    To to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --file: its format when the content "
            + "does not tell (csv).")
    String format;

    @Option(names = "--mapping", paramLabel = "MAPPING", description = "With --file, for xlsx and csv: a mapping "
            + "(default: working-group).")
    String mapping;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the changelog: .xlsx, .csv or .json.")
    Path output;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Changes listed on stdout "
            + "(default: ${DEFAULT-VALUE}).")
    int show;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; failures only, on stderr.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final StoreAccess.Factory store;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;

    public DiffCommand(StoreAccess.Factory store, PrintWriter out, PrintWriter err, boolean interactive) {
        this.store = store;
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
        ResourceKind resourceKind = Cli.kind(spec, kind);
        String written = output == null ? null : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (written != null && !written.endsWith(".xlsx") && !written.endsWith(".csv") && !written.endsWith(".json")) {
            throw new ParameterException(spec.commandLine(), "-o must name a .xlsx, .csv or .json file");
        }
        ContentFormat fileFormat = format == null ? null : ContentFormat.of(format).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Unknown format '" + format + "'"));
        SheetMapping layout = to.file != null && mapping != null ? Cli.mapping(spec, mapping) : null;
        Changelog log;
        long start;
        try (StepProgress progress = quiet ? null : new StepProgress("Comparing", 3, err, interactive)) {
            StoreAccess access = store.open();
            start = System.nanoTime();
            VersionSummary older = access.exports().find(resourceKind, null, url, from);
            step(progress, "version " + older.version());
            if (to.file != null) {
                List<ObjectNode> read = access.reader().read(LoadSource.of(to.file),
                        new LoadOptions(fileFormat, layout, null, null));
                if (read.size() != 1) {
                    err.println(to.file + ": holds " + read.size() + " resources; diff compares one");
                    return 1;
                }
                step(progress, to.file.getFileName().toString());
                log = access.diff().compare(older.kind(), access.exports().resource(older), read.get(0));
            } else {
                step(progress, "version " + to.version);
                log = access.diff().between(older.kind(), url, from, to.version);
            }
            if (output != null) {
                Files.write(output, written.endsWith(".xlsx") ? ChangelogExport.xlsx(log)
                        : written.endsWith(".csv") ? ChangelogExport.csv(log) : ChangelogExport.json(log));
            }
            step(progress, log.changes().size() + " changes");
        } catch (LoadException e) {
            err.println(e.getMessage() + " (" + e.code() + ")");
            return 1;
        } catch (TerminologyException e) {
            err.println(e.getMessage() + " (" + e.code() + ")");
            return 1;
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        if (!quiet) {
            out.print(summary(log, show, output, System.nanoTime() - start));
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void step(StepProgress progress, String message) {
        if (progress != null) {
            progress.step(message);
        }
    }

    static String summary(Changelog log, int show, Path output, long nanos) {
        StringBuilder text = new StringBuilder();
        text.append(Cli.row(log.kind().fhirType(), log.url()));
        text.append(Cli.row("From version", String.valueOf(log.fromVersion())));
        text.append(Cli.row("To version", String.valueOf(log.toVersion())));
        log.counts().forEach((kind, count) -> text.append(String.format(Locale.ROOT, "%-26s %10d%n", label(kind), count)));
        if (output != null) {
            text.append(Cli.row("Changelog", output.toString()));
        }
        text.append(Cli.row("Time", String.format(Locale.ROOT, "%.1f s", nanos / 1e9)));
        List<ConceptChange> changes = log.changes();
        if (!changes.isEmpty() && show > 0) {
            text.append(String.format("%nChanges%s:%n", changes.size() > show ? " (first " + show + " of "
                    + changes.size() + ")" : ""));
            for (ConceptChange c : changes.subList(0, Math.min(show, changes.size()))) {
                text.append(String.format(Locale.ROOT, "  %-16s %-14s %s%n", label(c.kind()), c.code(), describe(c)));
            }
        }
        return text.toString();
    }

    private static String label(ChangeKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String describe(ConceptChange c) {
        return switch (c.kind()) {
            case ADDED -> String.valueOf(c.displayAfter());
            case REMOVED -> String.valueOf(c.displayBefore());
            case DISPLAY_CHANGED -> c.displayBefore() + " → " + c.displayAfter();
            default -> c.fields().stream().map(f -> f.field()).reduce((a, b) -> a + ", " + b).orElse("");
        };
    }
}
