package fr.ror.nomenclator.governance.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A consumer registered to be told of releases: events are POSTed to its URL as JSON, signed with
 * HMAC-SHA256 of its secret when it has one (the secret is never shown back).
 *
 * @param events the event types it wants ({@code release.scheduled}, {@code release.published}); empty: all
 */
public record Webhook(String id, String url, List<String> events, boolean signed, String createdBy,
                      Instant createdAt) {

    public Webhook {
        events = List.copyOf(events);
    }
}
