package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.StoreMarkers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the nomenclatures shipped in the jar ({@code classpath:content/terminology/}, one file
 * per catalogue source) at start. Loading is idempotent; on top of that, the digest of the
 * shipped files last loaded is kept in the store, so a restart with the same jar reads nothing.
 * Shipped content must be valid: any failure stops the start with the list.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
@ConditionalOnProperty(prefix = "nomenclator.loaders", name = "load-shipped-content", havingValue = "true",
        matchIfMissing = true)
public class ShippedContentLoader implements ApplicationRunner {

    static final String CONTENT_FOLDER = "content/terminology/";
    static final String DIGEST_MARKER = "shipped-content-digest";

    private static final Logger log = LoggerFactory.getLogger(ShippedContentLoader.class);

    private final NomenclatureCatalogue catalogue;
    private final BatchLoader loader;
    private final StoreMarkers markers;

    public ShippedContentLoader(NomenclatureCatalogue catalogue, BatchLoader loader, StoreMarkers markers) {
        this.catalogue = catalogue;
        this.loader = loader;
        this.markers = markers;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<LoadSource> sources = shippedSources();
        String digest = digest(sources);
        if (markers.get(DIGEST_MARKER).filter(digest::equals).isPresent()) {
            log.info("Shipped content: {} sources already loaded (digest {})", sources.size(), digest.substring(0, 12));
            return;
        }
        load();
        markers.put(DIGEST_MARKER, digest);
    }

    /** SHA-256 over every shipped source's name and bytes. */
    static String digest(List<LoadSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (LoadSource source : sources) {
                sha.update(source.name().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(source.open(), sha)) {
                    while (in.read(buffer) != -1) {
                        // the digest stream hashes what is read
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Shipped content cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws IllegalStateException listing every failure when a shipped file does not load
     */
    public LoadReport load() {
        List<LoadSource> sources = shippedSources();
        LoadReport report = loader.loadSources(sources, LoadListener.NONE);
        if (!report.succeeded()) {
            String failures = report.failures().stream().map(LoadFailure::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            throw new IllegalStateException("Shipped content failed to load (" + report.failed() + " failures):"
                    + failures);
        }
        log.info("Shipped content: {}", report.summary());
        return report;
    }

    List<LoadSource> shippedSources() {
        ClassLoader classLoader = ShippedContentLoader.class.getClassLoader();
        return catalogue.nomenclatures().stream()
                .flatMap(n -> n.sources() == null ? Stream.<String>empty() : n.sources().stream())
                .distinct()
                .map(source -> LoadSource.classpath(CONTENT_FOLDER + source, classLoader))
                .toList();
    }
}
