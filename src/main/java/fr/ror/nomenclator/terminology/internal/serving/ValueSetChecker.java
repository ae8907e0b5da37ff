package fr.ror.nomenclator.terminology.internal.serving;

import com.google.re2j.PatternSyntaxException;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.ConceptSet;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.EnumeratedConcept;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.FilterRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one code is in a value set, evaluating the compose rules for that code only (no
 * expansion): the include that names its system, the concept list, the filters, the imported value
 * sets, then the excludes. Along the way it records what the answer needs: the code system version
 * used, the displays known for the code, its status, and the issues found.
 */
final class ValueSetChecker {

    /** What one check learns about the code, shared by the checkers of imported value sets. */
    static final class State {
        final Set<String> unknownSystems = new LinkedHashSet<>();
        final List<String> messages = new ArrayList<>();
        final IssueList issues;
        String version;
        boolean inactive;
        String inactivePath;
        String inactiveCode;
        String status;
        String normalizedCode;
        String contentMode;
        String impliedSystem;
        Language defaultLanguage;
        SnapshotConcept concept;
        CodeSystemSnapshot codeSystem;
        boolean nosRejected;

        State(IssueList issues) {
            this.issues = issues;
        }

        void message(String text) {
            if (text != null && !messages.contains(text)) {
                messages.add(text);
            }
        }
    }

    private final TxContext context;
    private final ValueSetDefinition valueSet;
    private final Map<String, ValueSetChecker> imported = new LinkedHashMap<>();
    private final List<String> pathway;

    ValueSetChecker(TxContext context, ValueSetDefinition valueSet, List<String> pathway) {
        this.context = context;
        this.valueSet = valueSet;
        this.pathway = pathway;
    }

    ValueSetDefinition valueSet() {
        return valueSet;
    }

    /**
     * Resolves what the value set imports and checks its filters, before any code is checked.
     *
     * @throws OperationException for what makes the value set unusable (circular, unknown import, bad filter)
     */
    void prepare() {
        String key = valueSet.display();
        if (pathway.contains(key)) {
            throw new OperationException("TE420", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR,
                    "processing", "vs-invalid", "VALUESET_CIRCULAR_REFERENCE", context.messages.format(
                    "VALUESET_CIRCULAR_REFERENCE", key, "[" + String.join(", ", pathway) + "]"), null));
        }
        pathway.add(key);
        try {
            if (!valueSet.internal()) {
                context.params.seeValueSet(valueSet);
            }
            context.requiredSupplements.addAll(valueSet.supplements());
            if (!valueSet.hasCompose()) {
                return;
            }
            if (valueSet.compose().lockedDate() != null) {
                throw new OperationException("TE421", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR,
                        "business-rule", null, null, "Cannot process ValueSet " + valueSet.display()
                        + " due to the presence of a lockedDate on the compose", null));
            }
            List<ConceptSet> includes = valueSet.compose().include();
            for (int i = 0; i < includes.size(); i++) {
                prepareSet("include[" + i + "]", includes.get(i));
            }
            List<ConceptSet> excludes = valueSet.compose().exclude();
            for (int i = 0; i < excludes.size(); i++) {
                prepareSet("exclude[" + i + "]", excludes.get(i));
            }
        } finally {
            pathway.remove(pathway.size() - 1);
        }
    }

    private void prepareSet(String description, ConceptSet set) {
        for (String reference : set.valueSets()) {
            String pinned = context.pinValueSet(reference);
            if (imported.containsKey(pinned)) {
                continue;
            }
            Optional<ValueSetDefinition> other = pinned.startsWith("#") ? context.resources.contained(valueSet, pinned)
                    : context.resources.valueSet(pinned, null);
            if (other.isEmpty()) {
                throw new OperationException("TE430", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR,
                        "not-found", "not-found", "Unable_to_resolve_value_Set_",
                        context.messages.format("Unable_to_resolve_value_Set_", pinned), null));
            }
            ValueSetChecker checker = new ValueSetChecker(context, other.get(), pathway);
            checker.prepare();
            imported.put(pinned, checker);
        }
        if (set.system() == null) {
            return;
        }
        String version = context.determineVersion(set.system(), set.version());
        Optional<CodeSystemSnapshot> codeSystem = context.codeSystem(set.system(), version);
        if (codeSystem.isEmpty()) {
            return;
        }
        List<FilterRule> filters = set.filters();
        for (int i = 0; i < filters.size(); i++) {
            FilterRule rule = filters.get(i);
            String path = "ValueSet.compose." + description + ".filter[" + i + "]";
            if (rule.value() == null) {
                throw new OperationException("TE423", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR, "invalid",
                        "vs-invalid", "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE", context.messages.format(
                        "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE", codeSystem.get().url(), rule.property(),
                        rule.op()), path));
            }
            boolean hierarchy = "concept".equals(rule.property())
                    && ("is-a".equals(rule.op()) || "descendent-of".equals(rule.op()));
            if (!hierarchy && !ConceptFilter.understood(codeSystem.get(), rule)) {
                throw new OperationException("TE424", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR,
                        "not-supported", "vs-invalid", "FILTER_NOT_UNDERSTOOD", context.messages.format(
                        "FILTER_NOT_UNDERSTOOD", rule.property(), rule.op(), rule.value(), valueSet.url(),
                        codeSystem.get().url()), path));
            }
        }
    }

    /** The system a code without one belongs to, inferred from the value set, or null. */
    String inferSystem(String code, Set<String> systems) {
        if (!valueSet.hasCompose()) {
            return null;
        }
        String result = null;
        for (ConceptSet set : valueSet.compose().include()) {
            if (set.system() == null) {
                return null;
            }
            Optional<CodeSystemSnapshot> codeSystem = context.codeSystem(set.system(), null);
            if (codeSystem.isEmpty()) {
                return null;
            }
            boolean found = set.concepts().isEmpty()
                    ? codeSystem.get().find(code).isPresent() && (set.filters().isEmpty()
                    || inSet(codeSystem.get(), set, code))
                    : set.concepts().stream().anyMatch(c -> code.equals(c.code()));
            if (found) {
                systems.add(set.system());
                if (result == null) {
                    result = set.system();
                } else if (!result.equals(set.system())) {
                    return null;
                }
            }
        }
        return result;
    }

    private boolean inSet(CodeSystemSnapshot codeSystem, ConceptSet set, String code) {
        Optional<SnapshotConcept> concept = codeSystem.find(code);
        if (concept.isEmpty()) {
            return false;
        }
        try {
            for (FilterRule rule : set.filters()) {
                if (!ConceptFilter.understood(codeSystem, rule)
                        || !ConceptFilter.compile(codeSystem, rule, context.date).test(concept.get())) {
                    return false;
                }
            }
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** The highest version the includes of the value set pin for a system, or null. */
    String versionFor(String system) {
        if (!valueSet.hasCompose()) {
            return null;
        }
        String best = null;
        for (ConceptSet set : valueSet.compose().include()) {
            if (system != null && system.equals(set.system()) && set.version() != null
                    && (best == null || VersionOrder.INSTANCE.compare(set.version(), best) > 0)) {
                best = set.version();
            }
        }
        return best;
    }

    /**
     * Whether the code is in the value set: {@code TRUE}, {@code FALSE}, or null when the code system
     * it needs is unknown (the answer is then not known either way).
     */
    Boolean check(String path, String system, String version, String code, Displays displays, State state) {
        return check(path, system, version, code, null, displays, state);
    }

    /** @param display the display the coding gives, which helps choose among versions the value set names */
    Boolean check(String path, String system, String version, String code, String display, Displays displays,
                  State state) {
        state.defaultLanguage = new Language("en");
        if (system == null && context.params.inferSystem) {
            Set<String> systems = new LinkedHashSet<>();
            system = inferSystem(code, systems);
            if (system == null) {
                String id = systems.size() > 1 ? "Unable_to_resolve_system__value_set_has_multiple_matches"
                        : "UNABLE_TO_INFER_CODESYSTEM";
                String message = systems.size() > 1
                        ? context.messages.format(id, code, valueSet.display(), "[" + String.join(", ", systems) + "]")
                        : context.messages.format(id, code, valueSet.display());
                state.message(message);
                state.issues.add(Severity.ERROR, "not-found", "code", id, message, "cannot-infer");
                return Boolean.FALSE;
            }
            state.impliedSystem = system;
        }
        if (system == null) {
            String message = context.messages.format("Coding_has_no_system__cannot_validate");
            state.message(message);
            state.issues.add(Severity.WARNING, "invalid", path, "Coding_has_no_system__cannot_validate", message,
                    "invalid-data");
            return Boolean.FALSE;
        }
        if (valueSet.hasCompose()) {
            return checkCompose(path, system, version, code, display, displays, state);
        }
        if (valueSet.expansion() != null) {
            return checkPublishedExpansion(path, system, version, code, displays, state);
        }
        return Boolean.FALSE;
    }

    private Boolean checkCompose(String path, String system, String version, String code, String display,
                                 Displays displays, State state) {
        Boolean result = Boolean.FALSE;
        List<ConceptSet> includes = new ArrayList<>(valueSet.compose().include());
        String chosenVersion = null;
        if (version == null) {
            Set<String> versions = new LinkedHashSet<>();
            includes.stream().filter(s -> context.sameSystem(s.system(), system) && s.version() != null)
                    .forEach(s -> versions.add(s.version()));
            if (versions.size() > 1) {
                chosenVersion = pickVersion(versions, system, code, display);
            }
        }
        includes.sort((a, b) -> a.system() != null && a.system().equals(b.system()) && a.version() != null
                && b.version() != null ? -VersionOrder.INSTANCE.compare(a.version(), b.version()) : 0);
        for (ConceptSet set : includes) {
            if (set.system() == null) {
                result = Boolean.TRUE;
            } else if (context.sameSystem(set.system(), system) && (chosenVersion == null || chosenVersion.equals(set.version()))
                    && useThisVersion(set, version)) {
                String v = determineVersion(path, set.system(), set.version(), version, state);
                Optional<CodeSystemSnapshot> found = context.codeSystem(set.system(), v);
                if (found.isEmpty()) {
                    if (context.params.membershipOnly) {
                        return Boolean.FALSE;
                    }
                    reportUnknownSystem(path, system, v, state);
                    return null;
                }
                CodeSystemSnapshot codeSystem = found.get();
                context.versionChecks(system, codeSystem.version()).forEach(i -> {
                    state.issues.add(withPath(i, IssueList.path(path, "version")));
                    state.message(i.message());
                });
                state.defaultLanguage = codeSystem.header().language() == null ? new Language("en")
                        : codeSystem.header().language();
                canonicalStatus(path, codeSystem, state);
                state.contentMode = codeSystem.content();
                if (checkConceptSet(path, false, codeSystem, set, code, displays, state)) {
                    state.version = codeSystem.version();
                    result = Boolean.TRUE;
                } else {
                    result = Boolean.FALSE;
                }
            } else {
                result = Boolean.FALSE;
            }
            for (String reference : set.valueSets()) {
                ValueSetChecker checker = imported.get(context.pinValueSet(reference));
                if (checker == null) {
                    return Boolean.FALSE;
                }
                canonicalStatus(path, checker.valueSet, state);
                if (Boolean.TRUE.equals(result)) {
                    result = checker.check(path, system, version, code, displays, state);
                }
            }
            if (Boolean.TRUE.equals(result)) {
                break;
            }
        }
        if (Boolean.TRUE.equals(result)) {
            for (ConceptSet set : valueSet.compose().exclude()) {
                boolean excluded;
                if (set.system() == null) {
                    excluded = true;
                } else {
                    Optional<CodeSystemSnapshot> codeSystem = context.codeSystem(set.system(),
                            context.determineVersion(set.system(), set.version()));
                    if (codeSystem.isEmpty()) {
                        continue;
                    }
                    excluded = context.sameSystem(codeSystem.get().url(), system)
                            && checkConceptSet(path, true, codeSystem.get(), set, code, new Displays(), state);
                }
                for (String reference : set.valueSets()) {
                    ValueSetChecker checker = imported.get(context.pinValueSet(reference));
                    excluded = excluded && checker != null && Boolean.TRUE.equals(checker.check(path, system, version,
                            code, new Displays(), new State(new IssueList())));
                }
                if (excluded) {
                    return Boolean.FALSE;
                }
            }
        }
        return result;
    }

    private Boolean checkPublishedExpansion(String path, String system, String version, String code,
                                            Displays displays, State state) {
        for (com.fasterxml.jackson.databind.JsonNode contains : allContains(valueSet.expansion().path("contains"))) {
            if (system.equals(contains.path("system").asText()) && code.equals(contains.path("code").asText())) {
                String listed = contains.path("version").asText(null);
                String v = listed == null ? version : listed;
                Optional<CodeSystemSnapshot> codeSystem = context.codeSystem(system, v);
                if (codeSystem.isEmpty()) {
                    if (context.params.membershipOnly) {
                        return Boolean.FALSE;
                    }
                    reportUnknownSystem(path, system, v, state);
                    return null;
                }
                state.contentMode = codeSystem.get().content();
                state.version = codeSystem.get().version();
                Optional<SnapshotConcept> concept = codeSystem.get().find(code);
                if (concept.isEmpty()) {
                    state.issues.add(Severity.ERROR, "code-invalid", IssueList.path(path, "code"), "Unknown_Code_in_Version",
                            unknownCode(code, codeSystem.get()), "invalid-code");
                    return Boolean.FALSE;
                }
                displays.add(concept.get().designations());
                accept(path, code, codeSystem.get(), concept.get(), state);
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }

    private static List<com.fasterxml.jackson.databind.JsonNode> allContains(com.fasterxml.jackson.databind.JsonNode contains) {
        List<com.fasterxml.jackson.databind.JsonNode> result = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : contains) {
            result.add(c);
            result.addAll(allContains(c.path("contains")));
        }
        return result;
    }

    /** The version to validate against: the include's (with the request's rules), checked against the coding's. */
    private String determineVersion(String path, String system, String includeVersion, String codingVersion,
                                    State state) {
        String result = context.determineVersion(system, includeVersion);
        if (codingVersion == null) {
            return result;
        }
        if (result != null && !codingVersion.equals(result) && VersionMatch.matches(result, codingVersion)) {
            result = codingVersion;
        }
        if (result == null) {
            List<String> known = context.versionsOf(system);
            if (known.stream().anyMatch(v -> v.equals(codingVersion) || VersionMatch.matches(codingVersion, v))) {
                result = codingVersion;
            }
        }
        Optional<CodeSystemSnapshot> codeSystem = context.codeSystem(system, result);
        if (codeSystem.isPresent() && !codingVersion.equals(codeSystem.get().version())
                && !VersionMatch.matches(codingVersion, codeSystem.get().version())) {
            Severity severity = Severity.ERROR;
            String id;
            String message;
            if (result == null) {
                if (!codeSystem.get().header().versionNeeded()) {
                    severity = Severity.WARNING;
                }
                id = "VALUESET_VALUE_MISMATCH_DEFAULT";
                message = context.messages.format(id, system, codeSystem.get().version(), includeVersion, codingVersion);
            } else if (!result.equals(includeVersion)) {
                id = "VALUESET_VALUE_MISMATCH_CHANGED";
                message = context.messages.format(id, system, result, includeVersion == null ? "" : includeVersion,
                        codingVersion);
            } else {
                id = "VALUESET_VALUE_MISMATCH";
                message = context.messages.format(id, system, includeVersion, codingVersion);
            }
            state.issues.add(severity, "invalid", IssueList.path(path, "version"), id, message, "vs-invalid");
            if (severity == Severity.ERROR) {
                state.message(message);
            }
            if (context.codeSystem(system, codingVersion).isEmpty()) {
                List<String> known = context.versionsOf(system);
                state.unknownSystems.add(system + "|" + codingVersion);
                String unknown = context.messages.format("UNKNOWN_CODESYSTEM_VERSION", system, codingVersion,
                        TxContext.presentVersions(known));
                state.issues.add(Severity.ERROR, "not-found", IssueList.path(path, "system"), "UNKNOWN_CODESYSTEM_VERSION",
                        unknown, "not-found");
                state.message(unknown);
            }
        } else if (codeSystem.isEmpty() && result != null && !result.equals(codingVersion)) {
            String message = context.messages.format("VALUESET_VALUE_MISMATCH", system, result, codingVersion);
            state.issues.add(Severity.ERROR, "invalid", IssueList.path(path, "version"), "VALUESET_VALUE_MISMATCH",
                    message, "vs-invalid");
            state.message(message);
        }
        return result;
    }

    void reportUnknownSystem(String path, String system, String version, State state) {
        String id;
        String message;
        String key;
        if (version == null) {
            id = "UNKNOWN_CODESYSTEM";
            message = context.messages.format(id, system);
            key = system;
        } else {
            List<String> known = context.versionsOf(system);
            if (known.isEmpty()) {
                id = "UNKNOWN_CODESYSTEM_VERSION_NONE";
                key = system;
            } else {
                id = "UNKNOWN_CODESYSTEM_VERSION";
                key = system + "|" + version;
            }
            message = context.messages.format(id, system, version, TxContext.presentVersions(known));
        }
        state.message(message);
        if (state.unknownSystems.add(key)) {
            state.issues.add(Severity.ERROR, "not-found", IssueList.path(path, "system"), id, message, "not-found");
        }
    }

    private boolean useThisVersion(ConceptSet set, String version) {
        if (version == null || version.equals(set.version())) {
            return true;
        }
        return valueSet.compose().include().stream().noneMatch(s -> version.equals(s.version()));
    }

    private String pickVersion(Set<String> versions, String system, String code, String display) {
        List<String> found = new ArrayList<>();
        for (String v : versions) {
            context.codeSystem(system, v).flatMap(cs -> cs.find(code))
                    .filter(c -> display == null || display.equals(c.display())
                            || c.designations().stream().anyMatch(d -> display.equals(d.value())))
                    .ifPresent(c -> found.add(v));
        }
        if (found.size() == versions.size()) {
            return null;
        }
        List<String> candidates = new ArrayList<>(found.isEmpty() ? versions : found);
        candidates.sort(VersionOrder.INSTANCE.reversed());
        return candidates.get(0);
    }

    /** Whether the code is selected by one include (or exclude, {@code excluding}) of its system. */
    private boolean checkConceptSet(String path, boolean excluding, CodeSystemSnapshot codeSystem, ConceptSet set,
                                    String code, Displays displays, State state) {
        if (set.wholeSystem()) {
            Optional<SnapshotConcept> concept = codeSystem.find(code);
            if (concept.isEmpty()) {
                if (!context.params.membershipOnly && !excluding) {
                    if (!"complete".equals(codeSystem.content())) {
                        state.issues.add(Severity.WARNING, "code-invalid", IssueList.path(path, "code"),
                                "UNKNOWN_CODE_IN_FRAGMENT", context.messages.format("UNKNOWN_CODE_IN_FRAGMENT", code,
                                        codeSystem.url(), codeSystem.version()), "invalid-code");
                        return true;
                    }
                    state.issues.add(Severity.ERROR, "code-invalid", IssueList.path(path, "code"),
                            codeSystem.version() == null ? "Unknown_Code_in" : "Unknown_Code_in_Version",
                            unknownCode(code, codeSystem), "invalid-code");
                }
                return false;
            }
            return excluding || selected(path, code, codeSystem, concept.get(), null, displays, state);
        }
        for (EnumeratedConcept enumerated : set.withCode(code)) {
            Optional<SnapshotConcept> concept = codeSystem.find(code);
            if (concept.isPresent()) {
                if (excluding) {
                    return true;
                }
                displays.addIncludeDisplay(enumerated.display(), valueSet.language());
                displays.add(enumerated.designations());
                if (selected(path, code, codeSystem, concept.get(), enumerated, displays, state)) {
                    return true;
                }
            }
        }
        if (!set.filters().isEmpty()) {
            Optional<SnapshotConcept> concept = codeSystem.find(code);
            if (concept.isEmpty()) {
                return false;
            }
            for (FilterRule rule : set.filters()) {
                try {
                    if (!ConceptFilter.understood(codeSystem, rule)
                            || !ConceptFilter.compile(codeSystem, rule, context.date).test(concept.get())) {
                        return false;
                    }
                } catch (PatternSyntaxException e) {
                    return false;
                }
            }
            return excluding || selected(path, code, codeSystem, concept.get(), null, displays, state);
        }
        return false;
    }

    /** The code is in the set: apply the abstract and inactive rules, and record what the answer needs. */
    private boolean selected(String path, String code, CodeSystemSnapshot codeSystem, SnapshotConcept concept,
                             EnumeratedConcept enumerated, Displays displays, State state) {
        displays.add(concept.designations());
        if (!context.params.abstractOk && concept.abstractCode()) {
            if (!context.params.membershipOnly) {
                state.issues.add(Severity.ERROR, "business-rule", IssueList.path(path, "code"), "ABSTRACT_CODE_NOT_ALLOWED",
                        context.messages.format("ABSTRACT_CODE_NOT_ALLOWED", codeSystem.url(), concept.code()), "code-rule");
            }
            return false;
        }
        boolean inactive = concept.inactiveOn(context.date);
        boolean excludeInactive = Boolean.FALSE.equals(valueSet.compose() == null ? null : valueSet.compose().inactive());
        if ((excludeInactive || context.params.activeOnly()) && inactive) {
            String message = context.messages.format("STATUS_CODE_WARNING_CODE", "not active", concept.code());
            state.issues.add(Severity.ERROR, "business-rule", IssueList.path(path, "code"), "STATUS_CODE_WARNING_CODE",
                    message, "code-rule");
            state.message(message);
            markInactive(path, concept, state);
            return false;
        }
        if (enumerated != null && enumerated.extensions() != null) {
            String status = null;
            for (com.fasterxml.jackson.databind.JsonNode e : enumerated.extensions()) {
                String url = e.path("url").asText();
                if (url.equals(SnapshotBuilder.STANDARDS_STATUS)) {
                    status = ValueSetDefinition.primitive(e).orElse(null);
                } else if (url.equals("http://hl7.org/fhir/StructureDefinition/valueset-deprecated") && status == null) {
                    status = "deprecated";
                }
            }
            if ("withdrawn".equals(status) || "deprecated".equals(status)) {
                state.issues.add(Severity.WARNING, "business-rule", IssueList.path(path, "code"),
                        "CONCEPT_DEPRECATED_IN_VALUESET", context.messages.format("CONCEPT_DEPRECATED_IN_VALUESET",
                                codeSystem.url(), concept.code(), status, valueSet.display()), "code-comment");
            }
        }
        accept(path, code, codeSystem, concept, state);
        return true;
    }

    /** A found code: its status, its NOS validity on the date asked, the case it should be written in. */
    void accept(String path, String code, CodeSystemSnapshot codeSystem, SnapshotConcept concept, State state) {
        state.concept = concept;
        state.codeSystem = codeSystem;
        if (!concept.code().equals(code)) {
            state.normalizedCode = concept.code();
            String message = context.messages.format("CODE_CASE_DIFFERENCE", code, concept.code(), codeSystem.canonical());
            state.issues.add(Severity.INFORMATION, "business-rule", IssueList.path(path, "code"), "CODE_CASE_DIFFERENCE",
                    message, "code-rule");
        }
        if (!state.inactive) {
            markInactive(path, concept, state);
        }
        NosValidity.check(context, codeSystem, concept, path).ifPresent(issue -> {
            state.issues.add(issue);
            state.message(issue.message());
            state.nosRejected = true;
        });
    }

    private void markInactive(String path, SnapshotConcept concept, State state) {
        boolean inactive = concept.inactiveOn(context.date);
        if (inactive || !state.inactive) {
            state.inactive = inactive;
            state.inactivePath = path;
            state.inactiveCode = concept.code();
            state.status = concept.statusOn(context.date);
        }
    }

    private void canonicalStatus(String path, CodeSystemSnapshot codeSystem, State state) {
        CanonicalStatus.issue(context.messages, "CodeSystem", codeSystem.canonical(), codeSystem.header().status(),
                codeSystem.header().standardsStatus(), codeSystem.header().experimental(), valueSet)
                .ifPresent(state.issues::add);
    }

    void canonicalStatus(String path, ValueSetDefinition other, State state) {
        CanonicalStatus.issue(context.messages, "ValueSet", other.display(), other.status(), other.standardsStatus(),
                other.experimental(), valueSet).ifPresent(state.issues::add);
    }

    String unknownCode(String code, CodeSystemSnapshot codeSystem) {
        return codeSystem.version() == null
                ? context.messages.format("Unknown_Code_in", code, codeSystem.url())
                : context.messages.format("Unknown_Code_in_Version", code, codeSystem.url(), codeSystem.version());
    }

    private static ValidationIssue withPath(ValidationIssue issue, String path) {
        return new ValidationIssue(issue.severity(), issue.type(), issue.txIssueType(), issue.messageId(),
                issue.message(), path);
    }
}
