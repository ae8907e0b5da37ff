package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a code, a Coding or a CodeableConcept against a value set (for
 * {@code CodeSystem/$validate-code}, the implicit value set of the whole code system) and assembles
 * the answer: each coding is checked for membership, then looked up in its code system to report
 * on it even when it is not a member (unknown system, unknown code, wrong display, status); the
 * answer reports the first coding that is valid.
 */
final class CodedValidation {

    /** How the code was given: it decides the paths issues point at. */
    enum Mode {
        CODE(""), CODING("Coding"), CODEABLE_CONCEPT("CodeableConcept");

        final String path;

        Mode(String path) {
            this.path = path;
        }
    }

    /** One coding to validate; the version and display may be null. */
    record Coding(String system, String version, String code, String display) {
    }

    private final TxContext context;
    private final ValueSetChecker checker;

    CodedValidation(TxContext context, ValueSetChecker checker) {
        this.context = context;
        this.checker = checker;
    }

    CodeValidation validate(List<Coding> codings, Mode mode, JsonNode codeableConcept) {
        ValueSetDefinition valueSet = checker.valueSet();
        IssueList issues = new IssueList();
        CanonicalStatus.selfIssue(context.messages, valueSet).ifPresent(issues::add);
        List<String> messages = new ArrayList<>();
        ValueSetChecker.State shared = new ValueSetChecker.State(issues);
        String issuePath = mode.path;
        Boolean ok = Boolean.FALSE;
        boolean noCode = false;
        Set<Integer> matched = new HashSet<>();
        List<String> codeList = new ArrayList<>();
        Set<String> unknownCodes = new HashSet<>();
        String psys = null;
        String pcode = null;
        String ppath = null;
        String pver = null;
        String pdisp = null;
        String tsys = null;
        String tcode = null;
        String tver = null;
        String lookedUpVersion = null;
        List<Coding> echoed = new ArrayList<>(codings);

        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            String path = mode == Mode.CODEABLE_CONCEPT ? issuePath + ".coding[" + i + "]" : issuePath;
            String impliedVersion = checker.versionFor(c.system());
            if (c.code() == null) {
                String m = c.system() == null && !context.params.inferSystem
                        ? context.messages.format("Coding_has_no_system_or_code__cannot_validate")
                        : c.system() != null ? "Coding has no code for system " + c.system() + " and cannot be validated"
                        : "Coding has no code and cannot be validated";
                add(messages, m);
                issues.add(Severity.WARNING, "invalid", path, c.system() == null
                        ? "Coding_has_no_system_or_code__cannot_validate" : null, m, "invalid-data");
                noCode = true;
                break;
            }
            Displays displays = new Displays();
            ValueSetChecker.State state = shared;
            state.version = null;
            state.contentMode = null;
            String cause = null;
            Boolean v = checker.check(path, c.system(), c.version(), c.code(), c.display(), displays, state);
            messages.addAll(state.messages.stream().filter(m -> !messages.contains(m)).toList());
            state.messages.clear();
            if (Boolean.TRUE.equals(v)) {
                matched.add(i);
            }
            String ws = state.impliedSystem != null ? state.impliedSystem : c.system();
            if (tcode == null || Boolean.TRUE.equals(v)) {
                tsys = c.system();
                tcode = c.code();
                tver = c.version();
            }
            if (tver == null && state.version != null) {
                tver = state.version;
            }
            String rendered = (ws == null ? "" : ws) + (c.version() == null ? "" : "|" + c.version()) + "#" + c.code()
                    + (c.display() == null ? "" : " ('" + c.display() + "')");
            codeList.add("'" + rendered + "'");
            if (Boolean.FALSE.equals(v) && !valueSet.internal() && mode == Mode.CODEABLE_CONCEPT) {
                String m = context.messages.format("None_of_the_provided_codes_are_in_the_value_set_one", "",
                        valueSet.display(), "'" + rendered + "'");
                issues.add(Severity.INFORMATION, "code-invalid", issuePath + ".coding[" + i + "].code",
                        "None_of_the_provided_codes_are_in_the_value_set_one", m, "this-code-not-in-vs");
            }
            if (!Boolean.TRUE.equals(ok) && !Boolean.FALSE.equals(v)) {
                ok = v;
            }
            if (Boolean.TRUE.equals(v)) {
                if ("example".equals(state.contentMode)) {
                    String m = "The system " + c.system() + " was found but did not contain enough information to properly"
                            + " validate the code \"" + c.code() + "\" (\"" + c.display() + "\") (mode = example)";
                    add(messages, m);
                    issues.add(Severity.WARNING, "not-found", path, null, m, "vs-invalid");
                } else if (c.display() != null && !displays.isEmpty()) {
                    checkDisplay(displays, state.defaultLanguage, c, messages, issues, path);
                }
                if (pcode == null) {
                    psys = c.system();
                    pcode = c.code();
                    ppath = path;
                    pver = state.version;
                    pdisp = displays.preferredValue(context.params.workingLanguages());
                    if (pdisp == null) {
                        pdisp = displays.preferredValue(null);
                    }
                }
            } else if (!context.params.membershipOnly && ws != null) {
                if (!isAbsolute(ws)) {
                    String m = context.messages.format("Terminology_TX_System_Relative");
                    String p = mode == Mode.CODING ? issuePath + ".system"
                            : mode == Mode.CODEABLE_CONCEPT ? issuePath + ".coding[" + i + "].system" : issuePath;
                    messages.add(m);
                    issues.add(Severity.ERROR, "invalid", p, "Terminology_TX_System_Relative", m, "invalid-data");
                }
                String lookupVersion = c.version() != null ? c.version() : impliedVersion;
                String version = context.determineVersion(ws, lookupVersion);
                Optional<CodeSystemSnapshot> found = context.codeSystem(ws, version);
                if (found.isEmpty()) {
                    if (context.resources.isValueSet(ws)) {
                        String m = context.messages.format("Terminology_TX_System_ValueSet2", ws);
                        add(messages, m);
                        issues.add(Severity.ERROR, "invalid", IssueList.path(path, "system"),
                                "Terminology_TX_System_ValueSet2", m, "invalid-data");
                    } else if (context.resources.supplementByUrl(ws, version).isPresent()) {
                        String m = context.messages.format("CODESYSTEM_CS_NO_SUPPLEMENT",
                                context.resources.supplementByUrl(ws, version).get().canonical());
                        add(messages, m);
                        issues.add(Severity.ERROR, "invalid", IssueList.path(path, "system"),
                                "CODESYSTEM_CS_NO_SUPPLEMENT", m, "invalid-data");
                    } else {
                        int before = messages.size();
                        checker.reportUnknownSystem(path, ws, lookupVersion == null && context.codeSystem(ws, null).isEmpty()
                                ? null : lookupVersion == null ? version : lookupVersion, shared);
                        shared.messages.forEach(m -> add(messages, m));
                        shared.messages.clear();
                        if (messages.size() == before && !shared.unknownSystems.isEmpty()) {
                            // the same unknown system was reported by the membership check already
                        }
                    }
                } else {
                    CodeSystemSnapshot codeSystem = found.get();
                    context.versionChecks(ws, codeSystem.version()).forEach(issue -> {
                        issues.add(new ValidationIssue(issue.severity(), issue.type(), issue.txIssueType(),
                                issue.messageId(), issue.message(), IssueList.path(path, "version")));
                        add(messages, issue.message());
                    });
                    CanonicalStatus.issue(context.messages, "CodeSystem", codeSystem.canonical(),
                            codeSystem.header().status(), codeSystem.header().standardsStatus(),
                            codeSystem.header().experimental(), valueSet).ifPresent(issues::add);
                    Optional<SnapshotConcept> concept = codeSystem.find(c.code());
                    if (concept.isEmpty()) {
                        String key = ws + "|" + codeSystem.version() + "#" + c.code();
                        if (unknownCodes.add(key)) {
                            if ("complete".equals(codeSystem.content())) {
                                String m = checker.unknownCode(c.code(), codeSystem);
                                add(messages, m);
                                issues.add(Severity.ERROR, "code-invalid", IssueList.path(path, "code"),
                                        codeSystem.version() == null ? "Unknown_Code_in" : "Unknown_Code_in_Version", m,
                                        "invalid-code");
                            } else {
                                issues.add(Severity.WARNING, "code-invalid", IssueList.path(path, "code"),
                                        "UNKNOWN_CODE_IN_FRAGMENT", context.messages.format("UNKNOWN_CODE_IN_FRAGMENT",
                                                c.code(), ws, codeSystem.version()), "invalid-code");
                            }
                        }
                    } else {
                        if (c.version() == null && mode == Mode.CODEABLE_CONCEPT && codeSystem.version() != null) {
                            echoed.set(i, new Coding(c.system(), codeSystem.version(), c.code(), c.display()));
                        }
                        displays.add(concept.get().designations());
                        if (!shared.inactive && concept.get().inactiveOn(context.date)) {
                            shared.inactive = true;
                            shared.inactivePath = path;
                            shared.inactiveCode = c.code();
                            shared.status = concept.get().statusOn(context.date);
                        }
                        String preferred = displays.preferredValue(context.params.workingLanguages());
                        pdisp = preferred != null ? preferred : displays.preferredValue(null);
                        Language defaultLanguage = codeSystem.header().language();
                        if (c.display() != null && !displays.isEmpty() && !displays.hasDisplay(
                                context.params.workingLanguages(), defaultLanguage, c.display(), false).found()) {
                            wrongDisplay(displays, defaultLanguage, c, messages, issues, path, codeSystem.url());
                        }
                        if (codeSystem.version() != null && mode != Mode.CODEABLE_CONCEPT && lookedUpVersion == null) {
                            lookedUpVersion = codeSystem.version();
                        }
                    }
                }
            }
        }

        if (mode == Mode.CODEABLE_CONCEPT && !matched.isEmpty()) {
            downgradeUncheckedSystems(codings, matched, issues, messages);
        }

        boolean noCodeSummary = noCode && (mode != Mode.CODEABLE_CONCEPT || valueSet.internal());
        if (Boolean.FALSE.equals(ok) && !noCodeSummary && (!valueSet.internal() || !issues.hasErrors())) {
            String id;
            String m;
            String p;
            if (mode == Mode.CODEABLE_CONCEPT) {
                id = "TX_GENERAL_CC_ERROR_MESSAGE";
                m = context.messages.format(id, valueSet.display());
                p = null;
            } else {
                id = "None_of_the_provided_codes_are_in_the_value_set_one";
                m = context.messages.format(id, "", valueSet.display(), String.join(", ", codeList));
                p = issuePath.isEmpty() ? "code" : issuePath + ".code";
            }
            if (issues.add(Severity.ERROR, "code-invalid", p, id, m, "not-in-vs")) {
                add(messages, m);
            }
        }

        boolean valid = Boolean.TRUE.equals(ok) && !issues.hasErrors();
        String system = psys != null ? psys : Boolean.TRUE.equals(ok) && shared.impliedSystem != null
                ? shared.impliedSystem : tsys != null && mode != Mode.CODEABLE_CONCEPT ? tsys : null;
        List<String> unknown = new ArrayList<>();
        List<String> causedBy = new ArrayList<>();
        for (String us : shared.unknownSystems) {
            if (Boolean.FALSE.equals(ok)) {
                unknown.add(us);
            } else if (!valid) {
                causedBy.add(us);
            }
        }
        String code = pcode != null ? pcode : tcode != null && mode != Mode.CODEABLE_CONCEPT ? tcode : null;
        String version = pver != null ? pver : lookedUpVersion != null ? lookedUpVersion
                : tver != null && mode != Mode.CODEABLE_CONCEPT ? tver : null;
        String display = pdisp != null && (pcode != null || (tcode != null && mode != Mode.CODEABLE_CONCEPT)) ? pdisp : null;
        Boolean inactive = null;
        String status = null;
        if (shared.inactive && !shared.nosRejected) {
            if (mode != Mode.CODEABLE_CONCEPT || (pcode != null && ppath != null && ppath.equals(shared.inactivePath))) {
                inactive = Boolean.TRUE;
                if (shared.status != null && !"inactive".equals(shared.status)) {
                    status = shared.status;
                }
            }
            String vstatus = shared.status;
            boolean plain = "inactive".equals(vstatus) || "DISCOURAGED".equals(vstatus);
            String m = context.messages.format(plain ? "INACTIVE_CONCEPT_FOUND" : "INACTIVE_CONCEPT_FOUND_ADD",
                    vstatus, shared.inactiveCode != null ? shared.inactiveCode : tcode, plain ? "" : "inactive");
            add(messages, m);
            issues.add(Severity.WARNING, "business-rule", shared.inactivePath == null ? "code" : shared.inactivePath,
                    "INACTIVE_CONCEPT_FOUND", m, "code-comment");
        } else if (shared.inactive) {
            inactive = Boolean.TRUE;
            status = shared.status;
        } else if ("deprecated".equalsIgnoreCase(shared.status)) {
            status = "deprecated";
            String m = context.messages.format("DEPRECATED_CONCEPT_FOUND", shared.status, tcode);
            add(messages, m);
            issues.add(Severity.WARNING, "business-rule", issuePath.isEmpty() ? null : issuePath,
                    "DEPRECATED_CONCEPT_FOUND", m, "code-comment");
        }
        for (ValidationIssue issue : issues.all()) {
            if (issue.isError()) {
                add(messages, issue.message());
            }
        }
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(messages));
        sorted.sort(String::compareTo);
        String message = sorted.isEmpty() ? null : String.join("; ", sorted);
        JsonNode echo = mode == Mode.CODEABLE_CONCEPT ? echoCodeableConcept(codeableConcept, echoed) : null;
        return new CodeValidation(valid, system, code, version, display, message, issues.all(), inactive, status,
                shared.normalizedCode, unknown, causedBy, echo);
    }

    private void downgradeUncheckedSystems(List<Coding> codings, Set<Integer> matched, IssueList issues,
                                           List<String> messages) {
        Set<String> notChecked = Set.of("UNKNOWN_CODESYSTEM", "UNKNOWN_CODESYSTEM_VERSION", "UNKNOWN_CODESYSTEM_VERSION_NONE");
        for (int j = 0; j < codings.size(); j++) {
            if (matched.contains(j)) {
                continue;
            }
            String systemPath = "CodeableConcept.coding[" + j + "].system";
            Coding c = codings.get(j);
            List<ValidationIssue> all = issues.all();
            for (int k = 0; k < all.size(); k++) {
                ValidationIssue issue = all.get(k);
                if (issue.isError() && notChecked.contains(issue.messageId()) && systemPath.equals(issue.expression())) {
                    String now = context.messages.format("UNKNOWN_CODESYSTEM_CODING_NOT_CHECKED",
                            c.version() == null ? c.system() : c.system() + "|" + c.version());
                    messages.remove(issue.message());
                    issues.replace(k, issue.withSeverity(Severity.WARNING)
                            .withMessage("UNKNOWN_CODESYSTEM_CODING_NOT_CHECKED", now));
                    add(messages, now);
                }
            }
        }
    }

    /** The display given is not one of the code's, for a code in the value set. */
    private void checkDisplay(Displays displays, Language defaultLanguage, Coding c, List<String> messages,
                              IssueList issues, String path) {
        LanguagePreferences languages = context.params.workingLanguages();
        Displays.Match match = displays.hasDisplay(languages, null, c.display(), false);
        if (match.found()) {
            if (!displays.hasDisplay(languages, null, c.display(), true).found()) {
                List<String> active = displays.activeDisplays();
                String m = context.messages.plural(active.size(), "INACTIVE_DISPLAY_FOUND", active.size(), c.display(),
                        c.code(), String.join(", ", active.stream().map(a -> "\"" + a + "\"").toList()),
                        displays.statusOf(c.display()));
                issues.add(Severity.WARNING, "invalid", IssueList.path(path, "display"), "INACTIVE_DISPLAY_FOUND", m,
                        "display-comment");
            }
            return;
        }
        Severity severity = displaySeverity();
        String base = match.difference() == Displays.Difference.WHITESPACE
                ? "Display_Name_WS_for__should_be_one_of__instead_of" : "Display_Name_for__should_be_one_of__instead_of";
        int count = displays.displayCount(languages, null, true);
        if (count == 0) {
            severity = Severity.WARNING;
            count = displays.displayCount(languages, null, false);
        }
        String id = base;
        String m;
        if (count == 0) {
            String fallback = displays.preferredValue(null);
            if (fallback == null) {
                id = "NO_VALID_DISPLAY_AT_ALL";
                m = context.messages.format(id, c.display(), c.system(), c.code());
            } else if (displays.hasDisplay(languages, defaultLanguage, c.display(), false).found()) {
                id = "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_OK";
                m = context.messages.format(id, c.display(), c.system(), c.code(), context.params.languageSummary(),
                        c.display());
                severity = Severity.INFORMATION;
            } else {
                id = "NO_VALID_DISPLAY_FOUND_NONE_FOR_LANG_ERR";
                m = context.messages.format(id, c.display(), c.system(), c.code(), context.params.languageSummary(),
                        fallback);
                severity = context.params.displayWarning ? Severity.WARNING : Severity.ERROR;
            }
        } else if (count == 1) {
            m = context.messages.format(base + "_one", "", c.system(), c.code(), displays.present(languages, true),
                    c.display(), context.params.languageSummary());
        } else {
            m = context.messages.format(base + "_other", count, c.system(), c.code(), displays.present(languages, true),
                    c.display(), context.params.languageSummary());
        }
        add(messages, m);
        issues.add(severity, "invalid", IssueList.path(path, "display"), id, m, "invalid-display");
    }

    /** The display given is not one of the code's, for a code looked up outside the value set. */
    private void wrongDisplay(Displays displays, Language defaultLanguage, Coding c, List<String> messages,
                              IssueList issues, String path, String system) {
        LanguagePreferences languages = context.params.workingLanguages();
        Severity severity = displaySeverity();
        String base = displays.hasDisplay(languages, defaultLanguage, c.display(), false).difference()
                == Displays.Difference.WHITESPACE
                ? "Display_Name_WS_for__should_be_one_of__instead_of" : "Display_Name_for__should_be_one_of__instead_of";
        int count = displays.displayCount(languages, null, true);
        String id = base;
        String m;
        if (count == 0) {
            severity = Severity.WARNING;
            id = "NO_VALID_DISPLAY_AT_ALL";
            m = context.messages.format(id, c.display(), system, c.code(), context.params.languageSummary());
        } else if (count == 1) {
            m = context.messages.format(base + "_one", "", system, c.code(), displays.present(languages, true),
                    c.display(), context.params.languageSummary());
        } else {
            m = context.messages.format(base + "_other", count, system, c.code(), displays.present(languages, true),
                    c.display(), context.params.languageSummary());
        }
        add(messages, m);
        issues.add(severity, "invalid", IssueList.path(path, "display"), id, m, "invalid-display");
    }

    private Severity displaySeverity() {
        return context.params.displayWarning ? Severity.WARNING : Severity.ERROR;
    }

    private static JsonNode echoCodeableConcept(JsonNode original, List<Coding> codings) {
        if (original == null || !original.isObject()) {
            return original;
        }
        ObjectNode copy = ((ObjectNode) original).deepCopy();
        ArrayNode array = copy.putArray("coding");
        for (int i = 0; i < codings.size(); i++) {
            JsonNode source = original.path("coding").path(i);
            ObjectNode coding = source.isObject() ? ((ObjectNode) source).deepCopy() : array.objectNode();
            if (codings.get(i).version() != null) {
                coding.put("version", codings.get(i).version());
            }
            array.add(coding);
        }
        return copy;
    }

    private static boolean isAbsolute(String url) {
        return url.startsWith("urn:") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static void add(List<String> messages, String message) {
        if (message != null && !messages.contains(message)) {
            messages.add(message);
        }
    }
}
