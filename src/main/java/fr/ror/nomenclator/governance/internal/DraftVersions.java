package fr.ror.nomenclator.governance.internal;

import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Problems;
import fr.ror.nomenclator.governance.operation.ResourceEdit;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The next draft version of each nomenclature, where approved changes land: one open draft per
 * nomenclature, made from the version served (versioned {@code yyyyMMddHHmmss}, status
 * {@code draft}) or, when one is open, that draft replaced in one transaction through
 * {@link ContentImport}. Drafts are never served by default: the catalogue prefers active versions.
 */
final class DraftVersions {

    private static final Logger log = LoggerFactory.getLogger(DraftVersions.class);

    private final NomenclatureReferences references;
    private final fr.ror.nomenclator.terminology.VersionCatalog versions;
    private final ContentImport imports;
    private final ConceptLineage lineage;
    private final Clock clock;
    /** Approvals read, change and write drafts one at a time, so that none loses another's changes. */
    private final Object writing = new Object();

    DraftVersions(NomenclatureReferences references, fr.ror.nomenclator.terminology.VersionCatalog versions,
                  ContentImport imports, ConceptLineage lineage, Clock clock) {
        this.references = references;
        this.versions = versions;
        this.imports = imports;
        this.lineage = lineage;
        this.clock = clock;
    }

    Object lock() {
        return writing;
    }

    StoreWorkspace workspace() {
        return new StoreWorkspace(references, versions, clock.instant());
    }

    /** The problems of the operations applied, in order, to the current drafts (or latest versions). */
    List<String> problems(List<Operation> operations) {
        return Problems.applyAll(operations, workspace()).list();
    }

    /** The operations applied, in order, to copies of the current drafts (or latest versions): a dry run. */
    record Preview(Problems problems, Map<ResourceKind, List<ResourceEdit>> changed, Instant at) {
    }

    Preview preview(List<Operation> operations) {
        StoreWorkspace workspace = workspace();
        Problems problems = Problems.applyAll(operations, workspace);
        return new Preview(problems, workspace.changed(), workspace.now());
    }

    /**
     * Applies an approved request's operations to the drafts and records their lineage; answers the
     * drafts written ({@code CodeSystem/<id>}…). Call under {@link #lock()}.
     */
    List<String> write(ChangeRequest request) {
        StoreWorkspace workspace = workspace();
        Problems problems = Problems.applyAll(request.operations(), workspace);
        if (!problems.isEmpty()) {
            throw new WorkflowConflictException("GV207", "change request " + request.id() + " no longer applies to"
                    + " the current content: " + String.join("; ", problems.list()), problems.list());
        }
        Instant at = workspace.now();
        List<String> written = new ArrayList<>();
        Map<String, String> draftVersionOfKey = new HashMap<>();
        for (Map.Entry<ResourceKind, List<ResourceEdit>> byKind : workspace.changed().entrySet()) {
            for (ResourceEdit edit : byKind.getValue()) {
                ImportOutcome outcome = imports.importResource("change request " + request.id(), edit.draft(at));
                written.add(byKind.getKey().fhirType() + "/" + outcome.versionId());
                draftVersionOfKey.put(edit.key(), outcome.version());
                log.info("Change request {} written to {} {} ({})", request.id(), byKind.getKey().fhirType(),
                        outcome.versionId(), outcome.result());
            }
        }
        List<LineageLink> links = workspace.lineage().stream().map(l -> new LineageLink(l.from(), l.kind(), l.to(),
                draftVersionOfKey.get(l.from().nomenclature()), l.reason(), request.id())).toList();
        if (!links.isEmpty()) {
            lineage.record(links);
        }
        return written;
    }
}
