// Releases, their outgoing events and the consumers they are delivered to (docs/releases.md).
CREATE CONSTRAINT release_id IF NOT EXISTS FOR (r:Release) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (w:Webhook) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT outbox_event_id IF NOT EXISTS FOR (e:OutboxEvent) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT delivery_id IF NOT EXISTS FOR (d:Delivery) REQUIRE d.id IS UNIQUE;
CREATE INDEX delivery_status IF NOT EXISTS FOR (d:Delivery) ON (d.status);
// The store's change log, which every instance follows.
CREATE CONSTRAINT store_log_name IF NOT EXISTS FOR (l:StoreLog) REQUIRE l.name IS UNIQUE;
