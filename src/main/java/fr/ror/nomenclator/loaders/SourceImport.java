package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.ImportPreview;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports one source (a request body) all or nothing: it is read and converted whole, every
 * resource of it is checked against the store ({@link ImportPreview}: content rules, conflicts)
 * before the first one is written, then each is stored in its own transaction. A dry run stops
 * after the checks and says, for each resource, what the import would do and what would change
 * compared with the stored version of the same number (or, for a new version, the latest one).
 */
@Service
public class SourceImport {

    private final ContentReader reader;
    private final ContentImport store;
    private final ImportPreview preview;
    private final VersionCatalog catalog;
    private final VersionDiff diff;

    public SourceImport(ContentReader reader, ContentImport store, ImportPreview preview, VersionCatalog catalog,
                        VersionDiff diff) {
        this.reader = reader;
        this.store = store;
        this.preview = preview;
        this.catalog = catalog;
        this.diff = diff;
    }

    /**
     * @param outcomes   what was done, or what would be done in a dry run
     * @param changelogs dry run: the changes each resource brings, in the same order; empty otherwise
     */
    public record Result(String source, boolean dryRun, List<ImportOutcome> outcomes, List<Changelog> changelogs) {
        public Result {
            outcomes = List.copyOf(outcomes);
            changelogs = List.copyOf(changelogs);
        }
    }

    /**
     * @throws LoadException                                          when the source cannot be read
     * @throws fr.ror.nomenclator.terminology.TerminologyException when the store refuses one of its resources
     *                                                                (then nothing of the source is stored)
     */
    public Result importSource(LoadSource source, LoadOptions options, boolean dryRun) {
        List<ObjectNode> resources = reader.read(source, options);
        List<ImportOutcome> previews = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            previews.add(preview.preview(name(source, resources, i), resources.get(i)));
        }
        if (dryRun) {
            List<Changelog> changelogs = new ArrayList<>();
            for (int i = 0; i < resources.size(); i++) {
                changelogs.add(changelog(previews.get(i), resources.get(i)));
            }
            return new Result(source.name(), true, previews, changelogs);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            outcomes.add(store.importResource(name(source, resources, i), resources.get(i)));
        }
        return new Result(source.name(), false, outcomes, List.of());
    }

    private Changelog changelog(ImportOutcome outcome, ObjectNode resource) {
        ResourceKind kind = outcome.kind();
        Optional<VersionSummary> base = catalog.versionsOf(kind, outcome.url()).stream()
                .filter(v -> v.version().equals(outcome.version())).findFirst()
                .or(() -> catalog.latest(kind, outcome.url()));
        ObjectNode before = base.flatMap(v -> catalog.resource(kind, v.id()))
                .orElseGet(() -> JsonNodeFactory.instance.objectNode().put("resourceType", kind.fhirType()));
        return diff.compare(kind, before, resource);
    }

    private static String name(LoadSource source, List<ObjectNode> resources, int i) {
        return resources.size() == 1 ? source.name() : source.name() + "#entry[" + i + "]";
    }
}
