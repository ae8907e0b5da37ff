package fr.ror.nomenclator.loaders.nos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Where the OIDs of the NOS formats meet canonical URLs. SVS and {@code .tabs} name every code
 * system by its OID; FHIR by its URL. The shipped table {@code loaders/nos/oids.yaml} (made from
 * the {@code urn:oid:} identifiers of the ANS files) answers first, so that a file converts the
 * same whatever the store holds; versions in the store that carry a {@code urn:oid:} identifier
 * answer for the OIDs the table does not know.
 */
public final class NosOids {

    public static final String TABLE = "content/loaders/nos/oids.yaml";
    private static final String URN_OID = "urn:oid:";

    private final Map<String, String> table;
    private final Map<String, String> tableOidByKey = new LinkedHashMap<>();
    private final Supplier<List<VersionSummary>> stored;
    private final UnaryOperator<String> keyOfUrl;

    /**
     * @param table    OID → canonical URL
     * @param stored   the versions in the store, read at each lookup
     * @param keyOfUrl the nomenclature key of a URL (both NOS URL styles give one key)
     */
    public NosOids(Map<String, String> table, Supplier<List<VersionSummary>> stored, UnaryOperator<String> keyOfUrl) {
        this.table = Map.copyOf(table);
        this.stored = stored;
        this.keyOfUrl = keyOfUrl;
        new TreeMap<>(table).forEach((oid, url) -> tableOidByKey.putIfAbsent(keyOfUrl.apply(url), oid));
    }

    private static final java.util.regex.Pattern NOS_URL =
            java.util.regex.Pattern.compile("^https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(/.*)?$");

    /** The shipped table, without a store, with the NOS URL rule for keys (for tools and tests). */
    public static NosOids shipped() {
        return shipped(url -> {
            java.util.regex.Matcher m = NOS_URL.matcher(url);
            return m.matches() ? m.group(1) : url;
        });
    }

    /** The shipped table, without a store (for tools and tests). */
    public static NosOids shipped(UnaryOperator<String> keyOfUrl) {
        return new NosOids(shippedTable(), List::of, keyOfUrl);
    }

    public static Map<String, String> shippedTable() {
        try (InputStream in = NosOids.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The NOS OID table " + TABLE + " is not on the classpath");
            }
            Table parsed = new ObjectMapper(new YAMLFactory()).readValue(in, Table.class);
            return parsed.oids() == null ? Map.of() : parsed.oids();
        } catch (IOException e) {
            throw new UncheckedIOException("The NOS OID table " + TABLE + " cannot be read", e);
        }
    }

    record Table(LinkedHashMap<String, String> oids) {
    }

    /** The canonical URL of the nomenclature with this OID. */
    public Optional<String> urlOf(String oid) {
        String known = table.get(oid);
        if (known != null) {
            return Optional.of(known);
        }
        return carrying(oid).map(VersionSummary::canonicalUrl);
    }

    /** The OID of the nomenclature a URL (any of its styles or aliases) names. */
    public Optional<String> oidOf(String url) {
        String key = keyOfUrl.apply(url);
        String fromTable = tableOidByKey.get(key);
        if (fromTable != null) {
            return Optional.of(fromTable);
        }
        return stored.get().stream().filter(v -> v.canonicalKey().equals(key))
                .sorted(Comparator.comparing(VersionSummary::version, VersionOrder.INSTANCE).reversed())
                .flatMap(v -> v.identifiers().stream()).map(NosOids::oidIn).flatMap(Optional::stream).findFirst();
    }

    /** The OID of an identifier written {@code system|value}, when its value is {@code urn:oid:...}. */
    public static Optional<String> oidIn(String identifier) {
        String value = identifier.substring(identifier.indexOf('|') + 1);
        return value.startsWith(URN_OID) ? Optional.of(value.substring(URN_OID.length())) : Optional.empty();
    }

    private Optional<VersionSummary> carrying(String oid) {
        return stored.get().stream()
                .filter(v -> v.identifiers().stream().map(NosOids::oidIn).flatMap(Optional::stream).anyMatch(oid::equals))
                .max(Comparator.comparing(VersionSummary::version, VersionOrder.INSTANCE));
    }
}
