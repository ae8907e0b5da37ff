package fr.ror.nomenclator.governance.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox at least once: claims the due deliveries (a lease, so that another instance
 * does not send them too), POSTs each event to its consumer, and marks it delivered on a 2xx
 * answer; any other answer, or none, schedules another attempt after a back-off that doubles (with
 * jitter) up to {@code max-backoff}, until {@code max-attempts}. A process that dies between the
 * consumer's answer and the mark sends the event again after its restart: consumers deduplicate on
 * {@code X-Nomenclator-Event-Id}, which never changes for an event.
 */
final class WebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final OutboxRepository outbox;
    private final ReleaseSettings.Webhooks settings;
    private final Clock clock;
    private final HttpClient http;
    private final String instance = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer;

    WebhookDispatcher(OutboxRepository outbox, ReleaseSettings.Webhooks settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::safeRun, settings.pollInterval().toMillis(), settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Delivers now what is due (after a publication), on the dispatcher's thread. */
    void wake() {
        timer.execute(this::safeRun);
    }

    private void safeRun() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("Webhook delivery round failed: {}", e.toString());
        }
    }

    /** One round: every due delivery, in batches; answers how many were sent. */
    int runOnce() {
        int sent = 0;
        int batch = settings.claimBatch();
        List<OutboxRepository.Due> due;
        do {
            due = outbox.claim(instance, clock.instant(), settings.lease(), batch);
            due.forEach(this::deliver);
            sent += due.size();
        } while (due.size() == batch);
        return sent;
    }

    private void deliver(OutboxRepository.Due due) {
        int status = 0;
        String error;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(due.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Nomenclator")
                    .header("X-Nomenclator-Event", due.eventType())
                    .header("X-Nomenclator-Event-Id", due.eventId())
                    .header("X-Nomenclator-Delivery", due.deliveryId())
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8));
            if (due.secret() != null) {
                request.header("X-Nomenclator-Signature", "sha256=" + hmac(due.secret(), due.payload()));
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                outbox.delivered(due.deliveryId(), status, clock.instant());
                log.info("Event {} ({}) delivered to {}", due.eventId(), due.eventType(), due.url());
                return;
            }
            error = "HTTP " + status;
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempt = due.attempts() + 1;
        boolean last = attempt >= settings.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempt));
        outbox.failed(due.deliveryId(), status, error, clock.instant(), next, last);
        log.warn("Event {} to {}: attempt {} failed ({}){}", due.eventId(), due.url(), attempt, error,
                last ? "; no more attempts" : "; next at " + next);
    }

    /** initial × 2^(attempt-1), capped, with up to 20 % jitter so that consumers back up are not hit together. */
    Duration backoff(int attempt) {
        long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(Math.max(base, 0), settings.maxBackoff().toMillis());
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1));
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
