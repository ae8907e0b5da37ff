package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.ResourceEdit;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.governance.request.ChangeSets;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.governance.workbook.WorkbookOperations;
import fr.ror.nomenclator.governance.workbook.WorkbookPreview;
import fr.ror.nomenclator.governance.workbook.WorkbookPreview.DraftChanges;
import fr.ror.nomenclator.governance.workbook.WorkbookPreview.ImportedOperation;
import fr.ror.nomenclator.loaders.CellProblem;
import fr.ror.nomenclator.loaders.CellText;
import fr.ror.nomenclator.loaders.ChangeRequestWorkbooks;
import fr.ror.nomenclator.loaders.LoadSource;
import fr.ror.nomenclator.loaders.OperationRow;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.WorkbookChangeRequest;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Change requests proposed as workbooks (one row per operation, {@code loaders/change-request.yaml}):
 * the loaders read the rows, {@link WorkbookOperations} makes them typed operations, and the same
 * machinery as a request proposed in JSON checks them, computes the impact and, in a dry run,
 * applies them to copies of the drafts to show what would change. Nothing is saved by a dry run;
 * an import saves a draft request only when every cell and every operation holds, so that a
 * workbook is fixed once, in full, before it becomes a request. A dry run refuses what the import
 * would refuse, with the same problems: what passes a dry run imports.
 */
public class ChangeRequestImports {

    private final ChangeRequests requests;
    private final ChangeRequestWorkbooks workbooks;
    private final WorkbookOperations operations;
    private final GovernanceDirectory directory;
    private final VersionCatalog versions;
    private final VersionDiff diff;

    ChangeRequestImports(ChangeRequests requests, ChangeRequestWorkbooks workbooks, WorkbookOperations operations,
                         GovernanceDirectory directory, VersionCatalog versions, VersionDiff diff) {
        this.requests = requests;
        this.workbooks = workbooks;
        this.operations = operations;
        this.directory = directory;
        this.versions = versions;
        this.diff = diff;
    }

    /** The largest workbook read. */
    public long maxBytes() {
        return workbooks.maxBytes();
    }

    /**
     * What importing the workbook would do, nothing saved.
     *
     * @throws InvalidChangeRequestException {@code GV112} listing every problem, as {@link #create} would
     */
    public WorkbookPreview preview(Actor actor, LoadSource source, String layout) {
        Reading reading = holding(read(actor, source, layout), source);
        ChangeRequest request = new ChangeRequest("dry-run", reading.group, actor.id(), actor.name(), reading.details,
                reading.operations(), ChangeSets.hash(reading.operations()), ChangeRequestStatus.DRAFT, 0, List.of(),
                List.of(), null, List.of(), Instant.EPOCH, Instant.EPOCH);
        return new WorkbookPreview(source.name(), reading.workbook.mapping(), reading.group, reading.details,
                reading.imported, requests.impact(request), changes(reading.applied));
    }

    /**
     * Saves the workbook as a draft change request proposed by the actor.
     *
     * @throws InvalidChangeRequestException {@code GV112} listing every problem when any cell or operation does not
     *                                       hold; nothing is saved
     */
    public ChangeRequest create(Actor actor, LoadSource source, String layout) {
        Reading reading = holding(read(actor, source, layout), source);
        return requests.create(actor, reading.group, reading.details, reading.operations());
    }

    private static Reading holding(Reading reading, LoadSource source) {
        if (!reading.problems.isEmpty()) {
            throw new InvalidChangeRequestException("GV112", source.name() + ": the workbook is not a change request"
                    + " that holds (" + reading.problems.size() + (reading.problems.size() == 1 ? " problem" : " problems")
                    + "; nothing was saved): " + reading.problems.get(0), reading.problems, false);
        }
        return reading;
    }

    /** The workbook read and checked whole; every problem found, header first, then row by row. */
    private Reading read(Actor actor, LoadSource source, String layout) {
        WorkbookChangeRequest workbook = workbooks.read(source, layout);
        List<Problem> problems = new ArrayList<>();
        workbook.problems().forEach(p -> problems.add(new Problem(p.row(), p.toString())));
        String group = group(workbook.header(RequestField.WORKING_GROUP), problems);
        CellText title = workbook.header(RequestField.TITLE);
        if (title.isEmpty()) {
            problems.add(new Problem(0, title.where() + ": the title is required"));
        }
        RequestDetails details = new RequestDetails(title.text(), text(workbook, RequestField.RATIONALE),
                text(workbook, RequestField.LEGAL_BASIS), text(workbook, RequestField.REQUESTING_ORGANISATION),
                text(workbook, RequestField.TARGET_RELEASE));
        if (group != null) {
            requests.workflow().authorizer().require(actor, Permission.CREATE, List.of(group), "propose changes to " + group);
        }
        List<ImportedOperation> imported = new ArrayList<>();
        for (OperationRow row : workbook.operations()) {
            WorkbookOperations.Built built = operations.build(row);
            built.problems().forEach(p -> problems.add(new Problem(row.row(), p)));
            if (built.operation() != null) {
                imported.add(new ImportedOperation(row.sheet(), row.row(), row.label(), built.operation()));
            }
        }
        if (workbook.operations().isEmpty() && workbook.problems().isEmpty()) {
            problems.add(new Problem(0, source.name() + ": the workbook holds no operation (one row per operation)"));
        }
        List<Operation> completed = requests.completed(imported.stream().map(ImportedOperation::operation).toList());
        List<ImportedOperation> checked = new ArrayList<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedOperation op = imported.get(i);
            checked.add(new ImportedOperation(op.sheet(), op.row(), op.label(), completed.get(i)));
        }
        DraftVersions.Preview applied = requests.drafts().preview(completed);
        for (int i = 0; i < checked.size(); i++) {
            ImportedOperation op = checked.get(i);
            String where = "sheet '" + op.sheet() + "', row " + op.row() + " (" + op.label() + "): ";
            applied.problems().of(i + 1).forEach(p -> problems.add(new Problem(op.row(), where + p)));
        }
        problems.sort(Comparator.comparingInt(Problem::row));
        return new Reading(workbook, group, details, checked, problems.stream().map(Problem::text).toList(), applied);
    }

    /** The working group the header names, by id or by name; null, with a problem, when it names none. */
    private String group(CellText cell, List<Problem> problems) {
        String known = directory.groups().stream().map(g -> g.id() + " (" + g.name() + ")")
                .collect(Collectors.joining(", "));
        if (cell.isEmpty()) {
            problems.add(new Problem(0, cell.where() + ": the working group is required (" + known + ")"));
            return null;
        }
        Optional<WorkingGroup> group = directory.group(cell.text()).or(() -> directory.groups().stream()
                .filter(g -> plain(g.name()).equals(plain(cell.text()))).findFirst());
        if (group.isEmpty()) {
            problems.add(new Problem(0, cell.where() + ": no working group '" + cell.text() + "'; the working groups are "
                    + known));
        }
        return group.map(WorkingGroup::id).orElse(null);
    }

    private List<DraftChanges> changes(DraftVersions.Preview applied) {
        List<DraftChanges> changes = new ArrayList<>();
        for (Map.Entry<ResourceKind, List<ResourceEdit>> byKind : applied.changed().entrySet()) {
            ResourceKind kind = byKind.getKey();
            for (ResourceEdit edit : byKind.getValue()) {
                Optional<VersionSummary> inForce = requests.references().latestOfKey(kind, edit.key());
                ObjectNode before = inForce.flatMap(v -> versions.resource(kind, v.id())).orElseGet(() ->
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                                .put("resourceType", kind.fhirType()));
                changes.add(new DraftChanges(kind.fhirType(), edit.key(), inForce.map(VersionSummary::id).orElse(null),
                        edit.baseVersionId(), diff.compare(kind, before, edit.draft(applied.at()))));
            }
        }
        return changes;
    }

    private static String text(WorkbookChangeRequest workbook, RequestField field) {
        CellText cell = workbook.header(field);
        return cell == null ? null : cell.text();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private record Problem(int row, String text) {
    }

    private record Reading(WorkbookChangeRequest workbook, String group, RequestDetails details,
                           List<ImportedOperation> imported, List<String> problems, DraftVersions.Preview applied) {
        List<Operation> operations() {
            return imported.stream().map(ImportedOperation::operation).toList();
        }
    }
}
