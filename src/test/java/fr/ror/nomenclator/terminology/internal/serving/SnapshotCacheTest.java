package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    final AtomicInteger builds = new AtomicInteger();
    final SnapshotCache cache = new SnapshotCache(2, v -> {
        builds.incrementAndGet();
        return SnapshotBuilder.build(v.id(), v.contentHash(), RealCodeSystems.r211("001"));
    });

    @Test
    void aVersionIsBuiltOnceAndServedFromMemoryAfterwards() {
        CodeSystemSnapshot first = cache.get(version("a", "h1"));
        assertThat(cache.get(version("a", "h1"))).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void aChangedContentHashRebuildsTheVersion() {
        CodeSystemSnapshot first = cache.get(version("a", "h1"));
        CodeSystemSnapshot second = cache.get(version("a", "h2"));
        assertThat(second).isNotSameAs(first);
        assertThat(second.contentHash()).isEqualTo("h2");
        assertThat(builds).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedVersionIsEvictedBeyondCapacity() {
        cache.get(version("a", "h"));
        cache.get(version("b", "h"));
        cache.get(version("a", "h")); // b is now the least recently used
        cache.get(version("c", "h"));
        assertThat(cache.size()).isEqualTo(2);
        cache.get(version("a", "h"));
        assertThat(builds).hasValue(3);
        cache.get(version("b", "h"));
        assertThat(builds).hasValue(4);
    }

    @Test
    void concurrentFirstRequestsShareOneBuild() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CodeSystemSnapshot>> answers = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> cache.get(version("a", "h"))));
            CodeSystemSnapshot one = answers.get(0).get();
            for (Future<CodeSystemSnapshot> answer : answers) {
                assertThat(answer.get()).isSameAs(one);
            }
            assertThat(builds).hasValue(1);
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    static VersionSummary version(String id, String hash) {
        return new VersionSummary(id, ResourceKind.CODE_SYSTEM, "k", "u", "u", "1", "n", null, "active", null, null,
                List.of(), hash);
    }
}
