package fr.ror.nomenclator.terminology.internal.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue read from {@code terminology/catalogue.yaml}, plus the NOS URL rule: both URL
 * styles of a NOS resource ({@code .../NOS/X} and {@code .../NOS/X/FHIR/...}) name nomenclature X.
 */
public final class YamlNomenclatureCatalogue implements NomenclatureCatalogue {

    private static final Pattern NOS_URL = Pattern.compile("^https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(/.*)?$");

    private final List<Nomenclature> nomenclatures;
    private final Map<String, Nomenclature> byUrl = new HashMap<>();

    record Entry(String nosId, String kind, String url, List<String> aliases, String workingGroup, String title,
                 List<String> sources) {
    }

    record File(List<Entry> nomenclatures) {
    }

    public YamlNomenclatureCatalogue(String name, InputStream yaml) {
        File file = read(name, yaml);
        this.nomenclatures = file.nomenclatures() == null ? List.of()
                : file.nomenclatures().stream().map(e -> toNomenclature(name, e)).toList();
        Map<String, String> ids = new HashMap<>();
        for (Nomenclature n : nomenclatures) {
            if (ids.put(n.kind() + "|" + n.nosId(), n.nosId()) != null) {
                throw new IllegalStateException(name + ": nomenclature " + n.nosId() + " is declared twice");
            }
            register(name, n.url(), n);
            n.aliases().forEach(alias -> register(name, alias, n));
        }
    }

    private static File read(String name, InputStream yaml) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(yaml, File.class);
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining()).replaceFirst("^\\.", "");
            throw new IllegalStateException(name + ": " + path + ": " + e.getOriginalMessage() + " (near line "
                    + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Nomenclature toNomenclature(String name, Entry e) {
        if (e.nosId() == null || e.url() == null || e.kind() == null) {
            throw new IllegalStateException(name + ": every nomenclature needs nosId, kind and url (" + e + ")");
        }
        ResourceKind kind = ResourceKind.ofFhirType(e.kind()).orElseThrow(() -> new IllegalStateException(
                name + ": nomenclature " + e.nosId() + " has kind '" + e.kind()
                        + "'; expected CodeSystem, ValueSet or ConceptMap"));
        return new Nomenclature(e.nosId(), kind, e.url(), e.aliases() == null ? List.of() : List.copyOf(e.aliases()),
                e.workingGroup(), e.title(), e.sources() == null ? List.of() : List.copyOf(e.sources()));
    }

    private void register(String name, String url, Nomenclature n) {
        Nomenclature previous = byUrl.put(url, n);
        if (previous != null && previous != n && previous.kind() == n.kind()) {
            throw new IllegalStateException(name + ": URL " + url + " is claimed by both " + previous.nosId()
                    + " and " + n.nosId());
        }
    }

    @Override
    public List<Nomenclature> nomenclatures() {
        return nomenclatures;
    }

    @Override
    public Optional<Nomenclature> byUrl(String url) {
        return Optional.ofNullable(url == null ? null : byUrl.get(url));
    }

    @Override
    public String canonicalKey(String url) {
        Nomenclature known = byUrl.get(url);
        if (known != null) {
            return known.nosId();
        }
        Matcher nos = NOS_URL.matcher(url);
        return nos.matches() ? nos.group(1) : url;
    }
}
