package fr.ror.nomenclator.governance.webhook;

import java.time.Instant;

/**
 * One event to deliver to one consumer, kept in the graph (the outbox) from the transaction that
 * made the event until the consumer answered 2xx.
 *
 * @param status     {@code pending}, {@code delivered} or {@code failed} (after the last attempt)
 * @param lastStatus the HTTP status of the last attempt (0: no answer)
 */
public record Delivery(String id, String eventId, String eventType, String webhook, String status, int attempts,
                       Instant nextAttemptAt, Instant lastAttemptAt, int lastStatus, String lastError,
                       Instant deliveredAt) {
}
