package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.governance.workbook.WorkbookPreview;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to a dry run of {@code POST /api/change-requests/import}: the request the workbook
 * states, its operations with their rows, the impact, and per nomenclature the
 * changelog of its next draft against the version in force (the shape of {@code GET /api/diff}).
 */
record WorkbookPreviewView(boolean dryRun, String source, String layout, String title, String workingGroup,
                           String rationale, String legalBasis, String requestingOrganisation, String targetRelease,
                           List<Row> operations, Impact impact, List<Changes> changes) {

    record Row(String sheet, int row, String label, Operation operation) {
    }

    /**
     * @param inForce the resource id of the version in force, compared with
     * @param base    the resource id the operations apply to: the open draft, or the version in force
     */
    record Changes(String kind, String nomenclature, String inForce, String base, String url, String fromVersion,
                   String toVersion, Map<String, Integer> counts, List<Change> changes) {

        static Changes of(WorkbookPreview.DraftChanges draft) {
            Changelog log = draft.changelog();
            Map<String, Integer> counts = new LinkedHashMap<>();
            log.counts().forEach((kind, n) -> counts.put(kind.name().toLowerCase(Locale.ROOT), n));
            return new Changes(draft.kind(), draft.nomenclature(), draft.inForce(), draft.base(), log.url(),
                    log.fromVersion(), log.toVersion(), counts, log.changes().stream().map(c -> new Change(
                    c.kind().name().toLowerCase(Locale.ROOT), c.system(), c.code(), c.displayBefore(), c.displayAfter(),
                    c.fields())).toList());
        }
    }

    record Change(String kind, String system, String code, String displayBefore, String displayAfter,
                  List<FieldChange> fields) {
    }

    static WorkbookPreviewView of(WorkbookPreview preview) {
        var d = preview.details();
        return new WorkbookPreviewView(true, preview.source(), preview.layout(), d.title(), preview.workingGroup(),
                d.rationale(), d.legalBasis(), d.requestingOrganisation(), d.targetRelease(),
                preview.operations().stream().map(o -> new Row(o.sheet(), o.row(), o.label(), o.operation())).toList(),
                preview.impact(), preview.changes().stream().map(Changes::of).toList());
    }
}
