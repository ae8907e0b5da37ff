package fr.ror.nomenclator.governance.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nomenclator.releases.*}.
 *
 * @param versionPattern        how published versions are named from the publication instant, in
 *                              {@code zone} ({@code yyyyMMddHHmmss}: the NOS convention), unless the release names one
 * @param zone                  the zone of version names and dates (French time)
 * @param publicUrl             the server's public base URL, for the links of the feed, the webhooks and the
 *                              package (empty: taken from each request; webhooks then carry paths)
 * @param replacementRequired   nomenclatures (NOS id or URL) whose retired codes must name a replacement
 *                              (passed to the quality checks)
 * @param packageName         the name of the FHIR NPM package of each release (its version is the release's)
 * @param crashAt               for the crash tests only: the publication step at which the process halts
 *                              ({@code checked}, {@code in-transaction}, {@code committed}, {@code swapped})
 */
@ConfigurationProperties("nomenclator.releases")
public record ReleaseSettings(@DefaultValue("yyyyMMddHHmmss") String versionPattern,
                              @DefaultValue("Europe/Paris") String zone,
                              @DefaultValue("") String publicUrl,
                              @DefaultValue("") List<String> replacementRequired,
                              @DefaultValue("fr.ror.nomenclatures") String packageName,
                              @DefaultValue("") String crashAt,
                              @DefaultValue Webhooks webhooks) {

    /**
     * {@code nomenclator.releases.webhooks.*}: how the outbox is delivered.
     *
     * @param pollInterval   how often the dispatcher looks for due deliveries (it is also woken by a publication)
     * @param initialBackoff the wait after a first failed attempt, doubled after each failure
     * @param maxBackoff     the longest wait between attempts
     * @param maxAttempts    attempts before a delivery is marked failed (an admin may retry it)
     * @param timeout        how long a consumer has to answer
     * @param lease          how long a dispatcher holds the deliveries it claimed: another instance, or this one
     *                       restarted after a crash, sends them again once it has passed; a dispatcher claims no
     *                       more at once than it can send within it (lease / timeout, 1 to 20)
     * @param enabled        whether this instance delivers (every instance may: deliveries are claimed)
     */
    public record Webhooks(@DefaultValue("2s") Duration pollInterval, @DefaultValue("5s") Duration initialBackoff,
                           @DefaultValue("1h") Duration maxBackoff, @DefaultValue("20") int maxAttempts,
                           @DefaultValue("10s") Duration timeout, @DefaultValue("2m") Duration lease,
                           @DefaultValue("true") boolean enabled) {

        public Webhooks {
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("nomenclator.releases.webhooks.lease must be positive, not " + lease);
            }
        }

        /** How many deliveries one claim takes: as many as can be sent, one timeout each, within the lease. */
        int claimBatch() {
            long fits = timeout.isZero() ? 20 : lease.toMillis() / Math.max(1, timeout.toMillis());
            return (int) Math.max(1, Math.min(20, fits));
        }
    }
}
