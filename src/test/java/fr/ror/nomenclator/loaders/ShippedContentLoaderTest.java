package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.StoreMarkers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShippedContentLoaderTest {

    private final RecordingContentImport store = new RecordingContentImport();
    private final MemoryMarkers markers = new MemoryMarkers();
    private final BatchLoader loader = new BatchLoader(store, FhirResourceReader.withDefaults(),
            new ContentSources(LoaderProperties.defaults()));

    @Test
    void everyCatalogueSourceIsLoadedFromTheClasspathOnce() {
        ShippedContentLoader shipped = new ShippedContentLoader(catalogue(
                List.of("loaders-test/TRE_R227_ChampActivite.json"),
                List.of("loaders-test/TRE_R227_ChampActivite.json")), loader, markers);

        LoadReport report = shipped.load();

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.sourcesRead()).isEqualTo(1);
        assertThat(store.sources).containsExactly("classpath:content/terminology/loaders-test/TRE_R227_ChampActivite.json");
    }

    @Test
    void aShippedFileThatFailsStopsTheStartWithTheFailuresListed() {
        ShippedContentLoader shipped = new ShippedContentLoader(catalogue(
                List.of("loaders-test/TRE_R227_ChampActivite.json", "loaders-test/missing.json")), loader, markers);

        assertThatThrownBy(shipped::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Shipped content failed to load (1 failures)")
                .hasMessageContaining("classpath:content/terminology/loaders-test/missing.json: cannot be read: ");
    }

    @Test
    void aRestartWithTheSameShippedFilesReadsNothingAndAChangedFileIsLoadedAgain() {
        ShippedContentLoader shipped = new ShippedContentLoader(catalogue(
                List.of("loaders-test/TRE_R227_ChampActivite.json")), loader, markers);

        shipped.run(null);
        shipped.run(null);
        assertThat(store.sources).hasSize(1);
        assertThat(markers.values).containsKey(ShippedContentLoader.DIGEST_MARKER);

        markers.values.put(ShippedContentLoader.DIGEST_MARKER, "digest of other files");
        shipped.run(null);
        assertThat(store.sources).hasSize(2);
    }

    /** Markers kept in memory: the real ones live in the graph (terminology's GraphStoreMarkers). */
    static final class MemoryMarkers implements StoreMarkers {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    }

    @SafeVarargs
    private static NomenclatureCatalogue catalogue(List<String>... sources) {
        List<Nomenclature> nomenclatures = java.util.Arrays.stream(sources)
                .map(s -> new Nomenclature("TRE_R227-ChampActivite", ResourceKind.CODE_SYSTEM, Fixtures.TRE_R227_URL,
                        List.of(), "gt-mco", "Champ d'activité", s))
                .toList();
        return new NomenclatureCatalogue() {
            @Override
            public List<Nomenclature> nomenclatures() {
                return nomenclatures;
            }

            @Override
            public Optional<Nomenclature> byUrl(String url) {
                return Optional.empty();
            }

            @Override
            public String canonicalKey(String url) {
                return url;
            }
        };
    }
}
