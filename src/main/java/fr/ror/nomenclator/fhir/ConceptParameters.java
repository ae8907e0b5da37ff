package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.Designation;
import fr.ror.nomenclator.terminology.PropertyValue;
import fr.ror.nomenclator.terminology.ValidationIssue;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UriType;

/** Renders lookup and validation answers as the {@code Parameters} FHIR R4 defines for them. */
final class ConceptParameters {

    /** The HL7 tools' issue types ({@code invalid-code}, {@code invalid-display}…) in {@code issue.details}. */
    static final String TX_ISSUE_TYPE = "http://hl7.org/fhir/tools/CodeSystem/tx-issue-type";

    private static final String PARENT = "parent";
    private static final String CHILD = "child";
    private static final String STATUS = "status";

    private ConceptParameters() {
    }

    /** @param asked the property codes asked for; all when none */
    static Parameters lookup(ConceptDetails concept, List<CodeType> asked) {
        Set<String> codes = asked == null ? Set.of()
                : asked.stream().map(CodeType::getValue).filter(c -> c != null).collect(Collectors.toSet());
        Predicate<String> wanted = code -> codes.isEmpty() || codes.contains(code);
        Parameters out = new Parameters();
        out.addParameter().setName("name").setValue(new StringType(concept.name()));
        if (concept.version() != null) {
            out.addParameter().setName("version").setValue(new StringType(concept.version()));
        }
        out.addParameter().setName("display").setValue(new StringType(concept.display()));
        if (concept.definition() != null) {
            out.addParameter().setName("definition").setValue(new StringType(concept.definition()));
        }
        concept.designations().forEach(d -> designation(out.addParameter().setName("designation"), d));
        for (ConceptProperty property : concept.properties()) {
            // The hierarchy and the status are rendered from what the engine computed, once each.
            if (wanted.test(property.code()) && !Set.of(PARENT, CHILD, STATUS).contains(property.code())) {
                property(out, property.code(), value(property.value()));
            }
        }
        if (wanted.test(STATUS)) {
            property(out, STATUS, new CodeType(concept.status().code()));
        }
        if (wanted.test(PARENT)) {
            concept.parents().forEach(code -> property(out, PARENT, new CodeType(code)));
        }
        if (wanted.test(CHILD)) {
            concept.children().forEach(code -> property(out, CHILD, new CodeType(code)));
        }
        return out;
    }

    /**
     * One validation answer; with several (a codeableConcept), the first valid one, else the first,
     * with the issues of all.
     */
    static Parameters validation(List<OperationInputs.Located<CodeValidation>> answers) {
        OperationInputs.Located<CodeValidation> chosen = answers.stream().filter(a -> a.value().result()).findFirst()
                .orElse(answers.get(0));
        CodeValidation answer = chosen.value();
        Parameters out = new Parameters();
        out.addParameter().setName("result").setValue(new BooleanType(answer.result()));
        out.addParameter().setName("system").setValue(new UriType(answer.system()));
        out.addParameter().setName("code").setValue(new CodeType(answer.code()));
        if (answer.version() != null) {
            out.addParameter().setName("version").setValue(new StringType(answer.version()));
        }
        if (answer.display() != null) {
            out.addParameter().setName("display").setValue(new StringType(answer.display()));
        }
        List<OperationInputs.Located<CodeValidation>> reported = answer.result() ? List.of(chosen) : answers;
        String message = reported.stream().map(a -> a.value().message()).filter(m -> m != null)
                .collect(Collectors.joining("; "));
        if (!message.isEmpty()) {
            out.addParameter().setName("message").setValue(new StringType(message));
            OperationOutcome issues = new OperationOutcome();
            reported.forEach(a -> a.value().issues().forEach(issue -> issues.addIssue(issue(issue, a.path()))));
            out.addParameter().setName("issues").setResource(issues);
        }
        return out;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent issue(ValidationIssue issue, String path) {
        Kind kind = Kind.of(issue.kind());
        String expression = path + (issue.kind() == ValidationIssue.Kind.WRONG_DISPLAY ? "display"
                : issue.kind() == ValidationIssue.Kind.UNKNOWN_SYSTEM || issue.kind() == ValidationIssue.Kind.UNKNOWN_VERSION
                ? "system" : "code");
        OperationOutcome.OperationOutcomeIssueComponent component = new OperationOutcome.OperationOutcomeIssueComponent()
                .setSeverity(switch (issue.severity()) {
                    case ERROR -> IssueSeverity.ERROR;
                    case WARNING -> IssueSeverity.WARNING;
                    case INFORMATION -> IssueSeverity.INFORMATION;
                })
                .setCode(kind.type)
                .setDetails(new CodeableConcept(new Coding(TX_ISSUE_TYPE, kind.txIssueType, null)).setText(issue.message()));
        component.addLocation(expression);
        component.addExpression(expression);
        return component;
    }

    /** How each kind of finding is typed in an OperationOutcome, as the HL7 suite types it. */
    private enum Kind {
        NOT_FOUND(IssueType.NOTFOUND, "not-found"),
        INVALID_CODE(IssueType.CODEINVALID, "invalid-code"),
        INVALID_DISPLAY(IssueType.INVALID, "invalid-display"),
        CODE_RULE(IssueType.BUSINESSRULE, "code-rule"),
        CODE_COMMENT(IssueType.BUSINESSRULE, "code-comment");

        final IssueType type;
        final String txIssueType;

        Kind(IssueType type, String txIssueType) {
            this.type = type;
            this.txIssueType = txIssueType;
        }

        static Kind of(ValidationIssue.Kind kind) {
            return switch (kind) {
                case UNKNOWN_SYSTEM, UNKNOWN_VERSION -> NOT_FOUND;
                case UNKNOWN_CODE -> INVALID_CODE;
                case WRONG_DISPLAY -> INVALID_DISPLAY;
                case RETIRED, NOT_YET_VALID -> CODE_RULE;
                case DEPRECATED, INACTIVE -> CODE_COMMENT;
            };
        }
    }

    private static void designation(ParametersParameterComponent part, Designation d) {
        if (d.language() != null) {
            part.addPart().setName("language").setValue(new CodeType(d.language()));
        }
        if (d.hasUse()) {
            part.addPart().setName("use").setValue(new Coding(d.useSystem(), d.useCode(), d.useDisplay()));
        }
        part.addPart().setName("value").setValue(new StringType(d.value()));
    }

    private static void property(Parameters out, String code, Type value) {
        ParametersParameterComponent property = out.addParameter().setName("property");
        property.addPart().setName("code").setValue(new CodeType(code));
        property.addPart().setName("value").setValue(value);
    }

    private static Type value(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue v) {
            return new CodeType(v.code());
        }
        if (value instanceof PropertyValue.CodingValue v) {
            return new Coding(v.system(), v.code(), v.display());
        }
        if (value instanceof PropertyValue.IntegerValue v) {
            return new IntegerType(v.value());
        }
        if (value instanceof PropertyValue.BooleanValue v) {
            return new BooleanType(v.value());
        }
        if (value instanceof PropertyValue.DateTimeValue v) {
            return new DateTimeType(v.value());
        }
        if (value instanceof PropertyValue.DecimalValue v) {
            return new DecimalType(v.value());
        }
        return new StringType(((PropertyValue.StringValue) value).value());
    }
}
