package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nomenclator export}: writes one stored version in a format, with a progress bar on
 * stderr and a summary on stdout. Exit code 0 when written, 1 when the version is unknown or the
 * format cannot carry it, 2 on a usage error.
 */
@Command(name = ExportCommand.NAME, sortOptions = false,
        description = "Writes a stored version as FHIR JSON or XML, NOS SVS or .tabs, or (code systems) xlsx or CSV "
                + "in a mapping's layout.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:unknown version, or the format cannot carry it", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {

    public static final String NAME = "export";

    static final class Which {
        @Option(names = "--id", paramLabel = "ID", description = "The version's resource id "
                + "(e.g. TRE-R211-ActiviteOperationnelle-20230802150000).")
        String id;

        @Option(names = "--url", paramLabel = "URL", description = "The nomenclature's canonical URL (any style or alias).")
        String url;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--version", paramLabel = "VERSION", description = "With --url: the business version "
            + "(default: the version served when none is asked for).")
    String version;

    @Option(names = "--kind", paramLabel = "KIND", description = "CodeSystem, ValueSet or ConceptMap (default: any).")
    String kind;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "fhir-json, fhir-xml, svs, tabs, xlsx or csv.")
    String format;

    @Option(names = "--mapping", paramLabel = "MAPPING", description = "xlsx and csv: a shipped mapping's name or a "
            + ".yaml file (default: working-group).")
    String mapping;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "The file to write, or a directory for "
            + "the NOS file name (default: the current directory); '-' writes to stdout.")
    String output;

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

    public ExportCommand(StoreAccess.Factory store, PrintWriter out, PrintWriter err, boolean interactive) {
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
        ContentFormat target = ContentFormat.of(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown format '" + format + "': expected one of " + ContentFormat.codes()));
        ResourceKind resourceKind = Cli.kind(spec, kind);
        if (version != null && which.url == null) {
            throw new ParameterException(spec.commandLine(), "--version goes with --url");
        }
        SheetMapping layout = target.needsMapping() ? Cli.mapping(spec, mapping) : null;
        VersionExports.Export export;
        try (StepProgress progress = quiet || "-".equals(output) ? null
                : new StepProgress("Exporting", 3, err, interactive)) {
            StoreAccess access = store.open();
            long start = System.nanoTime();
            VersionSummary found = access.exports().find(resourceKind, which.id, which.url, version);
            step(progress, found.id());
            export = access.exports().export(found, target, layout);
            step(progress, export.entries() + " entries");
            Path written = write(export);
            step(progress, written == null ? "stdout" : written.getFileName().toString());
            if (!quiet && written != null) {
                out.print(summary(export, written, System.nanoTime() - start));
            }
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
        out.flush();
        err.flush();
        return 0;
    }

    private static void step(StepProgress progress, String message) {
        if (progress != null) {
            progress.step(message);
        }
    }

    /** @return the file written, or null for stdout */
    private Path write(VersionExports.Export export) throws IOException {
        if ("-".equals(output)) {
            out.flush();
            System.out.write(export.content());
            System.out.flush();
            return null;
        }
        Path target = output == null ? Path.of(export.fileName())
                : Files.isDirectory(Path.of(output)) ? Path.of(output).resolve(export.fileName()) : Path.of(output);
        return Files.write(target, export.content());
    }

    static String summary(VersionExports.Export export, Path file, long nanos) {
        StringBuilder text = new StringBuilder();
        text.append(Cli.row("Version", export.version().kind().fhirType() + "/" + export.version().id()));
        text.append(Cli.row("Format", export.format().code()));
        text.append(Cli.row("Entries written", Integer.toString(export.entries())));
        if (!export.omitted().isEmpty()) {
            text.append(Cli.row("Not carried by the format", export.omitted().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "))));
        }
        text.append(Cli.row("File", file + " (" + FhirResourceReader.humanSize(export.content().length) + ")"));
        text.append(Cli.row("Time", String.format(Locale.ROOT, "%.1f s", nanos / 1e9)));
        return text.toString();
    }
}
