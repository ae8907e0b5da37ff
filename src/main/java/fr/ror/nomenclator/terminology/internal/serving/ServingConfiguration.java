package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ConceptLookup;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    /**
     * {@code nomenclator.terminology.serving.snapshots}: how many code system versions stay
     * compiled in memory (least recently used evicted; an evicted one is rebuilt on its next use).
     */
    @Bean
    ConceptLookup conceptLookup(VersionCatalog catalog,
                                @Value("${nomenclator.terminology.serving.snapshots:64}") int snapshots) {
        SnapshotCache cache = new SnapshotCache(snapshots, version -> SnapshotBuilder.build(version.id(),
                version.contentHash(), catalog.resource(ResourceKind.CODE_SYSTEM, version.id())
                        .orElseThrow(() -> new UnknownResourceException(SnapshotConceptLookup.UNKNOWN_VERSION,
                                "CodeSystem/" + version.id() + " is no longer stored"))));
        return new SnapshotConceptLookup(new VersionResolver(catalog), cache, Clock.systemUTC());
    }
}
