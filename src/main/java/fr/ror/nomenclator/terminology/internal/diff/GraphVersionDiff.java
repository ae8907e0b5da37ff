package fr.ror.nomenclator.terminology.internal.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Compares versions materialised by the {@link VersionCatalog} (from memory once read). */
@Service
class GraphVersionDiff implements VersionDiff {

    static final String UNKNOWN_NOMENCLATURE = "TE401";
    static final String UNKNOWN_VERSION = "TE402";

    private final VersionCatalog catalog;
    private final ChangelogBuilder builder;

    GraphVersionDiff(VersionCatalog catalog, NomenclatureCatalogue nomenclatures) {
        this.catalog = catalog;
        this.builder = new ChangelogBuilder(nomenclatures::canonicalKey);
    }

    @Override
    public Changelog between(ResourceKind kind, String url, String fromVersion, String toVersion) {
        List<VersionSummary> versions = catalog.versionsOf(kind, url);
        if (versions.isEmpty()) {
            throw new UnknownResourceException(UNKNOWN_NOMENCLATURE, "no " + kind.fhirType() + " " + url + " is stored");
        }
        ObjectNode from = resource(kind, url, versions, fromVersion);
        ObjectNode to = resource(kind, url, versions, toVersion);
        return builder.compare(kind, from, to);
    }

    @Override
    public Changelog compare(ResourceKind kind, ObjectNode from, ObjectNode to) {
        return builder.compare(kind, from, to);
    }

    private ObjectNode resource(ResourceKind kind, String url, List<VersionSummary> versions, String version) {
        VersionSummary summary = versions.stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new UnknownResourceException(UNKNOWN_VERSION, kind.fhirType() + " " + url
                        + " has no version " + version + " (stored: " + versions.stream().map(VersionSummary::version)
                        .collect(Collectors.joining(", ")) + ")"));
        return catalog.resource(kind, summary.id()).orElseThrow(() -> new UnknownResourceException(UNKNOWN_VERSION,
                kind.fhirType() + "/" + summary.id() + " is no longer stored"));
    }
}
