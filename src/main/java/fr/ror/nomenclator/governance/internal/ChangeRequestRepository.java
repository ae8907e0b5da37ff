package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Person;
import fr.ror.nomenclator.governance.directory.Role;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Touch;
import fr.ror.nomenclator.governance.request.AuditEntry;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.governance.request.ChangeRequestSummary;
import fr.ror.nomenclator.governance.request.ChangeSets;
import fr.ror.nomenclator.governance.request.Comment;
import fr.ror.nomenclator.governance.request.Conflict;
import fr.ror.nomenclator.governance.request.FieldChange;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.governance.request.Vote;
import fr.ror.nomenclator.governance.request.VoteChoice;
import fr.ror.nomenclator.terminology.ConceptKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * All Cypher of governance: working groups and people (synchronised from the YAML), change
 * requests with their operations, votes, comments and audit entries. Every value is a parameter.
 *
 * <p>Writes guard against lost updates: {@link #save} first takes the request node's write lock
 * (by setting a property, as Neo4j recommends) and only then compares its {@code revision} with
 * the one the caller read; a difference rolls the whole transaction back.
 */
class ChangeRequestRepository {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final List<String> OPEN = Arrays.stream(ChangeRequestStatus.values())
            .filter(ChangeRequestStatus::isOpen).map(ChangeRequestStatus::name).toList();

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final ObjectMapper json;

    ChangeRequestRepository(Driver driver, String database, ObjectMapper json) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
        this.json = json;
    }

    /** Working groups, what they own, people and their roles, as the YAML says now. */
    void synchronise(GovernanceDirectory directory) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (WorkingGroup g : directory.groups()) {
            groups.add(Map.of("id", g.id(), "name", g.name(), "publisher", g.publisher(),
                    "owns", directory.ownedBy(g.id())));
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (Person p : directory.people()) {
            List<Map<String, Object>> memberships = p.memberships().stream().map(m -> Map.<String, Object>of(
                    "group", m.group(), "roles", m.roles().stream().map(Role::id).sorted().toList())).toList();
            people.add(Map.of("id", p.id(), "name", p.name(), "memberships", memberships));
        }
        write(tx -> {
            tx.run("""
                    UNWIND $groups AS g
                    MERGE (w:WorkingGroup {id: g.id})
                    SET w.name = g.name, w.publisher = g.publisher
                    WITH w, g
                    OPTIONAL MATCH (w)-[old:OWNS]->()
                    DELETE old
                    WITH DISTINCT w, g
                    UNWIND g.owns AS key
                    MATCH (n:Nomenclature {key: key})
                    MERGE (w)-[:OWNS]->(n)
                    """, Map.of("groups", groups)).consume();
            tx.run("""
                    UNWIND $people AS p
                    MERGE (x:Person {id: p.id})
                    SET x.name = p.name
                    WITH x, p
                    OPTIONAL MATCH (x)-[old:MEMBER_OF]->()
                    DELETE old
                    WITH DISTINCT x, p
                    UNWIND p.memberships AS m
                    MATCH (w:WorkingGroup {id: m.group})
                    MERGE (x)-[r:MEMBER_OF]->(w)
                    SET r.roles = m.roles
                    """, Map.of("people", people)).consume();
            return null;
        });
    }

    void create(ChangeRequest request, List<List<Touch>> touches, List<AuditEntry> audit) {
        write(tx -> {
            tx.run("""
                    MERGE (p:Person {id: $proposer}) ON CREATE SET p.name = $proposerName
                    MERGE (g:WorkingGroup {id: $group})
                    CREATE (cr:ChangeRequest)
                    SET cr = $props
                    CREATE (cr)-[:PROPOSED_BY]->(p), (cr)-[:PROPOSED_TO]->(g)
                    """, Map.of("proposer", request.proposer(), "proposerName", request.proposerName(),
                    "group", request.workingGroup(), "props", props(request, 1, 0))).consume();
            writeOperations(tx, request, touches);
            writeAudit(tx, request.id(), 0, audit);
            return null;
        });
    }

    /**
     * Stores the next state of a request read at {@code expectedRevision}, in one transaction:
     * its fields, its operations (when {@code touches} is given), its votes, new comments and audit
     * entries. Answers the request at its new revision.
     *
     * @throws WorkflowConflictException (GV206) when someone else changed the request since it was read
     */
    ChangeRequest save(ChangeRequest request, long expectedRevision, List<List<Touch>> touches,
                       List<Comment> newComments, List<AuditEntry> audit) {
        return write(tx -> save(tx, request, expectedRevision, touches, newComments, audit));
    }

    /** {@link #save} in the caller's transaction (a release publishes its requests in its own). */
    ChangeRequest save(TransactionContext tx, ChangeRequest request, long expectedRevision, List<List<Touch>> touches,
                       List<Comment> newComments, List<AuditEntry> audit) {
        {
            List<Record> locked = tx.run("""
                    MATCH (cr:ChangeRequest {id: $id})
                    SET cr._lock = true
                    RETURN cr.revision AS revision, cr.auditCount AS auditCount
                    """, Map.of("id", request.id())).list();
            if (locked.isEmpty()) {
                throw unknown(request.id());
            }
            long revision = locked.get(0).get("revision").asLong();
            if (revision != expectedRevision) {
                throw new WorkflowConflictException("GV206", "change request " + request.id() + " is at revision "
                        + revision + ", not " + expectedRevision + ": someone changed it meanwhile; read it again");
            }
            int auditCount = locked.get(0).get("auditCount").asInt(0);
            tx.run("MATCH (cr:ChangeRequest {id: $id}) SET cr += $props REMOVE cr._lock",
                    Map.of("id", request.id(), "props", props(request, expectedRevision + 1, auditCount))).consume();
            if (touches != null) {
                tx.run("MATCH (:ChangeRequest {id: $id})-[:HAS_OPERATION]->(o:Operation) DETACH DELETE o",
                        Map.of("id", request.id())).consume();
                writeOperations(tx, request, touches);
            }
            writeVotes(tx, request);
            writeComments(tx, request, newComments);
            writeAudit(tx, request.id(), auditCount, audit);
            return withRevision(request, expectedRevision + 1);
        }
    }

    Optional<ChangeRequest> find(String id) {
        return read(tx -> {
            List<Record> rows = tx.run("""
                    MATCH (cr:ChangeRequest {id: $id})
                    CALL (cr) {
                      OPTIONAL MATCH (cr)-[:HAS_OPERATION]->(o:Operation)
                      WITH o ORDER BY o.seq
                      RETURN collect(o.json) AS operations
                    }
                    CALL (cr) {
                      OPTIONAL MATCH (cr)-[:HAS_VOTE]->(v:Vote)
                      WITH v ORDER BY v.castAt
                      RETURN collect(v) AS votes
                    }
                    CALL (cr) {
                      OPTIONAL MATCH (cr)-[:HAS_COMMENT]->(c:Comment)
                      WITH c ORDER BY c.seq
                      RETURN collect(c) AS comments
                    }
                    RETURN cr, operations, votes, comments
                    """, Map.of("id", id)).list();
            return rows.stream().findFirst().map(this::toRequest);
        });
    }

    List<ChangeRequestSummary> list(ChangeRequestStatus status, String group, ConceptKey concept) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status == null ? null : status.name());
        params.put("group", group);
        params.put("key", concept == null ? null : concept.nomenclature());
        params.put("code", concept == null ? null : concept.code());
        return read(tx -> tx.run("""
                MATCH (cr:ChangeRequest)
                WHERE ($status IS NULL OR cr.status = $status) AND ($group IS NULL OR cr.workingGroup = $group)
                  AND ($key IS NULL OR EXISTS {
                    (cr)-[:HAS_OPERATION]->(:Operation)-[:TOUCHES]->(:Concept {nomenclature: $key, code: $code}) })
                RETURN cr ORDER BY cr.createdAt DESC, cr.id
                """, params).list(r -> {
            Value cr = r.get("cr");
            return new ChangeRequestSummary(cr.get("id").asString(), cr.get("title").asString(null),
                    cr.get("workingGroup").asString(), ChangeRequestStatus.valueOf(cr.get("status").asString()),
                    cr.get("proposer").asString(), cr.get("targetRelease").asString(null), cr.get("revision").asLong(),
                    instant(cr.get("updatedAt")));
        }));
    }

    /** The requests scheduled in a release. */
    List<String> scheduledIn(String release) {
        return read(tx -> tx.run("""
                MATCH (cr:ChangeRequest {status: 'SCHEDULED'}) WHERE cr.release = $release
                RETURN cr.id AS id ORDER BY cr.createdAt, cr.id
                """, Map.of("release", release)).list(r -> r.get("id").asString()));
    }

    /**
     * Approved or scheduled requests whose changes were written to one of these drafts
     * ({@code CodeSystem/<id>}…), as {@code id (status, release)}: a draft holds every approved
     * change of its nomenclature, so publishing it publishes theirs too.
     */
    List<String[]> holdingDrafts(List<String> drafts) {
        return read(tx -> tx.run("""
                MATCH (cr:ChangeRequest) WHERE cr.status IN ['APPROVED', 'SCHEDULED']
                  AND any(d IN cr.drafts WHERE d IN $drafts)
                RETURN cr.id AS id, cr.status AS status, cr.release AS release ORDER BY id
                """, Map.of("drafts", drafts)).list(r -> new String[] {r.get("id").asString(),
                r.get("status").asString(), r.get("release").asString(null)}));
    }

    /** Other open requests whose operations touch a concept this one touches. */
    List<Conflict> conflicts(String id) {
        return read(tx -> tx.run("""
                MATCH (cr:ChangeRequest {id: $id})-[:HAS_OPERATION]->(:Operation)-[:TOUCHES]->(c:Concept)
                      <-[:TOUCHES]-(:Operation)<-[:HAS_OPERATION]-(other:ChangeRequest)
                WHERE other <> cr AND other.status IN $open
                WITH other, collect(DISTINCT c.nomenclature + '|' + c.code) AS concepts
                RETURN other.id AS id, other.title AS title, other.status AS status, concepts ORDER BY id
                """, Map.of("id", id, "open", OPEN)).list(r -> new Conflict(r.get("id").asString(),
                r.get("title").asString(null), ChangeRequestStatus.valueOf(r.get("status").asString()),
                r.get("concepts").asList(Value::asString).stream().sorted().toList())));
    }

    List<AuditEntry> audit(String id) {
        return read(tx -> tx.run("""
                MATCH (:ChangeRequest {id: $id})-[:HAS_AUDIT]->(a:AuditEntry)
                RETURN a ORDER BY a.seq
                """, Map.of("id", id)).list(r -> toAudit(r.get("a"))));
    }

    Optional<AuditEntry> auditEntry(String entryId) {
        return read(tx -> tx.run("MATCH (a:AuditEntry {id: $id}) RETURN a", Map.of("id", entryId))
                .list(r -> toAudit(r.get("a"))).stream().findFirst());
    }

    /** The audit entries of one request, or those that wrote a resource ({@code CodeSystem/<id>}). */
    List<AuditEntry> auditTargeting(String requestId, String resource) {
        Map<String, Object> params = new HashMap<>();
        params.put("request", requestId);
        params.put("resource", resource);
        return read(tx -> tx.run("""
                MATCH (cr:ChangeRequest)-[:HAS_AUDIT]->(a:AuditEntry)
                WHERE ($request IS NULL OR cr.id = $request) AND ($resource IS NULL OR $resource IN a.targets)
                RETURN a ORDER BY a.at, a.id
                """, params).list(r -> toAudit(r.get("a"))));
    }

    /** The audit entry's request, for Provenance targets. */
    Optional<String> requestOf(String entryId) {
        return read(tx -> tx.run("MATCH (cr:ChangeRequest)-[:HAS_AUDIT]->(:AuditEntry {id: $id}) RETURN cr.id AS id",
                Map.of("id", entryId)).list(r -> r.get("id").asString()).stream().findFirst());
    }

    private static void writeOperations(TransactionContext tx, ChangeRequest request, List<List<Touch>> touches) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < request.operations().size(); i++) {
            Operation op = request.operations().get(i);
            List<Map<String, Object>> concepts = new ArrayList<>();
            List<Map<String, Object>> resources = new ArrayList<>();
            for (Touch t : touches.get(i)) {
                if (t.concept() == null) {
                    resources.add(Map.of("kind", t.kind().fhirType(), "key", t.nomenclature()));
                } else {
                    concepts.add(Map.of("nomenclature", t.concept().nomenclature(), "code", t.concept().code(),
                            "role", t.role().name()));
                }
            }
            String opJson = ChangeSets.toJson(op);
            rows.add(Map.of("seq", i, "json", opJson, "kind", kindOf(opJson), "summary", op.summary(),
                    "concepts", concepts, "resources", resources));
        }
        tx.run("""
                MATCH (cr:ChangeRequest {id: $id})
                UNWIND $rows AS row
                CREATE (cr)-[:HAS_OPERATION {seq: row.seq}]->(o:Operation {request: $id, seq: row.seq, kind: row.kind,
                        summary: row.summary, json: row.json})
                WITH o, row
                CALL (o, row) {
                  UNWIND row.concepts AS t
                  WITH o, t WHERE EXISTS { (:Nomenclature {key: t.nomenclature}) }
                  MERGE (c:Concept {nomenclature: t.nomenclature, code: t.code})
                  CREATE (o)-[:TOUCHES {role: t.role}]->(c)
                }
                CALL (o, row) {
                  UNWIND row.resources AS r
                  MATCH (n:Nomenclature {kind: r.kind, key: r.key})
                  MERGE (o)-[:CHANGES]->(n)
                }
                """, Map.of("id", request.id(), "rows", rows)).consume();
    }

    private static String kindOf(String operationJson) {
        int at = operationJson.indexOf("\"kind\":\"");
        return at < 0 ? "" : operationJson.substring(at + 8, operationJson.indexOf('"', at + 8));
    }

    private static void writeVotes(TransactionContext tx, ChangeRequest request) {
        List<Map<String, Object>> votes = new ArrayList<>();
        for (Vote v : request.votes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("voter", v.voter());
            row.put("voterName", v.voterName());
            row.put("choice", v.choice().name());
            row.put("comment", v.comment());
            row.put("changeSetHash", v.changeSetHash());
            row.put("castAt", dateTime(v.castAt()));
            row.put("groups", v.groups().stream().sorted().toList());
            votes.add(row);
        }
        tx.run("""
                MATCH (cr:ChangeRequest {id: $id})
                OPTIONAL MATCH (cr)-[:HAS_VOTE]->(old:Vote)
                DETACH DELETE old
                WITH DISTINCT cr
                UNWIND $votes AS v
                MERGE (p:Person {id: v.voter}) ON CREATE SET p.name = v.voterName
                CREATE (cr)-[:HAS_VOTE]->(vote:Vote)-[:CAST_BY]->(p)
                SET vote = v
                """, Map.of("id", request.id(), "votes", votes)).consume();
    }

    private static void writeComments(TransactionContext tx, ChangeRequest request, List<Comment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        int first = request.comments().size() - comments.size();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            rows.add(Map.of("id", c.id(), "seq", first + i + 1, "author", c.author(), "authorName", c.authorName(),
                    "text", c.text(), "at", dateTime(c.at())));
        }
        tx.run("""
                MATCH (cr:ChangeRequest {id: $id})
                UNWIND $rows AS c
                MERGE (p:Person {id: c.author}) ON CREATE SET p.name = c.authorName
                CREATE (cr)-[:HAS_COMMENT]->(comment:Comment)-[:WRITTEN_BY]->(p)
                SET comment = c
                """, Map.of("id", request.id(), "rows", rows)).consume();
    }

    private void writeAudit(TransactionContext tx, String requestId, int before, List<AuditEntry> audit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < audit.size(); i++) {
            AuditEntry a = audit.get(i);
            int seq = before + i + 1;
            Map<String, Object> row = new HashMap<>();
            row.put("id", requestId + "-" + seq);
            row.put("seq", seq);
            row.put("at", dateTime(a.at()));
            row.put("actor", a.actor());
            row.put("actorName", a.actorName());
            row.put("action", a.action());
            row.put("fromStatus", a.fromStatus());
            row.put("toStatus", a.toStatus());
            row.put("changes", toJson(a.changes()));
            row.put("reason", a.reason());
            row.put("targets", a.targets());
            rows.add(row);
        }
        tx.run("""
                MATCH (cr:ChangeRequest {id: $id})
                SET cr.auditCount = $count
                WITH cr
                UNWIND $rows AS a
                MERGE (p:Person {id: a.actor}) ON CREATE SET p.name = a.actorName
                CREATE (cr)-[:HAS_AUDIT {seq: a.seq}]->(entry:AuditEntry)-[:BY]->(p)
                SET entry = a
                """, Map.of("id", requestId, "rows", rows, "count", before + audit.size())).consume();
    }

    private static Map<String, Object> props(ChangeRequest r, long revision, int auditCount) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", r.id());
        props.put("workingGroup", r.workingGroup());
        props.put("proposer", r.proposer());
        props.put("proposerName", r.proposerName());
        props.put("title", r.details().title());
        props.put("rationale", r.details().rationale());
        props.put("legalBasis", r.details().legalBasis());
        props.put("requestingOrganisation", r.details().requestingOrganisation());
        props.put("targetRelease", r.details().targetRelease());
        props.put("changeSetHash", r.changeSetHash());
        props.put("status", r.status().name());
        props.put("revision", revision);
        props.put("auditCount", auditCount);
        props.put("release", r.release());
        props.put("drafts", r.drafts());
        props.put("createdAt", dateTime(r.createdAt()));
        props.put("updatedAt", dateTime(r.updatedAt()));
        return props;
    }

    private ChangeRequest toRequest(Record row) {
        Value cr = row.get("cr");
        List<Operation> operations = row.get("operations").asList(v -> ChangeSets.fromJson(v.asString()));
        List<Vote> votes = row.get("votes").asList(v -> new Vote(v.get("voter").asString(),
                v.get("voterName").asString(null), VoteChoice.valueOf(v.get("choice").asString()),
                v.get("comment").asString(null), v.get("changeSetHash").asString(), instant(v.get("castAt")),
                new HashSet<>(v.get("groups").asList(Value::asString))));
        List<Comment> comments = row.get("comments").asList(c -> new Comment(c.get("id").asString(),
                c.get("author").asString(), c.get("authorName").asString(null), c.get("text").asString(),
                instant(c.get("at"))));
        RequestDetails details = new RequestDetails(cr.get("title").asString(null), cr.get("rationale").asString(null),
                cr.get("legalBasis").asString(null), cr.get("requestingOrganisation").asString(null),
                cr.get("targetRelease").asString(null));
        return new ChangeRequest(cr.get("id").asString(), cr.get("workingGroup").asString(),
                cr.get("proposer").asString(), cr.get("proposerName").asString(null), details, operations,
                cr.get("changeSetHash").asString(), ChangeRequestStatus.valueOf(cr.get("status").asString()),
                cr.get("revision").asLong(), votes, comments, cr.get("release").asString(null),
                cr.get("drafts").asList(Value::asString, List.of()), instant(cr.get("createdAt")),
                instant(cr.get("updatedAt")));
    }

    private AuditEntry toAudit(Value a) {
        List<FieldChange> changes;
        try {
            changes = json.readValue(a.get("changes").asString("[]"), CHANGES);
        } catch (JsonProcessingException e) {
            changes = List.of();
        }
        return new AuditEntry(a.get("id").asString(), a.get("seq").asInt(), instant(a.get("at")),
                a.get("actor").asString(), a.get("actorName").asString(null), a.get("action").asString(),
                a.get("fromStatus").asString(null), a.get("toStatus").asString(null), changes,
                a.get("reason").asString(null), a.get("targets").asList(Value::asString, List.of()));
    }

    private String toJson(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChangeRequest withRevision(ChangeRequest r, long revision) {
        return new ChangeRequest(r.id(), r.workingGroup(), r.proposer(), r.proposerName(), r.details(), r.operations(),
                r.changeSetHash(), r.status(), revision, r.votes(), r.comments(), r.release(), r.drafts(),
                r.createdAt(), r.updatedAt());
    }

    private static UnknownChangeRequestException unknown(String id) {
        return new UnknownChangeRequestException("GV401", "no change request '" + id + "'");
    }

    private static OffsetDateTime dateTime(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
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
