package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a value set's compose into the list of codes it contains: includes of whole code
 * systems (kept hierarchical when the code system is), enumerated concepts, filters, imported value
 * sets (intersected), excludes, the text filter and {@code activeOnly}. It collects light
 * {@link ExpansionCandidate}s; {@link ExpansionRenderer} turns the page asked for into FHIR.
 *
 * <p>Unpaged expansions larger than {@link TxContext.Limits#maxUnpagedExpansion()} are refused as too
 * costly (page them with {@code count}/{@code offset}); a value set that includes itself, directly
 * or through others, is refused as circular.
 */
final class ValueSetExpander {

    private final TxContext context;
    private final ExpansionParameters parameters;
    private final List<String> pathway;
    private final int limit;
    private final SearchText search;

    private final Map<String, ExpansionCandidate> byKey = new LinkedHashMap<>();
    private final List<ExpansionCandidate> full = new ArrayList<>();
    private final List<ExpansionCandidate> roots = new ArrayList<>();
    private final Set<String> excluded = new HashSet<>();
    private final Set<String> excludedSystems = new HashSet<>();
    private boolean canBeHierarchy;
    private boolean doingVersion;
    private boolean excludeInactive;
    private boolean versionsMatch;
    private boolean excludeByCode;
    private ValueSetDefinition source;
    private String unclosedReason;

    /** The codes a value set contains, in order, and whether they could keep their hierarchy. */
    /**
     * @param unclosedReason why the expansion may not list every code (a fragment of a code system), or null
     */
    record Result(List<ExpansionCandidate> full, List<ExpansionCandidate> roots, boolean hierarchical,
                  boolean versioned, String unclosedReason) {
    }

    ValueSetExpander(TxContext context, ExpansionParameters parameters, List<String> pathway, int limit,
                     SearchText search) {
        this.context = context;
        this.parameters = parameters;
        this.pathway = pathway;
        this.limit = limit;
        this.search = search;
    }

    Result collect(ValueSetDefinition valueSet) {
        source = valueSet;
        String key = valueSet.display();
        if (pathway.contains(key)) {
            List<String> route = new ArrayList<>(pathway);
            throw new OperationException("TE420", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR,
                    "processing", "vs-invalid", "VALUESET_CIRCULAR_REFERENCE", context.messages.format(
                    "VALUESET_CIRCULAR_REFERENCE", key, "[" + String.join(", ", route) + "]"), null));
        }
        pathway.add(key);
        try {
            canBeHierarchy = !context.params.excludeNested();
            if (valueSet.hasCompose()) {
                composeOf(valueSet);
            } else if (valueSet.expansion() != null) {
                importPublishedExpansion(valueSet);
            }
        } finally {
            pathway.remove(pathway.size() - 1);
        }
        return new Result(List.copyOf(full), List.copyOf(roots), canBeHierarchy, doingVersion, unclosedReason);
    }

    private void composeOf(ValueSetDefinition valueSet) {
        ValueSetDefinition.Compose compose = valueSet.compose();
        if (compose.lockedDate() != null) {
            throw new OperationException("TE421", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR,
                    "business-rule", null, null, "Cannot process ValueSet " + valueSet.display()
                    + " due to the presence of a lockedDate on the compose", null));
        }
        excludeInactive = Boolean.FALSE.equals(compose.inactive());
        Map<String, String> versionsBySystem = new HashMap<>();
        List<ConceptSet> all = new ArrayList<>(compose.include());
        all.addAll(compose.exclude());
        for (ConceptSet set : all) {
            if (set.system() != null) {
                String previous = versionsBySystem.putIfAbsent(set.system(), String.valueOf(set.version()));
                if (previous != null && !previous.equals(String.valueOf(set.version()))) {
                    doingVersion = true;
                }
            }
        }
        versionsMatch = Boolean.TRUE.equals(context.params.versionsMatch);
        if (context.params.versionsMatch == null && excludesOtherVersions(compose)) {
            versionsMatch = true;
            excludeByCode = true;
            parameters.bool("versionsMatch", true);
        } else if (versionsMatch) {
            parameters.bool("versionsMatch", true);
        }
        for (ConceptSet set : compose.exclude()) {
            excludeSet(set);
        }
        List<ConceptSet> includes = new ArrayList<>(compose.include());
        includes.sort((a, b) -> a.system() != null && a.system().equals(b.system()) && a.version() != null
                && b.version() != null ? -VersionOrder.INSTANCE.compare(a.version(), b.version()) : 0);
        for (int i = 0; i < includes.size(); i++) {
            includeSet(includes.get(i), "ValueSet.compose.include[" + i + "]");
        }
    }

    /**
     * Includes and excludes all of one system, each pinned to a version, the excludes to versions no
     * include uses: excluding an older version means excluding its codes from the newer one.
     */
    private static boolean excludesOtherVersions(ValueSetDefinition.Compose compose) {
        if (compose.include().isEmpty() || compose.exclude().isEmpty()) {
            return false;
        }
        String system = compose.include().get(0).system();
        boolean sameSystem = system != null
                && compose.include().stream().allMatch(s -> system.equals(s.system()) && s.version() != null)
                && compose.exclude().stream().allMatch(s -> system.equals(s.system()) && s.version() != null);
        return sameSystem && compose.include().stream().noneMatch(i -> compose.exclude().stream()
                .anyMatch(e -> e.version().equals(i.version())));
    }

    private void includeSet(ConceptSet set, String path) {
        if (!set.valueSets().isEmpty() || !set.concepts().isEmpty() || set.filters().size() > 1) {
            canBeHierarchy = false;
        }
        List<Set<String>> imports = new ArrayList<>();
        List<Result> imported = new ArrayList<>();
        for (String reference : set.valueSets()) {
            Result result = expandImport(reference);
            imported.add(result);
            imports.add(keysOf(result));
        }
        if (set.system() == null) {
            if (imported.isEmpty()) {
                return;
            }
            for (ExpansionCandidate c : imported.get(0).full()) {
                if (passes(imports, 1, c)) {
                    add(c.copyWithoutChildren(), null);
                }
            }
            return;
        }
        CodeSystemSnapshot codeSystem = requireCodeSystem(set);
        parameters.uri("used-codesystem", codeSystem.canonical());
        if (set.wholeSystem()) {
            if (search.isNone()) {
                Set<String> visited = new HashSet<>();
                for (SnapshotConcept root : codeSystem.roots()) {
                    includeWithDescendants(codeSystem, root, null, imports, visited);
                }
            } else {
                canBeHierarchy = false;
                List<SnapshotConcept> matches = codeSystem.size() > 2000 ? codeSystem.textIndex().search(search)
                        : codeSystem.all().stream().filter(search::passes).toList();
                for (SnapshotConcept concept : matches) {
                    if (included(concept)) {
                        addConcept(codeSystem, concept, null, null, imports);
                    }
                }
            }
        }
        for (EnumeratedConcept enumerated : set.concepts()) {
            Optional<SnapshotConcept> concept = codeSystem.find(enumerated.code());
            if (concept.isEmpty() || (context.params.activeOnly() && concept.get().inactiveOn(context.date))) {
                continue;
            }
            if (!search.isNone() && !passesSearch(concept.get(), enumerated)) {
                continue;
            }
            addConcept(codeSystem, concept.get(), enumerated, null, imports);
        }
        if (!set.filters().isEmpty()) {
            List<ConceptFilter> filters = compileFilters(codeSystem, set, path);
            List<SnapshotConcept> candidates = filters.get(0).candidates(codeSystem)
                    .orElseGet(() -> new ArrayList<>(codeSystem.all()));
            for (SnapshotConcept concept : candidates) {
                if (!filters.stream().allMatch(f -> f.test(concept))) {
                    continue;
                }
                if (context.params.activeOnly() && concept.inactiveOn(context.date)) {
                    continue;
                }
                if (!search.isNone() && !search.passes(concept)) {
                    continue;
                }
                ExpansionCandidate parent = null;
                if (codeSystem.hierarchical() && !concept.parents().isEmpty()) {
                    parent = byKey.get(key(codeSystem.url(), codeSystem.version(), concept.parents().get(0)));
                } else if (!codeSystem.hierarchical()) {
                    canBeHierarchy = false;
                }
                addConcept(codeSystem, concept, null, parent, imports);
            }
        }
    }

    private boolean included(SnapshotConcept concept) {
        return (!context.params.activeOnly() || !concept.inactiveOn(context.date))
                && (!context.params.excludeNotForUI() || !concept.abstractCode());
    }

    private boolean passesSearch(SnapshotConcept concept, EnumeratedConcept enumerated) {
        List<String> texts = new ArrayList<>();
        texts.add(concept.code());
        concept.designations().forEach(d -> texts.add(d.value()));
        if (enumerated != null) {
            texts.add(enumerated.display());
            enumerated.designations().forEach(d -> texts.add(d.value()));
        }
        return search.passes(texts);
    }

    private void includeWithDescendants(CodeSystemSnapshot codeSystem, SnapshotConcept concept, ExpansionCandidate parent,
                                        List<Set<String>> imports, Set<String> visited) {
        if (!visited.add(concept.code())) {
            canBeHierarchy = false;
            return;
        }
        ExpansionCandidate item = parent;
        if (included(concept)) {
            ExpansionCandidate added = addConcept(codeSystem, concept, null, parent, imports);
            if (added != null) {
                item = added;
            }
        }
        for (SnapshotConcept child : codeSystem.children(concept)) {
            includeWithDescendants(codeSystem, child, item, imports, visited);
        }
    }

    private ExpansionCandidate addConcept(CodeSystemSnapshot codeSystem, SnapshotConcept concept,
                                          EnumeratedConcept enumerated, ExpansionCandidate parent,
                                          List<Set<String>> imports) {
        ExpansionCandidate candidate = new ExpansionCandidate(codeSystem.url(), codeSystem.version(), concept.code(),
                codeSystem, concept, enumerated, source == null ? null : source.language());
        if (!passes(imports, 0, candidate)) {
            return null;
        }
        return add(candidate, parent);
    }

    private ExpansionCandidate add(ExpansionCandidate candidate, ExpansionCandidate parent) {
        if (excludeInactive && candidate.inactive(context.date)) {
            return null;
        }
        if (isExcluded(candidate)) {
            return null;
        }
        String k = key(candidate.system(), candidate.version(), candidate.code());
        if (byKey.containsKey(k)) {
            canBeHierarchy = false;
            return null;
        }
        if (limit > 0 && full.size() >= limit) {
            throw tooCostly();
        }
        byKey.put(k, candidate);
        full.add(candidate);
        if (parent != null) {
            parent.children().add(candidate);
        } else {
            roots.add(candidate);
        }
        return candidate;
    }

    OperationException tooCostly() {
        String name = pathway.isEmpty() ? (source == null ? "??" : source.display()) : pathway.get(0);
        return new OperationException("TE422", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR, "too-costly",
                null, "VALUESET_TOO_COSTLY", context.messages.format("VALUESET_TOO_COSTLY", name, ">" + limit), null));
    }

    private void excludeSet(ConceptSet set) {
        List<Set<String>> imports = new ArrayList<>();
        List<Result> imported = new ArrayList<>();
        for (String reference : set.valueSets()) {
            Result result = expandImport(reference);
            imported.add(result);
            imports.add(keysOf(result));
        }
        if (set.system() == null) {
            if (!imported.isEmpty()) {
                for (ExpansionCandidate c : imported.get(0).full()) {
                    if (passes(imports, 1, c)) {
                        excluded.add(key(c.system(), c.version(), c.code()));
                    }
                }
            }
            return;
        }
        String version = context.determineVersion(set.system(), set.version());
        Optional<CodeSystemSnapshot> found = context.codeSystem(set.system(), version);
        if (found.isEmpty()) {
            return;
        }
        CodeSystemSnapshot codeSystem = found.get();
        parameters.uri("used-codesystem", codeSystem.canonical());
        if (set.wholeSystem() && set.valueSets().isEmpty() && !excludeByCode) {
            excludedSystems.add(doingVersion && !versionsMatch && set.version() != null
                    ? set.system() + "|" + set.version() : set.system());
            return;
        }
        if (set.wholeSystem()) {
            for (SnapshotConcept concept : codeSystem.all()) {
                ExpansionCandidate c = new ExpansionCandidate(codeSystem.url(), codeSystem.version(), concept.code(),
                        codeSystem, concept, null, null);
                if (passes(imports, 0, c)) {
                    excluded.add(key(c.system(), c.version(), c.code()));
                }
            }
        }
        for (EnumeratedConcept enumerated : set.concepts()) {
            codeSystem.find(enumerated.code()).ifPresent(concept ->
                    excluded.add(key(codeSystem.url(), codeSystem.version(), concept.code())));
        }
        if (!set.filters().isEmpty()) {
            List<ConceptFilter> filters = compileFilters(codeSystem, set, "ValueSet.compose.exclude");
            for (SnapshotConcept concept : codeSystem.all()) {
                if (filters.stream().allMatch(f -> f.test(concept))) {
                    excluded.add(key(codeSystem.url(), codeSystem.version(), concept.code()));
                }
            }
        }
    }

    private boolean isExcluded(ExpansionCandidate c) {
        if (excludedSystems.contains(c.system()) || excludedSystems.contains(c.system() + "|" + c.version())) {
            return true;
        }
        return excluded.contains(key(c.system(), c.version(), c.code()));
    }

    private List<ConceptFilter> compileFilters(CodeSystemSnapshot codeSystem, ConceptSet set, String path) {
        List<ConceptFilter> filters = new ArrayList<>();
        for (int i = 0; i < set.filters().size(); i++) {
            FilterRule rule = set.filters().get(i);
            if (rule.value() == null) {
                throw new OperationException("TE423", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR, "invalid",
                        "vs-invalid", "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE", context.messages.format(
                        "UNABLE_TO_HANDLE_SYSTEM_FILTER_WITH_NO_VALUE", codeSystem.url(), rule.property(), rule.op()),
                        path + ".filter[" + i + "]"));
            }
            if (!ConceptFilter.understood(codeSystem, rule)) {
                throw new OperationException("TE424", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR,
                        "not-supported", "vs-invalid", "FILTER_NOT_UNDERSTOOD", context.messages.format(
                        "FILTER_NOT_UNDERSTOOD", rule.property(), rule.op(), rule.value(),
                        source == null ? "" : source.url(), codeSystem.url()), path + ".filter[" + i + "]"));
            }
            try {
                filters.add(ConceptFilter.compile(codeSystem, rule, context.date));
            } catch (PatternSyntaxException e) {
                throw new OperationException("TE425", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR, "invalid",
                        "vs-invalid", null, "The regular expression '" + rule.value() + "' of the filter on "
                        + rule.property() + " is not valid: " + e.getDescription(), path + ".filter[" + i + "]"));
            }
        }
        return filters;
    }

    private CodeSystemSnapshot requireCodeSystem(ConceptSet set) {
        String version = context.determineVersion(set.system(), set.version());
        Optional<CodeSystemSnapshot> found = context.codeSystem(set.system(), version);
        if (found.isEmpty()) {
            if (context.resources.supplementByUrl(set.system(), version).isPresent()) {
                throw unprocessable("invalid", "CODESYSTEM_CS_NO_SUPPLEMENT", context.messages.format(
                        "CODESYSTEM_CS_NO_SUPPLEMENT", set.system()), "invalid-data");
            }
            if (version == null) {
                throw unprocessable("not-found", "UNKNOWN_CODESYSTEM_EXP",
                        context.messages.format("UNKNOWN_CODESYSTEM_EXP", set.system()), "not-found");
            }
            List<String> known = context.versionsOf(set.system());
            throw known.isEmpty()
                    ? unprocessable("not-found", "UNKNOWN_CODESYSTEM_VERSION_EXP_NONE", context.messages.format(
                    "UNKNOWN_CODESYSTEM_VERSION_EXP_NONE", set.system(), version), "not-found")
                    : unprocessable("not-found", "UNKNOWN_CODESYSTEM_VERSION_EXP", context.messages.format(
                    "UNKNOWN_CODESYSTEM_VERSION_EXP", set.system(), version, TxContext.presentVersions(known)),
                    "not-found");
        }
        CodeSystemSnapshot codeSystem = found.get();
        List<ValidationIssue> checks = context.versionChecks(set.system(), codeSystem.version());
        if (!checks.isEmpty()) {
            throw new OperationException("TE426", Refusal.BAD_REQUEST, checks);
        }
        String content = codeSystem.content();
        if ("not-present".equals(content)) {
            throw unprocessable("business-rule", null, "The code system definition for " + set.system()
                    + " has no content, so this expansion cannot be performed", "invalid");
        }
        if ("fragment".equals(content)) {
            parameters.uri("used-fragment", codeSystem.canonical());
            unclosedReason = "This extension is based on a fragment of the code system " + set.system();
        }
        CanonicalStatus.check(parameters, "CodeSystem", codeSystem.canonical(), codeSystem.header().status(),
                codeSystem.header().standardsStatus(), codeSystem.header().experimental(), source);
        return codeSystem;
    }

    private OperationException unprocessable(String type, String messageId, String message, String txType) {
        return new OperationException("TE427", Refusal.UNPROCESSABLE,
                new ValidationIssue(Severity.ERROR, type, txType, messageId, message, null));
    }

    private Result expandImport(String reference) {
        String pinned = context.pinValueSet(reference);
        Optional<ValueSetDefinition> imported = pinned.startsWith("#") ? context.resources.contained(source, pinned)
                : context.resources.valueSet(pinned, null);
        if (imported.isEmpty()) {
            int bar = pinned.indexOf('|');
            throw bar < 0
                    ? unprocessable("not-found", "VS_EXP_IMPORT_UNK", context.messages.format("VS_EXP_IMPORT_UNK", pinned),
                    "unknown")
                    : unprocessable("not-found", "VS_EXP_IMPORT_UNK_PINNED", context.messages.format(
                    "VS_EXP_IMPORT_UNK_PINNED", pinned.substring(0, bar), pinned.substring(bar + 1)), "not-found");
        }
        ValueSetDefinition valueSet = imported.get();
        if (!pinned.startsWith("#") && valueSet.url() != null) {
            parameters.uri("used-valueset", valueSet.canonical());
        }
        CanonicalStatus.check(parameters, "ValueSet", valueSet.canonical(), valueSet.status(),
                valueSet.standardsStatus(), valueSet.experimental(), source);
        ValueSetExpander inner = new ValueSetExpander(context, parameters, pathway,
                context.limits.maxImportedExpansion(), SearchText.NONE);
        return inner.collect(valueSet);
    }

    private void importPublishedExpansion(ValueSetDefinition valueSet) {
        for (com.fasterxml.jackson.databind.JsonNode contains : valueSet.expansion().path("contains")) {
            importContains(contains, null);
        }
    }

    private void importContains(com.fasterxml.jackson.databind.JsonNode contains, ExpansionCandidate parent) {
        String system = contains.path("system").asText(null);
        String code = contains.path("code").asText(null);
        ExpansionCandidate item = parent;
        if (system != null && code != null) {
            ExpansionCandidate c = ExpansionCandidate.published(system, contains.path("version").asText(null), code,
                    (ObjectNode) contains);
            ExpansionCandidate added = add(c, parent);
            if (added != null) {
                item = added;
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode child : contains.path("contains")) {
            importContains(child, item);
        }
    }

    private boolean passes(List<Set<String>> imports, int from, ExpansionCandidate c) {
        for (int i = from; i < imports.size(); i++) {
            if (!imports.get(i).contains(c.system() + "#" + c.code())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> keysOf(Result result) {
        Set<String> keys = new HashSet<>();
        result.full().forEach(c -> keys.add(c.system() + "#" + c.code()));
        return keys;
    }

    private String key(String system, String version, String code) {
        return doingVersion && !versionsMatch ? system + "|" + version + "#" + code : system + "#" + code;
    }
}
