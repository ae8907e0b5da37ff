package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.internal.graph.GraphStoreProperties;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.ComposeRuleState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.MapGroupState;
import fr.ror.nomenclator.terminology.internal.model.ResourceAssembler.StoredConcept;
import fr.ror.nomenclator.terminology.internal.model.ResourceAssembler.StoredElement;
import fr.ror.nomenclator.terminology.internal.model.ResourceAssembler.StoredGroup;
import fr.ror.nomenclator.terminology.internal.model.ResourceAssembler.StoredRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * All Cypher of the content store: versions, concepts and their revisions, compose rules, map
 * groups. Every value travels as a parameter; labels come only from {@link ResourceKind}.
 */
@Repository
class GraphVersionRepository {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    GraphVersionRepository(Driver driver, GraphStoreProperties properties) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(properties.database());
    }

    /** A stored version as the catalogue needs it. */
    record StoredVersion(String id, ResourceKind kind, String key, String nomenclatureUrl, String url, String version,
                         String status, String name, String title, String publisher, String date,
                         List<String> identifiers, String contentHash, String effectiveFrom) {
    }

    /**
     * One draft turned into a published version in place: its node keeps its concepts, rules or
     * groups and takes the new id, version, status and header.
     *
     * @param draftHash the draft's content hash when it was checked: another content refuses the publication
     */
    record Flip(String draftId, String draftHash, String key, String draftVersion, String id, String version,
                String status, String date, String effectiveFrom, String header, String contentHash) {
    }

    /** The raw parts of one version, to assemble. */
    record StoredParts(String header, boolean nested, List<StoredConcept> concepts, List<StoredRule> rules,
                       List<StoredGroup> groups) {
    }

    List<StoredVersion> loadVersions() {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (n:Nomenclature)-[:HAS_VERSION]->(v:Version)
                    WHERE v.staging IS NULL
                    RETURN v, n.key AS key, n.url AS nomenclatureUrl
                    """).list(this::toStoredVersion));
        }
    }

    /** Code systems larger than this are written in several transactions, then published in one. */
    static final int CHUNKED_ABOVE = 20_000;
    private static final int CHUNK = 10_000;
    private static final String STAGING = "~staging~";

    /**
     * Writes one version in one transaction. When {@code replacing} names an existing version id,
     * that version's links are removed first in the same transaction.
     *
     * <p>A code system of more than {@link #CHUNKED_ABOVE} concepts would not fit Neo4j's
     * transaction memory (500,000 concepts need several GB): it is written in chunks under a
     * staging version that no read sees, then renamed in one last transaction, which also removes
     * the version it replaces. The version becomes visible whole or not at all; a crash leaves a
     * staging version, removed at the next start ({@link #removeAbandonedStaging()}).
     */
    long store(String id, DecomposedVersion dv, String canonicalUrl, Optional<String> replacing) {
        if (dv.kind() == ResourceKind.CODE_SYSTEM && dv.concepts().size() > CHUNKED_ABOVE) {
            return storeInChunks(id, dv, canonicalUrl, replacing);
        }
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                replacing.ifPresent(old -> detachVersion(tx, old));
                writeVersion(tx, id, dv, canonicalUrl);
                switch (dv.kind()) {
                    case CODE_SYSTEM -> writeConcepts(tx, id, dv);
                    case VALUE_SET -> writeRules(tx, id, dv);
                    case CONCEPT_MAP -> writeGroups(tx, id, dv);
                }
                return advanceLog(tx);
            });
        }
    }

    /**
     * The store's change log: one number, advanced by every transaction that changes the versions
     * (an import, a publication), so that every instance on the same graph notices a change made
     * by another and reloads its index. Taking it also serialises those transactions.
     */
    private static long advanceLog(TransactionContext tx) {
        return tx.run("""
                MERGE (l:StoreLog {name: 'versions'})
                SET l.sequence = coalesce(l.sequence, 0) + 1, l.at = datetime()
                RETURN l.sequence AS sequence
                """).single().get("sequence").asLong();
    }

    /** Where the store's change log stands (0 before the first change). */
    long logSequence() {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("MATCH (l:StoreLog {name: 'versions'}) RETURN l.sequence AS s")
                    .list(r -> r.get("s").asLong()).stream().findFirst().orElse(0L));
        }
    }

    /**
     * Publishes drafts in one transaction: each draft node becomes its published version (new id,
     * version, status, date, effective period, header and hash; its concepts, rules and groups stay
     * linked), the lineage recorded against the draft's version moves to the new version, and
     * {@code alongside} runs in the same transaction (another module's writes: the release, its
     * events). Either all of it commits or none.
     *
     * @return the store's log sequence after the publication
     * @throws fr.ror.nomenclator.terminology.VersionConflictException TE202 when a draft changed or is
     *         gone since it was checked, TE203 when the new version already exists
     */
    long publish(List<Flip> flips, java.util.function.Consumer<TransactionContext> alongside) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                long sequence = advanceLog(tx);
                for (Flip flip : flips) {
                    List<Record> draft = tx.run("""
                            MATCH (v:Version {id: $id}) SET v._lock = true
                            RETURN v.contentHash AS hash, v.status AS status
                            """, Map.of("id", flip.draftId())).list();
                    if (draft.isEmpty() || !flip.draftHash().equals(draft.get(0).get("hash").asString())
                            || !"draft".equals(draft.get(0).get("status").asString(null))) {
                        throw new fr.ror.nomenclator.terminology.VersionConflictException("TE202", "the draft "
                                + flip.draftId() + (draft.isEmpty() ? " is gone" : " changed") + " since the release"
                                + " was checked: check it again");
                    }
                    boolean taken = tx.run("""
                            MATCH (:Nomenclature {key: $key})-[:HAS_VERSION]->(v:Version)
                            WHERE (v.id = $newId OR v.version = $version) AND v.id <> $draft
                            RETURN count(v) > 0 AS taken
                            """, Map.of("key", flip.key(), "newId", flip.id(), "version", flip.version(),
                            "draft", flip.draftId()))
                            .single().get("taken").asBoolean();
                    if (taken) {
                        throw new fr.ror.nomenclator.terminology.VersionConflictException("TE203", flip.key()
                                + " already has a version " + flip.version() + ": a release publishes new versions");
                    }
                    Map<String, Object> props = new HashMap<>();
                    props.put("id", flip.id());
                    props.put("version", flip.version());
                    props.put("status", flip.status());
                    props.put("date", flip.date());
                    props.put("effectiveFrom", flip.effectiveFrom());
                    props.put("header", flip.header());
                    props.put("contentHash", flip.contentHash());
                    tx.run("""
                            MATCH (v:Version {id: $draft})
                            SET v += $props, v.publishedAt = datetime(), v.publishedFrom = $draft
                            REMOVE v._lock
                            """, Map.of("draft", flip.draftId(), "props", props)).consume();
                    tx.run("""
                            MATCH (:Concept {nomenclature: $key})-[l:REPLACED_BY|SPLIT_INTO|MERGED_INTO]->()
                            WHERE l.version = $draftVersion
                            SET l.version = $version
                            """, Map.of("key", flip.key(), "draftVersion", flip.draftVersion(),
                            "version", flip.version())).consume();
                }
                alongside.accept(tx);
                return sequence;
            });
        }
    }

    private long storeInChunks(String id, DecomposedVersion dv, String canonicalUrl, Optional<String> replacing) {
        String staging = id + STAGING + java.util.UUID.randomUUID();
        try (Session session = driver.session(sessionConfig)) {
            try {
                session.executeWriteWithoutResult(tx -> {
                    writeVersion(tx, staging, dv, canonicalUrl);
                    tx.run("MATCH (v:Version {id: $id}) SET v.staging = true", Map.of("id", staging)).consume();
                });
                List<DecomposedVersion.ConceptState> concepts = dv.concepts();
                for (int from = 0; from < concepts.size(); from += CHUNK) {
                    List<DecomposedVersion.ConceptState> chunk = concepts.subList(from, Math.min(concepts.size(),
                            from + CHUNK));
                    session.executeWriteWithoutResult(tx -> writeConcepts(tx, staging, dv.key(), chunk));
                }
                return session.executeWrite(tx -> {
                    replacing.ifPresent(old -> detachVersion(tx, old));
                    tx.run("MATCH (v:Version {id: $staging}) SET v.id = $id REMOVE v.staging",
                            Map.of("staging", staging, "id", id)).consume();
                    return advanceLog(tx);
                });
            } catch (RuntimeException e) {
                try {
                    session.executeWriteWithoutResult(tx -> detachVersion(tx, staging));
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }

    /**
     * Removes what a crashed chunked import left: staging versions no read ever saw, older than an
     * hour (so that, on a shared server, another instance's import in progress is left alone).
     */
    int removeAbandonedStaging() {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> tx.run("""
                    MATCH (v:Version) WHERE v.staging = true AND v.loadedAt < datetime() - duration('PT1H')
                    DETACH DELETE v RETURN count(*) AS n
                    """).single().get("n").asInt());
        }
    }

    private static void detachVersion(TransactionContext tx, String id) {
        tx.run("MATCH (v:Version {id: $id}) DETACH DELETE v", Map.of("id", id)).consume();
    }

    private static void writeVersion(TransactionContext tx, String id, DecomposedVersion dv, String canonicalUrl) {
        String label = dv.kind().fhirType();
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("kind", label);
        props.put("key", dv.key());
        props.put("url", dv.url());
        props.put("version", dv.version());
        props.put("status", dv.status());
        props.put("name", dv.name());
        props.put("title", dv.title());
        props.put("publisher", dv.publisher());
        props.put("date", dv.date());
        props.put("identifiers", dv.identifiers());
        props.put("contentHash", dv.contentHash());
        props.put("header", dv.header().toString());
        props.put("nested", dv.nested());
        props.put("conceptCount", dv.concepts().size());
        props.put("effectiveFrom", fr.ror.nomenclator.terminology.internal.model.EffectivePeriod.start(dv.header()));
        tx.run("""
                MERGE (n:Nomenclature {kind: $kind, key: $key})
                  ON CREATE SET n.url = $canonicalUrl, n.urls = []
                SET n:%s, n.urls = CASE WHEN $url IN n.urls THEN n.urls ELSE n.urls + $url END
                CREATE (v:Version:%s)
                SET v = $props, v.loadedAt = datetime()
                CREATE (n)-[:HAS_VERSION]->(v)
                """.formatted(label, label),
                Map.of("kind", label, "key", dv.key(), "canonicalUrl", canonicalUrl, "url", dv.url(), "props", props))
                .consume();
    }

    private static void writeConcepts(TransactionContext tx, String id, DecomposedVersion dv) {
        writeConcepts(tx, id, dv.key(), dv.concepts());
    }

    private static void writeConcepts(TransactionContext tx, String id, String key,
                                      List<DecomposedVersion.ConceptState> concepts) {
        List<Map<String, Object>> rows = new ArrayList<>(concepts.size());
        List<Map<String, Object>> edges = new ArrayList<>();
        for (var c : concepts) {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", c.seq());
            row.put("code", c.code());
            row.put("hash", c.hash());
            row.put("json", c.json());
            row.put("nestedUnder", c.nestedUnder());
            row.put("parents", c.parents());
            row.put("display", c.display());
            row.put("definition", c.definition());
            row.put("status", c.status());
            row.put("dateValid", c.dateValid());
            row.put("dateMaj", c.dateMaj());
            row.put("dateFin", c.dateFin());
            rows.add(row);
            c.parents().forEach(p -> edges.add(Map.of("hash", c.hash(), "parent", p)));
        }
        tx.run("""
                MATCH (v:Version {id: $id})
                UNWIND $rows AS c
                MERGE (k:Concept {nomenclature: $key, code: c.code})
                MERGE (r:ConceptRevision {hash: c.hash})
                  ON CREATE SET r += c {.code, .json, .nestedUnder, .parents, .display, .definition, .status,
                                        .dateValid, .dateMaj, .dateFin}
                MERGE (k)-[:HAS_REVISION]->(r)
                CREATE (v)-[:CONTAINS {seq: c.seq}]->(r)
                """, Map.of("id", id, "key", key, "rows", rows)).consume();
        if (!edges.isEmpty()) {
            tx.run("""
                    UNWIND $edges AS e
                    MATCH (r:ConceptRevision {hash: e.hash})
                    MERGE (p:Concept {nomenclature: $key, code: e.parent})
                    MERGE (r)-[:CHILD_OF]->(p)
                    """, Map.of("key", key, "edges", edges)).consume();
        }
    }

    private static void writeRules(TransactionContext tx, String id, DecomposedVersion dv) {
        Set<String> existing = existing(tx, "ComposeRule", dv.rules().stream().map(ComposeRuleState::hash).toList());
        List<Map<String, Object>> rules = new ArrayList<>();
        List<Map<String, Object>> members = new ArrayList<>();
        Set<String> written = new java.util.HashSet<>(existing);
        for (ComposeRuleState rule : dv.rules()) {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", rule.seq());
            row.put("mode", rule.mode());
            row.put("hash", rule.hash());
            row.put("system", rule.system());
            row.put("systemKey", rule.systemKey());
            row.put("version", rule.version());
            row.put("valueSets", rule.valueSets());
            row.put("json", rule.json());
            rules.add(row);
            if (written.add(rule.hash())) {
                rule.members().forEach(m -> members.add(Map.of("rule", rule.hash(), "systemKey", rule.systemKey(),
                        "seq", m.seq(), "code", m.code(), "json", m.json())));
            }
        }
        tx.run("""
                MATCH (v:Version {id: $id})
                UNWIND $rules AS rule
                MERGE (r:ComposeRule {hash: rule.hash})
                  ON CREATE SET r += rule {.mode, .system, .version, .valueSets, .json}
                CREATE (v)-[:HAS_RULE {seq: rule.seq, mode: rule.mode}]->(r)
                WITH r, rule WHERE rule.systemKey IS NOT NULL
                MERGE (n:Nomenclature {kind: 'CodeSystem', key: rule.systemKey})
                  ON CREATE SET n:CodeSystem, n.url = rule.system, n.urls = [rule.system]
                MERGE (r)-[:FROM_SYSTEM]->(n)
                """, Map.of("id", id, "rules", rules)).consume();
        if (!members.isEmpty()) {
            tx.run("""
                    UNWIND $members AS m
                    MATCH (r:ComposeRule {hash: m.rule})
                    MERGE (c:Concept {nomenclature: m.systemKey, code: m.code})
                    CREATE (r)-[:SELECTS {seq: m.seq, json: m.json}]->(c)
                    """, Map.of("members", members)).consume();
        }
    }

    private static void writeGroups(TransactionContext tx, String id, DecomposedVersion dv) {
        Set<String> existing = existing(tx, "MapGroup", dv.groups().stream().map(MapGroupState::hash).toList());
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, Object>> elements = new ArrayList<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        Set<String> written = new java.util.HashSet<>(existing);
        for (MapGroupState g : dv.groups()) {
            Map<String, Object> row = new HashMap<>();
            row.put("seq", g.seq());
            row.put("hash", g.hash());
            row.put("source", g.source());
            row.put("sourceVersion", g.sourceVersion());
            row.put("target", g.target());
            row.put("targetVersion", g.targetVersion());
            row.put("json", g.json());
            groups.add(row);
            if (!written.add(g.hash())) {
                continue;
            }
            for (var e : g.elements()) {
                Map<String, Object> element = new HashMap<>();
                element.put("group", g.hash());
                element.put("seq", e.seq());
                element.put("code", e.code());
                element.put("json", e.json());
                element.put("sourceKey", g.sourceKey());
                elements.add(element);
                for (var t : e.targets()) {
                    Map<String, Object> target = new HashMap<>();
                    target.put("group", g.hash());
                    target.put("element", e.seq());
                    target.put("seq", t.seq());
                    target.put("code", t.code());
                    target.put("equivalence", t.equivalence());
                    target.put("json", t.json());
                    target.put("targetKey", g.targetKey());
                    targets.add(target);
                }
            }
        }
        tx.run("""
                MATCH (v:Version {id: $id})
                UNWIND $groups AS g
                MERGE (mg:MapGroup {hash: g.hash})
                  ON CREATE SET mg += g {.source, .sourceVersion, .target, .targetVersion, .json}
                CREATE (v)-[:HAS_GROUP {seq: g.seq}]->(mg)
                """, Map.of("id", id, "groups", groups)).consume();
        if (!elements.isEmpty()) {
            tx.run("""
                    UNWIND $elements AS e
                    MATCH (mg:MapGroup {hash: e.group})
                    CREATE (mg)-[:HAS_ELEMENT]->(me:MapElement {seq: e.seq, code: e.code, json: e.json})
                    WITH me, e WHERE e.code IS NOT NULL AND e.sourceKey IS NOT NULL
                    MERGE (c:Concept {nomenclature: e.sourceKey, code: e.code})
                    CREATE (me)-[:SOURCE]->(c)
                    """, Map.of("elements", elements)).consume();
        }
        if (!targets.isEmpty()) {
            tx.run("""
                    UNWIND $targets AS t
                    MATCH (:MapGroup {hash: t.group})-[:HAS_ELEMENT]->(me:MapElement {seq: t.element})
                    MERGE (c:Concept {nomenclature: coalesce(t.targetKey, ''), code: t.code})
                    CREATE (me)-[:MAPS_TO {seq: t.seq, equivalence: t.equivalence, json: t.json}]->(c)
                    """, Map.of("targets", targets)).consume();
        }
    }

    private static Set<String> existing(TransactionContext tx, String label, List<String> hashes) {
        return Set.copyOf(tx.run("MATCH (n:%s) WHERE n.hash IN $hashes RETURN n.hash AS hash".formatted(label),
                Map.of("hashes", hashes)).list(r -> r.get("hash").asString()));
    }

    Optional<StoredParts> loadParts(String id) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> {
                List<Record> head = tx.run("MATCH (v:Version {id: $id}) RETURN v.header AS header, v.nested AS nested, "
                        + "v.kind AS kind", Map.of("id", id)).list();
                if (head.isEmpty()) {
                    return Optional.empty();
                }
                Record h = head.get(0);
                List<StoredConcept> concepts = tx.run("""
                        MATCH (:Version {id: $id})-[c:CONTAINS]->(r:ConceptRevision)
                        RETURN r.code AS code, r.json AS json, r.nestedUnder AS nestedUnder ORDER BY c.seq
                        """, Map.of("id", id)).list(r -> new StoredConcept(r.get("code").asString(),
                        r.get("json").asString(), r.get("nestedUnder").asString(null)));
                List<StoredRule> rules = tx.run("""
                        MATCH (:Version {id: $id})-[h:HAS_RULE]->(r:ComposeRule)
                        CALL (r) {
                          OPTIONAL MATCH (r)-[s:SELECTS]->()
                          WITH s ORDER BY s.seq
                          RETURN collect(s.json) AS members
                        }
                        RETURN h.mode AS mode, r.json AS json, members ORDER BY h.seq
                        """, Map.of("id", id)).list(r -> new StoredRule(r.get("mode").asString(),
                        r.get("json").asString(), r.get("members").asList(Value::asString)));
                List<StoredGroup> groups = new ArrayList<>();
                for (Record g : tx.run("""
                        MATCH (:Version {id: $id})-[h:HAS_GROUP]->(mg:MapGroup)
                        CALL (mg) {
                          OPTIONAL MATCH (mg)-[:HAS_ELEMENT]->(me:MapElement)
                          CALL (me) {
                            OPTIONAL MATCH (me)-[t:MAPS_TO]->()
                            WITH t ORDER BY t.seq
                            RETURN collect(t.json) AS targets
                          }
                          WITH me, targets ORDER BY me.seq
                          RETURN collect(CASE WHEN me IS NULL THEN NULL ELSE {json: me.json, targets: targets} END) AS elements
                        }
                        RETURN mg.json AS json, elements ORDER BY h.seq
                        """, Map.of("id", id)).list()) {
                    List<StoredElement> elements = g.get("elements").asList(e -> new StoredElement(
                            e.get("json").asString(), e.get("targets").asList(Value::asString)));
                    groups.add(new StoredGroup(g.get("json").asString(), elements));
                }
                return Optional.of(new StoredParts(h.get("header").asString(), h.get("nested").asBoolean(false),
                        concepts, rules, groups));
            });
        }
    }

    GraphStatistics statistics() {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> {
                Map<String, Long> labels = new TreeMap<>();
                tx.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
                        .forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
                Map<String, Long> types = new TreeMap<>();
                tx.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
                        .forEachRemaining(r -> types.put(r.get("type").asString(), r.get("n").asLong()));
                long nodes = tx.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
                long rels = tx.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
                return new GraphStatistics(nodes, rels, new LinkedHashMap<>(labels), new LinkedHashMap<>(types));
            });
        }
    }

    private StoredVersion toStoredVersion(Record record) {
        Value v = record.get("v");
        return new StoredVersion(v.get("id").asString(), ResourceKind.ofFhirType(v.get("kind").asString()).orElseThrow(),
                record.get("key").asString(), record.get("nomenclatureUrl").asString(null), v.get("url").asString(),
                v.get("version").asString(), v.get("status").asString(null), v.get("name").asString(null),
                v.get("title").asString(null), v.get("publisher").asString(null), v.get("date").asString(null),
                v.get("identifiers").asList(Value::asString, List.of()), v.get("contentHash").asString(),
                v.get("effectiveFrom").asString(null));
    }
}
