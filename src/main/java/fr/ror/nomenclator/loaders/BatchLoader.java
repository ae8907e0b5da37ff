package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.nos.NosOids;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.TerminologyException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Loads many sources into the store, one at a time, and reports on each.
 *
 * <p>A source is read and checked whole before any of its resources is stored, so a file or
 * bundle with a syntax or type error stores nothing. The store then takes each resource in its
 * own transaction: if it rejects one resource of a bundle, the others are still offered to it.
 * A bad source never stops the batch; only failures of the store itself (not content) do.
 */
@Component
public class BatchLoader {

    private static final Logger log = LoggerFactory.getLogger(BatchLoader.class);

    private final ContentImport contentImport;
    private final ContentReader reader;
    private final ContentSources contentSources;

    @Autowired
    public BatchLoader(ContentImport contentImport, ContentReader reader, ContentSources contentSources) {
        this.contentImport = contentImport;
        this.reader = reader;
        this.contentSources = contentSources;
    }

    /** Outside Spring: FHIR, SVS, .tabs and spreadsheets with the shipped OID table and mappings. */
    public BatchLoader(ContentImport contentImport, FhirResourceReader reader, ContentSources contentSources) {
        this(contentImport, ContentReader.withDefaults(reader, NosOids.shipped()), contentSources);
    }

    /** Loads files, directories and FHIR NPM packages; a path that cannot be expanded is one failure. */
    public LoadReport load(List<Path> paths, LoadListener listener) {
        return load(paths, LoadOptions.DEFAULTS, listener);
    }

    /** As {@link #load(List, LoadListener)}, reading each source with the options given. */
    public LoadReport load(List<Path> paths, LoadOptions options, LoadListener listener) {
        long start = System.nanoTime();
        List<ContentSources.Expansion> expansions = new ArrayList<>();
        List<LoadFailure> failures = new ArrayList<>();
        for (Path path : paths) {
            try {
                expansions.add(contentSources.expand(path));
            } catch (LoadException e) {
                failures.add(new LoadFailure(e.source(), e.reason(), e.code()));
            }
        }
        ContentSources.Expansion all = ContentSources.Expansion.merge(expansions);
        return loadAll(all.sources(), options, all.skipped(), failures, listener, start);
    }

    /** Loads sources already named, such as classpath resources or request bodies. */
    public LoadReport loadSources(List<LoadSource> sources, LoadListener listener) {
        return loadSources(sources, LoadOptions.DEFAULTS, listener);
    }

    public LoadReport loadSources(List<LoadSource> sources, LoadOptions options, LoadListener listener) {
        return loadAll(sources, options, List.of(), new ArrayList<>(), listener, System.nanoTime());
    }

    /**
     * Reads a source as {@link #loadSources} would, without storing it.
     *
     * @throws LoadException when it cannot be read
     */
    public List<ObjectNode> read(LoadSource source, LoadOptions options) {
        return reader.read(source, options);
    }

    private LoadReport loadAll(List<LoadSource> sources, LoadOptions options, List<String> skipped,
                               List<LoadFailure> failures, LoadListener listener, long start) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        listener.started(sources.size());
        for (LoadSource source : sources) {
            listener.sourceStarted(source.name());
            List<ImportOutcome> sourceOutcomes = new ArrayList<>();
            List<LoadFailure> sourceFailures = new ArrayList<>();
            load(source, options, sourceOutcomes, sourceFailures);
            outcomes.addAll(sourceOutcomes);
            failures.addAll(sourceFailures);
            listener.sourceFinished(source.name(), sourceOutcomes, sourceFailures);
        }
        LoadReport report = LoadReport.of(sources.size(), skipped, failures, outcomes,
                Duration.ofNanos(System.nanoTime() - start));
        log.debug("Batch load: {}", report.summary());
        return report;
    }

    private void load(LoadSource source, LoadOptions options, List<ImportOutcome> outcomes, List<LoadFailure> failures) {
        List<ObjectNode> resources;
        try {
            resources = reader.read(source, options);
        } catch (LoadException e) {
            failures.add(new LoadFailure(e.source(), e.reason(), e.code()));
            return;
        }
        for (int i = 0; i < resources.size(); i++) {
            String name = resources.size() == 1 ? source.name() : source.name() + "#entry[" + i + "]";
            try {
                outcomes.add(contentImport.importResource(name, resources.get(i)));
            } catch (TerminologyException e) {
                // The store's messages start with the source's name, which the failure already carries.
                String message = e.getMessage().startsWith(name + ": ") ? e.getMessage().substring(name.length() + 2)
                        : e.getMessage();
                failures.add(new LoadFailure(name, message + " (" + e.code() + ")", e.code()));
            }
        }
    }
}
