package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpWorkerThreadsTest {

    @Test
    void theDefaultIsOnePerCoreAndAtLeastTwo() {
        assertThat(HttpWorkerThreads.defaultThreads(1)).isEqualTo(2);
        assertThat(HttpWorkerThreads.defaultThreads(2)).isEqualTo(2);
        assertThat(HttpWorkerThreads.defaultThreads(8)).isEqualTo(8);
        assertThat(new HttpWorkerThreads(0).threads())
                .isEqualTo(HttpWorkerThreads.defaultThreads(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aConfiguredNumberWinsAndANegativeOneIsRefused() {
        assertThat(new HttpWorkerThreads(12).threads()).isEqualTo(12);
        assertThatThrownBy(() -> new HttpWorkerThreads(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nomenclator.http.threads");
    }
}
