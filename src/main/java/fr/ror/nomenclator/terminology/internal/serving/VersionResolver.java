package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.List;

/**
 * Finds the code system version a request means: by URL (canonical or alias) and business
 * version, or without a version the one {@link VersionCatalog#latest} serves by default.
 */
final class VersionResolver {

    sealed interface Resolution {
    }

    record Found(VersionSummary version) implements Resolution {
    }

    record UnknownSystem(String system) implements Resolution {
    }

    /** @param known the versions the system has, oldest first */
    record UnknownVersion(String system, String version, List<String> known) implements Resolution {
    }

    private final VersionCatalog catalog;

    VersionResolver(VersionCatalog catalog) {
        this.catalog = catalog;
    }

    Resolution resolve(String system, String version) {
        List<VersionSummary> versions = catalog.versionsOf(ResourceKind.CODE_SYSTEM, system);
        if (versions.isEmpty()) {
            return new UnknownSystem(system);
        }
        if (version == null || version.isBlank()) {
            return catalog.latest(ResourceKind.CODE_SYSTEM, system).<Resolution>map(Found::new)
                    .orElseGet(() -> new UnknownSystem(system));
        }
        return versions.stream().filter(v -> version.equals(v.version())).findFirst().<Resolution>map(Found::new)
                .orElseGet(() -> new UnknownVersion(system, version,
                        versions.stream().map(VersionSummary::version).distinct().toList()));
    }
}
