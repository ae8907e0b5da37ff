package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FHIR R4 core code systems and value sets, from HAPI's validation resources
 * ({@code valuesets.xml}). Read once, on the first request that names an HL7 URL the store does
 * not hold; kept as compact JSON text (about 6 MB), each resource parsed when asked.
 */
final class FhirCoreContent implements BuiltInContent {

    private static final Logger LOG = LoggerFactory.getLogger(FhirCoreContent.class);
    private static final String BUNDLE = "/org/hl7/fhir/r4/model/valueset/valuesets.xml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirContext fhirContext;
    private volatile Map<String, String> byKindAndUrl;

    FhirCoreContent(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public Optional<ObjectNode> resource(ResourceKind kind, String url) {
        if (!BuiltInContent.mayHold(url) || kind == ResourceKind.CONCEPT_MAP) {
            return Optional.empty();
        }
        String text = index().get(kind.fhirType() + " " + url);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((ObjectNode) JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Built-in " + kind.fhirType() + " " + url + " cannot be read", e);
        }
    }

    private Map<String, String> index() {
        Map<String, String> index = byKindAndUrl;
        if (index == null) {
            synchronized (this) {
                if (byKindAndUrl == null) {
                    byKindAndUrl = load();
                }
                index = byKindAndUrl;
            }
        }
        return index;
    }

    private Map<String, String> load() {
        long start = System.nanoTime();
        try (InputStream in = FhirCoreContent.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                LOG.warn("FHIR core terminology not found on the classpath ({})", BUNDLE);
                return Map.of();
            }
            Bundle bundle = fhirContext.newXmlParser().parseResource(Bundle.class, in);
            IParser json = fhirContext.newJsonParser();
            Map<String, String> index = new HashMap<>();
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() instanceof MetadataResource resource && resource.hasUrl()) {
                    resource.setText(null);
                    index.putIfAbsent(resource.fhirType() + " " + resource.getUrl(), json.encodeResourceToString(resource));
                }
            }
            LOG.info("FHIR core terminology: {} code systems and value sets read in {} ms", index.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return Map.copyOf(index);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLE, e);
        }
    }
}
