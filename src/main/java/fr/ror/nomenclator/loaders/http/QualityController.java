package fr.ror.nomenclator.loaders.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.QualityChecks;
import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ReplacementPolicy;
import fr.ror.nomenclator.terminology.VersionCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quality loop on demand: {@code GET /api/quality} checks the versions in force (public, like
 * them); {@code POST /api/quality} checks FHIR content sent in the body as if it were published with
 * what is in force, and stores nothing (any signed-in person). The replacement rules of the working
 * groups come from the {@link ReplacementPolicy} governance provides, so this module needs no
 * knowledge of governance.
 */
@RestController
@Tag(name = "Quality checks", description = "The quality loop (boucle qualité): named rules with a severity;"
        + " an error blocks a publication")
class QualityController {

    private final QualityChecks checks;
    private final NomenclatureCatalogue catalogue;
    private final FhirResourceReader fhir;
    private final ReplacementPolicy policy;
    private final VersionCatalog catalog;
    /** The last report in force: one run reads every version, and nothing changes it but new content. */
    private final AtomicReference<Cached> lastInForce = new AtomicReference<>();

    private record Cached(long generation, LocalDate asOf, QualityReport report) {
    }

    QualityController(QualityChecks checks, NomenclatureCatalogue catalogue, FhirResourceReader fhir,
                      ObjectProvider<ReplacementPolicy> policy, VersionCatalog catalog) {
        this.checks = checks;
        this.catalogue = catalogue;
        this.fhir = fhir;
        this.policy = policy.getIfAvailable(() -> ReplacementPolicy.NONE);
        this.catalog = catalog;
    }

    @GetMapping(path = "/api/quality", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check the versions in force",
            description = "Runs every rule over the latest published version of each nomenclature, drafts never."
                    + " The filters narrow the findings shown, not the checks run. Public.")
    QualityReportView inForce(
            @Parameter(description = "a nomenclature: NOS id, canonical URL or URL alias") @RequestParam(required = false) String url,
            @Parameter(description = "a rule id, e.g. value-set-member-missing") @RequestParam(required = false) String rule,
            @Parameter(description = "error, warning or information") @RequestParam(required = false) String severity,
            @Parameter(description = "the date retirements are judged on (yyyy-MM-dd), default today")
            @RequestParam(required = false) String date) {
        LocalDate asOf = date(date);
        Predicate<QualityFinding> shown = filter(url, rule, severity);
        return QualityReportView.of(inForce(asOf), asOf, shown);
    }

    /**
     * The report on what is in force on a date, reused while the stored content has not changed
     * (the catalog's generation): the governance rules are read once at start.
     */
    private QualityReport inForce(LocalDate asOf) {
        long generation = catalog.generation();
        Cached cached = lastInForce.get();
        if (cached != null && cached.generation() == generation && cached.asOf().equals(asOf)) {
            return cached.report();
        }
        QualityReport report = checks.check(new QualityRequest(List.of(), policy.replacementRequired(), asOf));
        lastInForce.set(new Cached(generation, asOf, report));
        return report;
    }

    @PostMapping(path = "/api/quality", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check FHIR content without storing it",
            description = "The body is one FHIR R4 CodeSystem, ValueSet or ConceptMap, or a Bundle of them, in JSON"
                    + " or XML. It is checked as a release candidate over what is in force: its references resolve"
                    + " to itself first; value sets and concept maps in force that draw on it report what it would"
                    + " change. Nothing is stored. Any signed-in person.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "FHIR R4 CodeSystem, ValueSet, ConceptMap or Bundle",
                    content = {@Content(mediaType = "application/fhir+json"), @Content(mediaType = "application/json"),
                            @Content(mediaType = "application/fhir+xml")}))
    QualityReportView content(HttpServletRequest request,
            @Parameter(description = "error, warning or information") @RequestParam(required = false) String severity,
            @Parameter(description = "the date retirements are judged on (yyyy-MM-dd), default today")
            @RequestParam(required = false) String date) throws IOException {
        LocalDate asOf = date(date);
        Predicate<QualityFinding> shown = filter(null, null, severity);
        long max = fhir.maxBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) max + 1);
        }
        if (content.length > max) {
            throw tooLarge(max);
        }
        List<ObjectNode> resources = fhir.read("request body", content);
        QualityReport report = checks.check(new QualityRequest(List.of(), policy.replacementRequired(), asOf),
                resources);
        return QualityReportView.of(report, asOf, shown);
    }

    private Predicate<QualityFinding> filter(String url, String rule, String severity) {
        Predicate<QualityFinding> shown = f -> true;
        if (url != null && !url.isBlank()) {
            String key = catalogue.canonicalKey(url.strip());
            shown = shown.and(f -> catalogue.canonicalKey(f.url()).equals(key));
        }
        if (rule != null && !rule.isBlank()) {
            List<String> ids = checks.rules().stream().map(QualityRule::id).toList();
            if (!ids.contains(rule)) {
                throw new LoadException(LoadError.BAD_REQUEST, "rule", "'" + rule + "' is not a quality rule (expected one of "
                        + String.join(", ", ids) + ")");
            }
            shown = shown.and(f -> f.rule().equals(rule));
        }
        if (severity != null && !severity.isBlank()) {
            QualitySeverity wanted = Arrays.stream(QualitySeverity.values())
                    .filter(s -> s.name().equalsIgnoreCase(severity.strip())).findFirst()
                    .orElseThrow(() -> new LoadException(LoadError.BAD_REQUEST, "severity", "'" + severity
                            + "' is not a severity (expected " + Arrays.stream(QualitySeverity.values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")"));
            shown = shown.and(f -> f.severity() == wanted);
        }
        return shown;
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new LoadException(LoadError.BAD_REQUEST, "date", "'" + date + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static LoadException tooLarge(long max) {
        return new LoadException(LoadError.TOO_LARGE, "request body", "content larger than the limit of "
                + FhirResourceReader.humanSize(max) + " (nomenclator.loaders.max-resource-size)");
    }
}
