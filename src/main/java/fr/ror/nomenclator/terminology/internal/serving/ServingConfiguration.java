package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
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
    TerminologyOperations terminologyOperations(StoredContent storedContent,
                                                @Value("${nomenclator.terminology.serving.max-unpaged-expansion:1000}") int maxUnpaged,
                                                @Value("${nomenclator.terminology.serving.max-imported-expansion:100000}") int maxImported,
                                                @Value("${nomenclator.terminology.serving.max-page:10000}") int maxPage) {
        return new SnapshotTerminology(storedContent, Clock.systemUTC(),
                new TxContext.Limits(maxUnpaged, maxImported, maxPage));
    }

    @Bean
    StoredContent storedContent(VersionCatalog catalog, ObjectProvider<BuiltInContent> builtIn,
                                @Value("${nomenclator.terminology.serving.snapshots:64}") int snapshots) {
        return new StoredContent(catalog, snapshots, builtIn.getIfAvailable());
    }

    /** A publication compiles its versions here before it swaps them in. */
    @Bean
    fr.ror.nomenclator.terminology.internal.store.SnapshotPreparation servingPreparation(StoredContent storedContent) {
        return storedContent::prepare;
    }

    /** {@code nomenclator.terminology.serving.warm-up}: compile the default versions once the server is ready. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> servingWarmUp(
            VersionCatalog catalog, StoredContent storedContent,
            @Value("${nomenclator.terminology.serving.snapshots:64}") int snapshots,
            @Value("${nomenclator.terminology.serving.warm-up:true}") boolean enabled) {
        return event -> {
            if (enabled) {
                new ServingWarmUp(catalog, storedContent, snapshots).startInBackground();
            }
        };
    }
}
