package fr.ror.nomenclator.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {

    private final WebhookDispatcher dispatcher = new WebhookDispatcher(null, new ReleaseSettings.Webhooks(
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(1), 20, Duration.ofSeconds(10), Duration.ofMinutes(2), true),
            Clock.systemUTC());

    @Test
    void theBackoffDoublesWithUpToAFifthOfJitterAndStopsAtItsMaximum() {
        assertThat(dispatcher.backoff(1)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6));
        assertThat(dispatcher.backoff(3)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(24));
        assertThat(dispatcher.backoff(40)).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(72));
    }

    @Test
    void aClaimTakesNoMoreDeliveriesThanCanBeSentWithinItsLease() {
        assertThat(webhooks(Duration.ofSeconds(10), Duration.ofMinutes(2)).claimBatch()).isEqualTo(12);
        assertThat(webhooks(Duration.ofSeconds(1), Duration.ofMinutes(2)).claimBatch()).isEqualTo(20);
        assertThat(webhooks(Duration.ofSeconds(10), Duration.ofSeconds(3)).claimBatch()).isEqualTo(1);
        assertThatThrownBy(() -> webhooks(Duration.ofSeconds(10), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease must be positive");
    }

    private static ReleaseSettings.Webhooks webhooks(Duration timeout, Duration lease) {
        return new ReleaseSettings.Webhooks(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(1), 20,
                timeout, lease, true);
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2.
        assertThat(WebhookDispatcher.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anUnknownCrashStepStopsTheStart() {
        assertThatThrownBy(() -> new CrashPoints("after-lunch")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checked, in-transaction, committed, swapped");
    }
}
