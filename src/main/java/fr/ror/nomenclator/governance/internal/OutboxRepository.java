package fr.ror.nomenclator.governance.internal;

import fr.ror.nomenclator.governance.webhook.Delivery;
import fr.ror.nomenclator.governance.webhook.Webhook;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * All Cypher of the outbox: registered consumers ({@code Webhook}), the events to tell them
 * ({@code OutboxEvent}, written in the transaction that makes them true) and one {@code Delivery}
 * per event and consumer, kept until delivered. Deliveries are claimed for a while before they are
 * sent, so that two instances never send one at the same time.
 */
class OutboxRepository {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    OutboxRepository(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
    }

    /** A delivery due now, with what to send. */
    record Due(String deliveryId, String eventId, String eventType, String payload, String url, String secret,
               int attempts) {
    }

    void register(String id, String url, String secret, List<String> events, String by, Instant at) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("url", url);
        props.put("secret", secret);
        props.put("events", events);
        props.put("createdBy", by);
        props.put("createdAt", ReleaseRepository.dateTime(at));
        write(tx -> tx.run("CREATE (w:Webhook) SET w = $props", Map.of("props", props)).consume());
    }

    boolean remove(String id) {
        return write(tx -> tx.run("""
                MATCH (w:Webhook {id: $id})
                OPTIONAL MATCH (w)<-[:TO]-(d:Delivery {status: 'pending'})
                SET d.status = 'cancelled'
                WITH DISTINCT w
                DETACH DELETE w
                RETURN count(*) AS n
                """, Map.of("id", id)).single().get("n").asInt() > 0);
    }

    List<Webhook> webhooks() {
        return read(tx -> tx.run("MATCH (w:Webhook) RETURN w ORDER BY w.createdAt").list(r -> {
            Value w = r.get("w");
            return new Webhook(w.get("id").asString(), w.get("url").asString(), w.get("events").asList(Value::asString),
                    !w.get("secret").isNull(), w.get("createdBy").asString(null),
                    ReleaseRepository.instant(w.get("createdAt")));
        }));
    }

    /**
     * Writes an event and one delivery per consumer that wants it, in the caller's transaction:
     * if that transaction commits, the event will be delivered, even if the process dies at once.
     */
    void enqueue(TransactionContext tx, String eventId, String type, String release, String payload, Instant at) {
        tx.run("""
                CREATE (e:OutboxEvent {id: $id, type: $type, release: $release, payload: $payload, occurredAt: $at})
                WITH e
                MATCH (w:Webhook) WHERE size(w.events) = 0 OR $type IN w.events
                CREATE (e)-[:DELIVERY]->(d:Delivery {id: $id + '/' + w.id, webhook: w.id, status: 'pending',
                        attempts: 0, nextAttemptAt: $at})-[:TO]->(w)
                """, Map.of("id", eventId, "type", type, "release", release, "payload", payload,
                "at", ReleaseRepository.dateTime(at))).consume();
    }

    /** Claims up to {@code limit} due deliveries for {@code lease}: no other dispatcher takes them meanwhile. */
    List<Due> claim(String claimer, Instant now, java.time.Duration lease, int limit) {
        return write(tx -> tx.run("""
                MATCH (e:OutboxEvent)-[:DELIVERY]->(d:Delivery {status: 'pending'})-[:TO]->(w:Webhook)
                WHERE d.nextAttemptAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil < $now)
                WITH e, d, w ORDER BY d.nextAttemptAt LIMIT $limit
                SET d.claimedBy = $claimer, d.claimedUntil = $until
                RETURN d.id AS id, e.id AS event, e.type AS type, e.payload AS payload, w.url AS url,
                       w.secret AS secret, d.attempts AS attempts
                """, Map.of("now", ReleaseRepository.dateTime(now), "until", ReleaseRepository.dateTime(now.plus(lease)),
                "claimer", claimer, "limit", limit)).list(r -> new Due(r.get("id").asString(), r.get("event").asString(),
                r.get("type").asString(), r.get("payload").asString(), r.get("url").asString(),
                r.get("secret").asString(null), r.get("attempts").asInt())));
    }

    void delivered(String deliveryId, int status, Instant at) {
        write(tx -> tx.run("""
                MATCH (d:Delivery {id: $id})
                SET d.status = 'delivered', d.attempts = d.attempts + 1, d.lastAttemptAt = $at, d.deliveredAt = $at,
                    d.lastStatus = $status, d.lastError = null, d.claimedUntil = null
                """, Map.of("id", deliveryId, "at", ReleaseRepository.dateTime(at), "status", status)).consume());
    }

    void failed(String deliveryId, int status, String error, Instant at, Instant next, boolean last) {
        write(tx -> tx.run("""
                MATCH (d:Delivery {id: $id})
                SET d.status = CASE WHEN $last THEN 'failed' ELSE 'pending' END, d.attempts = d.attempts + 1,
                    d.lastAttemptAt = $at, d.lastStatus = $status, d.lastError = $error, d.nextAttemptAt = $next,
                    d.claimedUntil = null
                """, Map.of("id", deliveryId, "at", ReleaseRepository.dateTime(at), "status", status, "error", error,
                "next", ReleaseRepository.dateTime(next), "last", last)).consume());
    }

    /** Makes a failed delivery pending again, due now. */
    boolean retry(String deliveryId, Instant now) {
        return write(tx -> tx.run("""
                MATCH (d:Delivery {id: $id}) WHERE d.status = 'failed'
                SET d.status = 'pending', d.nextAttemptAt = $now, d.claimedUntil = null
                RETURN count(d) AS n
                """, Map.of("id", deliveryId, "now", ReleaseRepository.dateTime(now))).single().get("n").asInt() > 0);
    }

    List<Delivery> deliveries(String webhookId) {
        return read(tx -> tx.run("""
                MATCH (e:OutboxEvent)-[:DELIVERY]->(d:Delivery {webhook: $id})
                RETURN d, e.id AS event, e.type AS type ORDER BY e.occurredAt, d.id
                """, Map.of("id", webhookId)).list(this::toDelivery));
    }

    Optional<String> webhookOf(String deliveryId) {
        return read(tx -> tx.run("MATCH (d:Delivery {id: $id}) RETURN d.webhook AS w", Map.of("id", deliveryId))
                .list(r -> r.get("w").asString()).stream().findFirst());
    }

    private Delivery toDelivery(Record r) {
        Value d = r.get("d");
        return new Delivery(d.get("id").asString(), r.get("event").asString(), r.get("type").asString(),
                d.get("webhook").asString(), d.get("status").asString(), d.get("attempts").asInt(),
                ReleaseRepository.instant(d.get("nextAttemptAt")), ReleaseRepository.instant(d.get("lastAttemptAt")),
                d.get("lastStatus").asInt(0), d.get("lastError").asString(null),
                ReleaseRepository.instant(d.get("deliveredAt")));
    }

    private <T> T write(Function<TransactionContext, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(work::apply);
        }
    }

    private <T> T read(Function<TransactionContext, T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work::apply);
        }
    }
}
