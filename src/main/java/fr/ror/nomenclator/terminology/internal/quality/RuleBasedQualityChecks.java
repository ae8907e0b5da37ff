package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.QualityChecks;
import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The quality loop over the rules of {@link Rules}. Without versions, it checks every version in
 * force. With versions (stored or handed in), it checks them as a release candidate, and also the
 * value sets and concept maps in force that draw on them, reporting for those only what the
 * candidate changes: a defect they already had is theirs, not the release's.
 */
@Service
class RuleBasedQualityChecks implements QualityChecks {

    static final String UNKNOWN_VERSION = "TE405";

    private final VersionCatalog catalog;
    private final NomenclatureCatalogue catalogue;
    private final ConceptLineage lineage;
    private final ObjectProvider<BuiltInContent> builtIn;
    private final Clock clock;
    private final List<Rule> rules;

    @org.springframework.beans.factory.annotation.Autowired
    RuleBasedQualityChecks(VersionCatalog catalog, NomenclatureCatalogue catalogue, ConceptLineage lineage,
                           ObjectProvider<BuiltInContent> builtIn) {
        this(catalog, catalogue, lineage, builtIn, Clock.systemUTC(), Rules.ALL);
    }

    RuleBasedQualityChecks(VersionCatalog catalog, NomenclatureCatalogue catalogue, ConceptLineage lineage,
                           ObjectProvider<BuiltInContent> builtIn, Clock clock, List<Rule> rules) {
        this.catalog = catalog;
        this.catalogue = catalogue;
        this.lineage = lineage;
        this.builtIn = builtIn;
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<QualityRule> rules() {
        return rules.stream().map(Rule::definition).toList();
    }

    @Override
    public QualityReport check(QualityRequest request) {
        return check(request, List.of());
    }

    @Override
    public QualityReport check(QualityRequest request, List<ObjectNode> resources) {
        List<Checked> candidates = new ArrayList<>(requested(request.versionIds()));
        for (ObjectNode resource : resources) {
            candidates.add(unstored(resource));
        }
        Set<String> replacementRequired = new HashSet<>();
        request.replacementRequired().forEach(url -> replacementRequired.add(catalogue.canonicalKey(url)));
        QualityContext context = new QualityContext(catalog, catalogue, builtIn.getIfAvailable(), lineage,
                request.asOf(), replacementRequired, candidates);
        Findings findings = new Findings();
        List<Checked> checked = new ArrayList<>();
        if (candidates.isEmpty()) {
            checked.addAll(inForce(context));
            checked.forEach(v -> run(v, context, findings));
        } else {
            checked.addAll(candidates);
            checked.forEach(v -> run(v, context, findings));
            QualityContext before = context.withoutCandidates();
            for (Checked dependent : dependents(context)) {
                checked.add(dependent);
                introduced(dependent, context, before).forEach(findings.all()::add);
            }
        }
        List<String> ids = checked.stream().map(Checked::versionId).filter(id -> id != null).distinct().toList();
        return new QualityReport(clock.instant(), ids, rules(), sorted(findings.all()));
    }

    private void run(Checked version, QualityContext context, Findings findings) {
        for (Rule rule : rules) {
            if (rule.appliesTo().contains(version.kind())) {
                rule.check(version, context, findings);
            }
        }
    }

    private List<Checked> requested(List<String> versionIds) {
        Map<String, VersionSummary> byId = new LinkedHashMap<>();
        catalog.versions().forEach(v -> byId.put(v.id(), v));
        List<Checked> requested = new ArrayList<>();
        for (String id : new LinkedHashSet<>(versionIds)) {
            VersionSummary summary = byId.get(id);
            if (summary == null) {
                throw new UnknownResourceException(UNKNOWN_VERSION, "no stored version has the id '" + id + "'");
            }
            requested.add(new Checked(summary.kind(), summary.id(), summary.canonicalKey(),
                    catalog.resource(summary.kind(), id).orElseThrow(() -> new UnknownResourceException(
                            UNKNOWN_VERSION, "no stored version has the id '" + id + "'"))));
        }
        return requested;
    }

    private Checked unstored(ObjectNode resource) {
        String type = Json.text(resource, "resourceType");
        ResourceKind kind = ResourceKind.ofFhirType(type).orElseThrow(() -> new InvalidContentException("TE101",
                "a " + (type == null ? "resource without resourceType" : type) + " cannot be checked; expected "
                        + "CodeSystem, ValueSet or ConceptMap"));
        String url = Json.text(resource, "url");
        if (url == null) {
            throw new InvalidContentException("TE102", type + " " + Json.text(resource, "id") + " has no url");
        }
        return new Checked(kind, null, catalogue.canonicalKey(url), resource.deepCopy());
    }

    /** The stored version in force of every nomenclature, drafts never. */
    private List<Checked> inForce(QualityContext context) {
        Map<String, List<VersionSummary>> byNomenclature = new LinkedHashMap<>();
        catalog.versions().forEach(v -> byNomenclature.computeIfAbsent(v.kind() + " " + v.canonicalKey(),
                k -> new ArrayList<>()).add(v));
        List<Checked> inForce = new ArrayList<>();
        byNomenclature.values().forEach(versions -> context.inForceSummary(versions).map(context::stored)
                .ifPresent(inForce::add));
        return inForce;
    }

    /**
     * The value sets and concept maps in force that the candidate does not replace but that refer to
     * one of its nomenclatures: publishing the candidate changes what they mean.
     */
    private List<Checked> dependents(QualityContext context) {
        Set<String> candidateKeys = new HashSet<>();
        context.candidates().forEach(c -> candidateKeys.add(c.kind() + " " + c.key()));
        List<Checked> dependents = new ArrayList<>();
        for (Checked version : inForce(context)) {
            if (version.kind() == ResourceKind.CODE_SYSTEM || candidateKeys.contains(version.kind() + " " + version.key())) {
                continue;
            }
            boolean refers = Reference.of(version).stream()
                    .anyMatch(r -> candidateKeys.contains(r.kind() + " " + context.key(r.url())));
            if (refers) {
                dependents.add(version);
            }
        }
        return dependents;
    }

    /** The findings on a dependent with the candidate that it does not have without: by rule and code. */
    private List<QualityFinding> introduced(Checked dependent, QualityContext with, QualityContext without) {
        Findings after = new Findings();
        run(dependent, with, after);
        Findings before = new Findings();
        run(dependent, without, before);
        Set<String> known = new HashSet<>();
        before.all().forEach(f -> known.add(f.rule() + " " + f.code()));
        return after.all().stream().filter(f -> !known.contains(f.rule() + " " + f.code())).toList();
    }

    /** By resource (kind, nomenclature, version), then rule, then the order the rule found them in. */
    private List<QualityFinding> sorted(List<QualityFinding> findings) {
        Map<String, Integer> order = new LinkedHashMap<>();
        rules.forEach(r -> order.put(r.definition().id(), order.size()));
        Comparator<QualityFinding> byResource = Comparator.comparing(QualityFinding::kind)
                .thenComparing(f -> catalogue.canonicalKey(f.url()))
                .thenComparing(QualityFinding::version, Comparator.nullsFirst(VersionOrder.INSTANCE));
        return findings.stream().sorted(byResource.thenComparing(f -> order.getOrDefault(f.rule(), order.size())))
                .toList();
    }
}
