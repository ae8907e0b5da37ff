package fr.ror.nomenclator.governance.workbook;

import static fr.ror.nomenclator.loaders.OperationField.CODE;
import static fr.ror.nomenclator.loaders.OperationField.COMMENT;
import static fr.ror.nomenclator.loaders.OperationField.CONCEPT_MAP;
import static fr.ror.nomenclator.loaders.OperationField.DEFINITION;
import static fr.ror.nomenclator.loaders.OperationField.DESIGNATION_USE;
import static fr.ror.nomenclator.loaders.OperationField.DISPLAY;
import static fr.ror.nomenclator.loaders.OperationField.EQUIVALENCE;
import static fr.ror.nomenclator.loaders.OperationField.NEW_TARGET_CODE;
import static fr.ror.nomenclator.loaders.OperationField.NOMENCLATURE;
import static fr.ror.nomenclator.loaders.OperationField.PARENT;
import static fr.ror.nomenclator.loaders.OperationField.PROPERTY;
import static fr.ror.nomenclator.loaders.OperationField.REASON;
import static fr.ror.nomenclator.loaders.OperationField.REPLACEMENTS;
import static fr.ror.nomenclator.loaders.OperationField.TARGET_CODE;
import static fr.ror.nomenclator.loaders.OperationField.TARGET_SYSTEM;
import static fr.ror.nomenclator.loaders.OperationField.VALUE;
import static fr.ror.nomenclator.loaders.OperationField.VALUE_SET;

import fr.ror.nomenclator.governance.operation.AddConcept;
import fr.ror.nomenclator.governance.operation.AddMapping;
import fr.ror.nomenclator.governance.operation.AddValueSetMember;
import fr.ror.nomenclator.governance.operation.ChangeDefinition;
import fr.ror.nomenclator.governance.operation.ChangeDesignation;
import fr.ror.nomenclator.governance.operation.ChangeDisplay;
import fr.ror.nomenclator.governance.operation.ChangeMapping;
import fr.ror.nomenclator.governance.operation.ChangeProperty;
import fr.ror.nomenclator.governance.operation.Deprecate;
import fr.ror.nomenclator.governance.operation.Merge;
import fr.ror.nomenclator.governance.operation.Move;
import fr.ror.nomenclator.governance.operation.NewConcept;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Reactivate;
import fr.ror.nomenclator.governance.operation.RemoveMapping;
import fr.ror.nomenclator.governance.operation.RemoveValueSetMember;
import fr.ror.nomenclator.governance.operation.Retire;
import fr.ror.nomenclator.governance.operation.Split;
import fr.ror.nomenclator.loaders.CellText;
import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.OperationRow;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the rows of a change-request workbook, as the loaders read them, into governance's typed
 * operations. A row gives each field as a cell; this class knows which field of which operation it
 * is, resolves short NOS ids ({@code TRE_R211} for {@code TRE_R211-ActiviteOperationnelle}), and
 * reports what a row cannot mean (two codes where an operation works on one). Whether the
 * operations hold against the content is checked afterwards, by the operations themselves.
 */
public final class WorkbookOperations {

    /** What each operation kind reads from a row; a layout may not offer a kind any other field. */
    static final Map<String, Set<OperationField>> READS = Map.ofEntries(
            Map.entry("add-concept", EnumSet.of(NOMENCLATURE, CODE, DISPLAY, DEFINITION, PARENT)),
            Map.entry("change-display", EnumSet.of(NOMENCLATURE, CODE, DISPLAY)),
            Map.entry("change-designation", EnumSet.of(NOMENCLATURE, CODE, DISPLAY, DESIGNATION_USE)),
            Map.entry("change-definition", EnumSet.of(NOMENCLATURE, CODE, DEFINITION)),
            Map.entry("change-property", EnumSet.of(NOMENCLATURE, CODE, PROPERTY, VALUE)),
            Map.entry("deprecate", EnumSet.of(NOMENCLATURE, CODE, REASON, REPLACEMENTS)),
            Map.entry("retire", EnumSet.of(NOMENCLATURE, CODE, REASON, REPLACEMENTS)),
            Map.entry("reactivate", EnumSet.of(NOMENCLATURE, CODE, REASON)),
            Map.entry("move", EnumSet.of(NOMENCLATURE, CODE, PARENT, REASON)),
            Map.entry("split", EnumSet.of(NOMENCLATURE, CODE, REPLACEMENTS, REASON)),
            Map.entry("merge", EnumSet.of(NOMENCLATURE, CODE, REPLACEMENTS, DISPLAY, REASON)),
            Map.entry("add-value-set-member", EnumSet.of(VALUE_SET, NOMENCLATURE, CODE, DISPLAY)),
            Map.entry("remove-value-set-member", EnumSet.of(VALUE_SET, NOMENCLATURE, CODE)),
            Map.entry("add-mapping", EnumSet.of(CONCEPT_MAP, NOMENCLATURE, CODE, TARGET_SYSTEM, TARGET_CODE, EQUIVALENCE,
                    COMMENT)),
            Map.entry("change-mapping", EnumSet.of(CONCEPT_MAP, NOMENCLATURE, CODE, TARGET_SYSTEM, TARGET_CODE,
                    NEW_TARGET_CODE, EQUIVALENCE, COMMENT)),
            Map.entry("remove-mapping", EnumSet.of(CONCEPT_MAP, NOMENCLATURE, CODE, TARGET_SYSTEM, TARGET_CODE)));

    private final NomenclatureCatalogue catalogue;

    public WorkbookOperations(NomenclatureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** An operation read from a row, or the problems that keep the row from being one. */
    public record Built(Operation operation, List<String> problems) {
        public Built {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Refuses a layout whose labels name an operation kind governance does not build from a row, or
     * give a kind a field it would not read (a value that would silently be lost).
     *
     * @throws IllegalStateException naming the layout's file and the label
     */
    public static void check(String file, List<OperationLabel> labels) {
        for (OperationLabel label : labels) {
            Set<OperationField> reads = READS.get(label.kind());
            if (reads == null) {
                throw new IllegalStateException(file + ": the operation '" + label.label() + "' is of kind '"
                        + label.kind() + "', which a workbook row cannot give; the kinds are "
                        + new TreeSet<>(READS.keySet()));
            }
            Set<OperationField> given = EnumSet.noneOf(OperationField.class);
            given.addAll(label.required());
            given.addAll(label.optional());
            given.addAll(label.fixed().keySet());
            given.removeAll(reads);
            if (!given.isEmpty()) {
                throw new IllegalStateException(file + ": the operation '" + label.label() + "' (" + label.kind()
                        + ") does not read " + given.stream().map(OperationField::key).collect(Collectors.joining(", "))
                        + "; it reads " + reads.stream().map(OperationField::key).collect(Collectors.joining(", ")));
            }
        }
    }

    public Built build(OperationRow row) {
        Reader r = new Reader(row);
        Operation operation = switch (row.kind()) {
            case "add-concept" -> new AddConcept(r.system(), r.code(), r.text(DISPLAY), r.text(DEFINITION),
                    r.single(PARENT), List.of(), List.of());
            case "change-display" -> new ChangeDisplay(r.system(), r.code(), r.text(DISPLAY));
            case "change-designation" -> new ChangeDesignation(r.system(), r.code(), r.text(DESIGNATION_USE), null, null,
                    r.text(DISPLAY));
            case "change-definition" -> new ChangeDefinition(r.system(), r.code(), r.text(DEFINITION));
            case "change-property" -> new ChangeProperty(r.system(), r.code(), r.text(PROPERTY), null, r.text(VALUE));
            case "deprecate" -> new Deprecate(r.system(), r.code(), r.text(REASON), row.list(REPLACEMENTS));
            case "retire" -> new Retire(r.system(), r.code(), r.text(REASON), row.list(REPLACEMENTS));
            case "reactivate" -> new Reactivate(r.system(), r.code(), r.text(REASON));
            case "move" -> new Move(r.system(), r.code(), r.single(PARENT), r.text(REASON));
            case "split" -> new Split(r.system(), r.code(), row.list(REPLACEMENTS).stream()
                    .map(c -> new NewConcept(c, null)).toList(), r.text(REASON));
            case "merge" -> new Merge(r.system(), row.list(CODE), r.single(REPLACEMENTS) == null ? null
                    : new NewConcept(r.single(REPLACEMENTS), r.text(DISPLAY)), r.text(REASON));
            case "add-value-set-member" -> new AddValueSetMember(r.reference(ResourceKind.VALUE_SET, VALUE_SET),
                    r.system(), r.code(), r.text(DISPLAY));
            case "remove-value-set-member" -> new RemoveValueSetMember(r.reference(ResourceKind.VALUE_SET, VALUE_SET),
                    r.system(), r.code());
            case "add-mapping" -> new AddMapping(r.map(), r.system(), r.code(), r.target(), r.single(TARGET_CODE),
                    r.text(EQUIVALENCE), r.text(COMMENT));
            case "change-mapping" -> new ChangeMapping(r.map(), r.system(), r.code(), r.target(), r.single(TARGET_CODE),
                    r.single(NEW_TARGET_CODE), r.text(EQUIVALENCE), r.text(COMMENT));
            case "remove-mapping" -> new RemoveMapping(r.map(), r.system(), r.code(), r.target(), r.single(TARGET_CODE));
            default -> {
                r.problems.add(row.where() + " (" + row.label() + "): the operation kind '" + row.kind()
                        + "' cannot be read from a workbook row");
                yield null;
            }
        };
        return new Built(r.problems.isEmpty() ? operation : null, r.problems);
    }

    /** Reads one row's fields, noting what cannot mean anything for its operation. */
    private final class Reader {
        final OperationRow row;
        final List<String> problems = new ArrayList<>();

        Reader(OperationRow row) {
            this.row = row;
        }

        String text(OperationField field) {
            return row.text(field).orElse(null);
        }

        /** The field's one code; several are a problem, named at the cell. */
        String single(OperationField field) {
            CellText cell = row.fields().get(field);
            if (cell == null) {
                return null;
            }
            List<String> codes = cell.list();
            if (codes.size() > 1) {
                problems.add(cell.where() + ": '" + row.label() + "' takes one code here, not " + codes.size() + " ("
                        + cell.text() + ")");
            }
            return codes.isEmpty() ? null : codes.get(0);
        }

        String code() {
            return single(CODE);
        }

        String system() {
            return reference(ResourceKind.CODE_SYSTEM, NOMENCLATURE);
        }

        String target() {
            return reference(ResourceKind.CODE_SYSTEM, TARGET_SYSTEM);
        }

        String map() {
            return reference(ResourceKind.CONCEPT_MAP, CONCEPT_MAP);
        }

        /** A NOS id, a short NOS id ({@code TRE_R211}) standing for one catalogue entry, or a URL, as written. */
        String reference(ResourceKind kind, OperationField field) {
            String written = text(field);
            if (written == null) {
                return null;
            }
            List<String> matches = catalogue.nomenclatures().stream().filter(n -> n.kind() == kind)
                    .map(Nomenclature::nosId).filter(id -> id.equals(written) || id.startsWith(written + "-")).toList();
            return matches.size() == 1 ? matches.get(0) : written;
        }
    }
}
