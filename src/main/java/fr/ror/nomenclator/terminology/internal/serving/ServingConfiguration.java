package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

    /**
     * {@code nomenclator.terminology.serving.snapshots}: how many code system versions stay compiled
     * in memory (least recently used evicted; an evicted one is rebuilt on its next use).
     * {@code max-unpaged-expansion}: the most codes an expansion returns without {@code count}
     * (larger ones are refused as too costly: page them). {@code max-imported-expansion}: the most
     * codes a value set imported by another may hold. {@code max-page}: the largest {@code count} honoured.
     */
    @Bean
    TerminologyOperations terminologyOperations(VersionCatalog catalog,
                                                org.springframework.beans.factory.ObjectProvider<BuiltInContent> builtIn,
                                                @Value("${nomenclator.terminology.serving.snapshots:64}") int snapshots,
                                                @Value("${nomenclator.terminology.serving.max-unpaged-expansion:1000}") int maxUnpaged,
                                                @Value("${nomenclator.terminology.serving.max-imported-expansion:100000}") int maxImported,
                                                @Value("${nomenclator.terminology.serving.max-page:10000}") int maxPage) {
        return new SnapshotTerminology(new StoredContent(catalog, snapshots, builtIn.getIfAvailable()), Clock.systemUTC(),
                new TxContext.Limits(maxUnpaged, maxImported, maxPage));
    }
}
