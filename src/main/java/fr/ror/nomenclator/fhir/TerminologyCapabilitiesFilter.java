package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.TerminologyCapabilities;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /fhir/metadata?mode=terminology}: the TerminologyCapabilities of the server (HAPI's
 * plain server only answers CapabilityStatements): the code systems it holds, and the expansion
 * and validation parameters it understands.
 */
final class TerminologyCapabilitiesFilter extends OncePerRequestFilter {

    static final List<String> EXPANSION_PARAMETERS = List.of("activeOnly", "check-system-version", "count",
            "displayLanguage", "excludeNested", "force-system-version", "includeDefinition", "includeDesignations",
            "offset", "property", "system-version", "tx-resource", "filter", "designation", "useSupplement",
            "default-valueset-version", "excludeNotForUI", "valueSetVersion", "date");

    private final FhirContext fhirContext;
    private final String version;
    private final Date releaseDate;
    private final fr.ror.nomenclator.terminology.VersionCatalog catalog;

    TerminologyCapabilitiesFilter(FhirContext fhirContext, String version, Date releaseDate,
                                  fr.ror.nomenclator.terminology.VersionCatalog catalog) {
        this.fhirContext = fhirContext;
        this.version = version;
        this.releaseDate = releaseDate;
        this.catalog = catalog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/fhir/metadata") && "terminology".equals(request.getParameter("mode")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TerminologyCapabilities capabilities = new TerminologyCapabilities();
        capabilities.setUrl("https://nomenclator.esante.fr/fhir/TerminologyCapabilities/nomenclator");
        capabilities.setVersion(version);
        capabilities.setName("Nomenclator");
        capabilities.setTitle("Nomenclator terminology capabilities");
        capabilities.setStatus(PublicationStatus.ACTIVE);
        capabilities.setDate(releaseDate);
        capabilities.setKind(TerminologyCapabilities.CapabilityStatementKind.INSTANCE);
        capabilities.getSoftware().setName(NomenclatorFhirServer.SERVER_NAME).setVersion(version);
        java.util.Map<String, java.util.List<String>> versions = new java.util.TreeMap<>();
        catalog.versions(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM).forEach(v ->
                versions.computeIfAbsent(v.url(), u -> new java.util.ArrayList<>()).add(v.version()));
        versions.forEach((url, list) -> {
            TerminologyCapabilities.TerminologyCapabilitiesCodeSystemComponent cs = capabilities.addCodeSystem().setUri(url);
            list.forEach(v -> cs.addVersion().setCode(v));
        });
        TerminologyCapabilities.TerminologyCapabilitiesExpansionComponent expansion = capabilities.getExpansion();
        expansion.setHierarchical(true).setPaging(true).setIncomplete(false);
        EXPANSION_PARAMETERS.forEach(name -> expansion.addParameter().setName(name));
        capabilities.getValidateCode().setTranslations(true);
        capabilities.getTranslation().setNeedsMap(false);
        boolean xml = wantsXml(request);
        IParser parser = xml ? fhirContext.newXmlParser() : fhirContext.newJsonParser();
        response.setStatus(200);
        response.setContentType(xml ? Constants.CT_FHIR_XML_NEW : Constants.CT_FHIR_JSON_NEW);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(parser.encodeResourceToString(capabilities));
    }

    private static boolean wantsXml(HttpServletRequest request) {
        String format = request.getParameter("_format");
        if (format != null) {
            return format.contains("xml");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("xml") && !accept.contains("json");
    }
}
