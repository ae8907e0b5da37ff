package fr.ror.nomenclator.governance.internal;

import fr.ror.nomenclator.governance.operation.Keys;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What people write to name a nomenclature in an operation (its NOS id, {@code TRE_R211-...}, or
 * any of its canonical URLs) resolved against the catalogue and the stored versions; and the
 * version a change works on: the open draft, else the version served by default.
 */
final class NomenclatureReferences implements Keys {

    private final NomenclatureCatalogue catalogue;
    private final VersionCatalog versions;

    NomenclatureReferences(NomenclatureCatalogue catalogue, VersionCatalog versions) {
        this.catalogue = catalogue;
        this.versions = versions;
    }

    @Override
    public String key(ResourceKind kind, String reference) {
        if (reference == null) {
            return "";
        }
        return byNosId(kind, reference).map(Nomenclature::nosId).orElseGet(() -> catalogue.canonicalKey(reference));
    }

    /** A URL the version catalogue answers for, or empty when nothing of the nomenclature is stored. */
    Optional<String> url(ResourceKind kind, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Optional<String> url = byNosId(kind, reference).map(Nomenclature::url);
        if (url.isPresent()) {
            return url;
        }
        if (!versions.versionsOf(kind, reference).isEmpty()) {
            return Optional.of(reference);
        }
        String key = key(kind, reference);
        return versions.versions(kind).stream().filter(v -> v.canonicalKey().equals(key)).map(VersionSummary::url)
                .findFirst();
    }

    /** The version changes apply to: the open draft (the highest, should there be several), else the latest. */
    Optional<VersionSummary> base(ResourceKind kind, String reference) {
        return url(kind, reference).flatMap(url -> {
            List<VersionSummary> all = versions.versionsOf(kind, url);
            Optional<VersionSummary> draft = all.stream().filter(v -> "draft".equals(v.status()))
                    .max(Comparator.comparing(VersionSummary::version, VersionOrder.INSTANCE));
            return draft.isPresent() ? draft : versions.latest(kind, url);
        });
    }

    /** The served (latest) version of a nomenclature given by key. */
    Optional<VersionSummary> latestOfKey(ResourceKind kind, String key) {
        return versions.versions(kind).stream().filter(v -> v.canonicalKey().equals(key)).findFirst()
                .flatMap(v -> versions.latest(kind, v.url()));
    }

    Optional<Nomenclature> entry(ResourceKind kind, String key) {
        return catalogue.nomenclatures().stream().filter(n -> n.kind() == kind && n.nosId().equals(key)).findFirst();
    }

    private Optional<Nomenclature> byNosId(ResourceKind kind, String reference) {
        return catalogue.nomenclatures().stream().filter(n -> n.kind() == kind && n.nosId().equals(reference))
                .findFirst().or(() -> catalogue.byUrl(reference).filter(n -> n.kind() == kind));
    }
}
