package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TerminologyOperations} over the snapshots: each call reads its parameters, builds what the
 * request can see (its supplied resources over the stored versions), resolves its subject and
 * hands it to the expander, the checker, the lookup or the translator.
 */
final class SnapshotTerminology implements TerminologyOperations {

    static final Set<String> EXPAND = Set.of("url", "valueSet", "valueSetVersion", "context", "contextDirection",
            "filter", "count", "offset", "includeDesignations", "designation", "includeDefinition", "activeOnly",
            "useSupplement", "excludeNested", "excludeNotForUI", "excludePostCoordinated", "displayLanguage",
            "property", "exclude-system", "system-version", "check-system-version", "force-system-version",
            "limitedExpansion", "term", "sort", "limit", "versionsMatch");
    static final Set<String> VALIDATE_VS = Set.of("url", "valueSet", "valueSetVersion", "context", "code", "system",
            "systemVersion", "version", "display", "coding", "codeableConcept", "abstract", "inferSystem", "activeOnly",
            "lenient-display-validation", "valueset-membership-only", "includeDesignations", "property");
    static final Set<String> VALIDATE_CS = Set.of("url", "codeSystem", "code", "version", "display", "coding",
            "codeableConcept", "abstract", "system", "systemVersion", "activeOnly", "lenient-display-validation",
            "inferSystem", "property");
    static final Set<String> LOOKUP = Set.of("code", "system", "version", "coding", "property", "useSupplement");
    static final Set<String> SUBSUMES = Set.of("codeA", "codeB", "system", "version", "codingA", "codingB");

    private final StoredContent stored;
    private final Clock clock;
    private final TxContext.Limits limits;

    SnapshotTerminology(StoredContent stored, Clock clock, TxContext.Limits limits) {
        this.stored = stored;
        this.clock = clock;
        this.limits = limits;
    }

    private TxContext context(TerminologyRequest request, RequestInputs inputs) {
        TxParameters params = TxParameters.read(request.parameters(), request.acceptLanguage());
        return new TxContext(new Resources(stored.visibleTo(request.drafts()), inputs.supplied()), params, clock.instant(), limits);
    }

    @Override
    public ObjectNode expand(TerminologyRequest request) {
        RequestInputs inputs = new RequestInputs(request.parameters()).accept("$expand", EXPAND);
        if (inputs.text("exclude-system") != null) {
            throw RequestInputs.bad("The parameter exclude-system is not supported by this server");
        }
        if (inputs.text("context") != null) {
            throw RequestInputs.bad("The context parameter is not supported by this server");
        }
        TxContext context = context(request, inputs);
        ValueSetDefinition valueSet = valueSetOf(inputs, context, "$expand");
        return new ExpansionOperation(context).expand(valueSet);
    }

    @Override
    public CodeValidation validateCode(ResourceKind kind, TerminologyRequest request) {
        boolean codeSystem = kind == ResourceKind.CODE_SYSTEM;
        RequestInputs inputs = new RequestInputs(request.parameters()).accept(
                codeSystem ? "CodeSystem/$validate-code" : "ValueSet/$validate-code", codeSystem ? VALIDATE_CS : VALIDATE_VS);
        TxContext context = context(request, inputs);
        Coded coded = Coded.read(inputs, codeSystem, context.params);
        return codeSystem ? new CodeSystemValidation(context).validate(inputs, coded)
                : validateInValueSet(context, valueSetOf(inputs, context, "$validate-code"), coded);
    }

    private CodeValidation validateInValueSet(TxContext context, ValueSetDefinition valueSet, Coded coded) {
        ValueSetChecker checker = new ValueSetChecker(context, valueSet, new ArrayList<>());
        try {
            checker.prepare();
        } catch (OperationException e) {
            if (!"TE430".equals(e.code())) {
                throw e;
            }
            return Coded.failure(e.issues(), coded, null);
        }
        if (!context.missingSupplements().isEmpty()) {
            throw context.missingSupplementsError();
        }
        return new CodedValidation(context, checker).validate(coded.codings(), coded.mode(), coded.codeableConcept());
    }

    @Override
    public ConceptDetails lookup(TerminologyRequest request) {
        RequestInputs inputs = new RequestInputs(request.parameters()).accept("$lookup", LOOKUP);
        return new ConceptLookup(context(request, inputs)).lookup(inputs);
    }

    @Override
    public String subsumes(TerminologyRequest request) {
        RequestInputs inputs = new RequestInputs(request.parameters()).accept("$subsumes", SUBSUMES);
        return new Subsumption(context(request, inputs)).subsumes(inputs);
    }

    @Override
    public ObjectNode translate(TerminologyRequest request) {
        RequestInputs inputs = new RequestInputs(request.parameters()).accept("$translate", Translation.PARAMETERS);
        return new Translation(context(request, inputs)).translate(inputs);
    }

    /** The value set an operation is about: inline, or by url and version. */
    private static ValueSetDefinition valueSetOf(RequestInputs inputs, TxContext context, String operation) {
        ObjectNode inline = inputs.resource("valueSet", "ValueSet");
        if (inline != null) {
            return context.resources.inline(inline);
        }
        String url = inputs.text("url");
        if (url == null) {
            throw RequestInputs.bad(operation + " needs a ValueSet: a url parameter or a valueSet resource");
        }
        String version = context.determineValueSetVersion(url, inputs.text("valueSetVersion"));
        Optional<ValueSetDefinition> found = context.resources.valueSet(url, version);
        if (found.isEmpty()) {
            String named = url + (version == null || url.contains("|") ? "" : "|" + version);
            throw new OperationException("TE404", Refusal.NOT_FOUND, new ValidationIssue(Severity.ERROR, "not-found",
                    "not-found", "Unable_to_resolve_value_Set_",
                    context.messages.format("Unable_to_resolve_value_Set_", named), null));
        }
        return found.get();
    }

    /** The code, coding or codeable concept to validate, and how it was given. */
    record Coded(List<CodedValidation.Coding> codings, CodedValidation.Mode mode, JsonNode codeableConcept) {

        static Coded read(RequestInputs inputs, boolean codeSystem, TxParameters params) {
            int forms = (inputs.text("code") != null ? 1 : 0) + (inputs.one("coding").isPresent() ? 1 : 0)
                    + (inputs.one("codeableConcept").isPresent() ? 1 : 0);
            if (forms > 1) {
                throw RequestInputs.bad("$validate-code takes only one of code, coding or codeableConcept");
            }
            JsonNode cc = inputs.value("codeableConcept", "CodeableConcept");
            if (cc != null) {
                params.inferSystem = false;
                List<CodedValidation.Coding> codings = new ArrayList<>();
                for (JsonNode c : cc.path("coding")) {
                    codings.add(coding(c));
                }
                return new Coded(codings, CodedValidation.Mode.CODEABLE_CONCEPT, cc);
            }
            JsonNode coding = inputs.value("coding", "Coding");
            if (coding != null) {
                params.inferSystem = false;
                return new Coded(List.of(coding(coding)), CodedValidation.Mode.CODING, null);
            }
            String code = inputs.text("code");
            if (code == null) {
                throw RequestInputs.bad("$validate-code needs one of code (with " + (codeSystem ? "url" : "system")
                        + "), coding or codeableConcept");
            }
            String system = codeSystem ? first(inputs.text("url"), inputs.text("system")) : inputs.text("system");
            String version = codeSystem ? inputs.text("version") : first(inputs.text("systemVersion"), inputs.text("version"));
            if (system == null && !params.inferSystem) {
                throw RequestInputs.bad(codeSystem ? "$validate-code needs url with code"
                        : "$validate-code needs system with code (or inferSystem=true)");
            }
            return new Coded(List.of(new CodedValidation.Coding(system, version, code, inputs.text("display"))),
                    CodedValidation.Mode.CODE, null);
        }

        private static CodedValidation.Coding coding(JsonNode c) {
            return new CodedValidation.Coding(c.path("system").asText(null), c.path("version").asText(null),
                    c.path("code").asText(null), c.path("display").asText(null));
        }

        private static String first(String a, String b) {
            return a != null ? a : b;
        }

        /** The answer when the subject itself cannot be used: result false with the reason. */
        static CodeValidation failure(List<ValidationIssue> issues, Coded coded, String knownVersion) {
            String message = issues.isEmpty() ? null : issues.get(0).message();
            List<String> unknown = new ArrayList<>();
            if (coded.mode() == CodedValidation.Mode.CODEABLE_CONCEPT) {
                return new CodeValidation(false, null, null, null, null, message, issues, null, null, null, List.of(),
                        unknown, coded.codeableConcept());
            }
            CodedValidation.Coding c = coded.codings().isEmpty() ? null : coded.codings().get(0);
            return new CodeValidation(false, c == null ? null : c.system(), c == null ? null : c.code(),
                    c == null ? null : c.version() != null ? c.version() : knownVersion, null, message, issues, null,
                    null, null, List.of(), unknown, null);
        }
    }
}
