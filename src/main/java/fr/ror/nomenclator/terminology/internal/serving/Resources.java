package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one request can see: the resources it supplies ({@code tx-resource}, and the value set or
 * code system it passes inline), which win and are never stored, then the stored published
 * versions. Supplied resources are compiled on first use, once per request.
 */
final class Resources {

    private final StoredContent stored;
    private final List<ObjectNode> supplied;
    private final Map<ObjectNode, CodeSystemSnapshot> compiledCodeSystems = new HashMap<>();
    private final Map<ObjectNode, ValueSetDefinition> compiledValueSets = new HashMap<>();

    Resources(StoredContent stored, List<ObjectNode> supplied) {
        this.stored = stored;
        this.supplied = List.copyOf(supplied);
    }

    boolean hasSupplied() {
        return !supplied.isEmpty();
    }

    StoredContent stored() {
        return stored;
    }

    /** The code system version a url and version select (the latest when no version, a wildcard matches). */
    Optional<CodeSystemSnapshot> codeSystem(String url, String version) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<ObjectNode> own = suppliedMatch("CodeSystem", url, version);
        if (own.isPresent()) {
            return Optional.of(compiledCodeSystems.computeIfAbsent(own.get(), json -> SnapshotBuilder.build(null, null, json)));
        }
        return stored.codeSystem(url, version);
    }

    /** The supplements of a code system the request supplies, by their url or url|version. */
    List<CodeSystemSnapshot> supplementsOf(CodeSystemSnapshot base, Set<String> wanted) {
        List<CodeSystemSnapshot> result = new ArrayList<>();
        for (ObjectNode resource : supplied) {
            if (!"CodeSystem".equals(resource.path("resourceType").asText())) {
                continue;
            }
            String target = resource.path("supplements").asText(null);
            if (target == null) {
                continue;
            }
            String url = resource.path("url").asText("");
            String version = resource.path("version").asText(null);
            boolean named = wanted.contains(url) || (version != null && wanted.contains(url + "|" + version));
            boolean languagePack = isLanguagePack(resource);
            if (!named && !languagePack) {
                continue;
            }
            if (target.equals(base.url()) || (base.version() != null && targetMatches(target, base))) {
                result.add(compiledCodeSystems.computeIfAbsent(resource, json -> SnapshotBuilder.build(null, null, json)));
            }
        }
        return result;
    }

    /** Every supplement the request supplies, whatever it supplements. */
    Optional<CodeSystemSnapshot> supplement(String canonical) {
        for (ObjectNode resource : supplied) {
            if ("CodeSystem".equals(resource.path("resourceType").asText()) && resource.hasNonNull("supplements")) {
                String url = resource.path("url").asText("");
                String version = resource.path("version").asText(null);
                if (canonical.equals(url) || (version != null && canonical.equals(url + "|" + version))) {
                    return Optional.of(compiledCodeSystems.computeIfAbsent(resource,
                            json -> SnapshotBuilder.build(null, null, json)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean targetMatches(String target, CodeSystemSnapshot base) {
        int bar = target.indexOf('|');
        if (bar < 0) {
            return target.equals(base.url());
        }
        return target.substring(0, bar).equals(base.url())
                && VersionMatch.matches(target.substring(bar + 1), base.version());
    }

    /** A supplement that only adds designations in one language to every concept it names. */
    private static boolean isLanguagePack(ObjectNode resource) {
        return false;
    }

    /** Every version of a code system this request can see, supplied and stored. */
    List<String> codeSystemVersions(String url) {
        Set<String> versions = new LinkedHashSet<>();
        for (ObjectNode resource : supplied) {
            if ("CodeSystem".equals(resource.path("resourceType").asText()) && url.equals(resource.path("url").asText())
                    && resource.hasNonNull("version")) {
                versions.add(resource.get("version").asText());
            }
        }
        versions.addAll(stored.codeSystemVersions(url));
        List<String> sorted = new ArrayList<>(versions);
        sorted.sort(VersionOrder.INSTANCE);
        return sorted;
    }

    /** Whether any value set (supplied or stored) has this url: a code system url that names a value set. */
    boolean isValueSet(String url) {
        return suppliedMatch("ValueSet", url, null).isPresent() || stored.valueSet(url, null).isPresent();
    }

    /** Whether a supplement (not a code system) has this url. */
    Optional<CodeSystemSnapshot> supplementByUrl(String url, String version) {
        Optional<ObjectNode> own = suppliedMatch("CodeSystem", url, version);
        return own.filter(json -> json.hasNonNull("supplements") || "supplement".equals(json.path("content").asText()))
                .map(json -> compiledCodeSystems.computeIfAbsent(json, j -> SnapshotBuilder.build(null, null, j)));
    }

    /** The value set a url (possibly {@code url|version}) and version name. */
    Optional<ValueSetDefinition> valueSet(String url, String version) {
        if (url == null) {
            return Optional.empty();
        }
        String base = url;
        String wanted = version;
        int bar = url.indexOf('|');
        if (bar > 0) {
            base = url.substring(0, bar);
            if (wanted == null || wanted.isEmpty()) {
                wanted = url.substring(bar + 1);
            }
        }
        Optional<ObjectNode> own = suppliedMatch("ValueSet", base, wanted);
        if (own.isPresent()) {
            return Optional.of(compiledValueSets.computeIfAbsent(own.get(), ValueSetDefinition::of));
        }
        return stored.valueSet(base, wanted);
    }

    /** A value set supplied inline as the operation's subject ({@code valueSet} parameter). */
    ValueSetDefinition inline(ObjectNode valueSet) {
        return compiledValueSets.computeIfAbsent(valueSet, ValueSetDefinition::of);
    }

    /** A contained value set ({@code #id}) of another value set. */
    Optional<ValueSetDefinition> contained(ValueSetDefinition source, String reference) {
        if (source == null || !reference.startsWith("#")) {
            return Optional.empty();
        }
        ObjectNode json = source.contained().get(reference.substring(1));
        return json == null ? Optional.empty() : Optional.of(compiledValueSets.computeIfAbsent(json, ValueSetDefinition::of));
    }

    /** The concept maps this request can see: supplied first, then stored. */
    List<ObjectNode> conceptMaps() {
        List<ObjectNode> maps = new ArrayList<>();
        for (ObjectNode resource : supplied) {
            if ("ConceptMap".equals(resource.path("resourceType").asText())) {
                maps.add(resource);
            }
        }
        maps.addAll(stored.conceptMaps());
        return maps;
    }

    Optional<ObjectNode> conceptMap(String url, String version) {
        Optional<ObjectNode> own = suppliedMatch("ConceptMap", url, version);
        return own.isPresent() ? own : stored.conceptMap(url, version);
    }

    /** The supplied resource of a type with this url (or url|version) and a matching version, the latest. */
    private Optional<ObjectNode> suppliedMatch(String type, String url, String version) {
        ObjectNode best = null;
        for (ObjectNode resource : supplied) {
            if (!type.equals(resource.path("resourceType").asText())) {
                continue;
            }
            String resourceUrl = resource.path("url").asText(null);
            String resourceVersion = resource.path("version").asText(null);
            boolean urlMatches = url.equals(resourceUrl)
                    || (resourceVersion != null && url.equals(resourceUrl + "|" + resourceVersion));
            if (!urlMatches) {
                continue;
            }
            if (version != null && !version.isEmpty() && !VersionMatch.matches(version, resourceVersion)) {
                continue;
            }
            if (best == null || VersionOrder.INSTANCE.compare(resourceVersion, text(best, "version")) > 0) {
                best = resource;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
