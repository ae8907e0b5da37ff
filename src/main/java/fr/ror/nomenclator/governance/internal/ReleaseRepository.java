package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseStatus;
import fr.ror.nomenclator.governance.release.ReleaseVersion;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * All Cypher of releases: a {@code Release} node with its dates, the change requests it gathers
 * ({@code INCLUDES}) and, once published, the versions it published ({@code PUBLISHED}). Every
 * value is a parameter. The publication's writes take the transaction they run in.
 */
class ReleaseRepository {

    private static final TypeReference<List<ReleaseVersion>> VERSIONS = new TypeReference<>() {
    };

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final ObjectMapper json;

    ReleaseRepository(Driver driver, String database, ObjectMapper json) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(database);
        this.json = json;
    }

    boolean exists(String id) {
        return read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN count(r) > 0 AS found", Map.of("id", id))
                .single().get("found").asBoolean());
    }

    /** Writes a new release in the caller's transaction (with its {@code release.scheduled} event). */
    void create(TransactionContext tx, Release release) {
        tx.run("""
                CREATE (r:Release)
                SET r = $props
                WITH r
                UNWIND $requests AS requestId
                MATCH (cr:ChangeRequest {id: requestId})
                CREATE (r)-[:INCLUDES]->(cr)
                """, Map.of("props", props(release), "requests", release.changeRequests())).consume();
    }

    Optional<Release> find(String id) {
        return read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN r", Map.of("id", id))
                .list(r -> toRelease(r.get("r"))).stream().findFirst());
    }

    /** Every release, the latest planned first. */
    List<Release> list() {
        return read(tx -> tx.run("MATCH (r:Release) RETURN r ORDER BY r.publicationDate DESC, r.createdAt DESC")
                .list(r -> toRelease(r.get("r"))));
    }

    /** The requests and drafts of a scheduled release, replaced (its {@code INCLUDES} links too). */
    void updateContent(String id, List<String> requests, List<ReleaseVersion> versions) {
        write(tx -> tx.run("""
                MATCH (r:Release {id: $id}) WHERE r.status = $scheduled
                SET r.changeRequests = $requests, r.versions = $versions
                WITH r
                OPTIONAL MATCH (r)-[old:INCLUDES]->()
                DELETE old
                WITH DISTINCT r
                UNWIND $requests AS requestId
                MATCH (cr:ChangeRequest {id: requestId})
                CREATE (r)-[:INCLUDES]->(cr)
                """, Map.of("id", id, "scheduled", ReleaseStatus.SCHEDULED.name(), "requests", requests,
                "versions", toJson(versions))).consume());
    }

    void saveCheck(String id, Release.QualitySummary check) {
        write(tx -> tx.run("""
                MATCH (r:Release {id: $id})
                SET r.lastCheckAt = $at, r.lastCheckErrors = $errors, r.lastCheckWarnings = $warnings,
                    r.lastCheckInformation = $information, r.lastCheckBlocks = $blocks
                """, Map.of("id", id, "at", dateTime(check.at()), "errors", check.errors(), "warnings", check.warnings(),
                "information", check.information(), "blocks", check.blocks())).consume());
    }

    /**
     * Marks the release published in the publication's transaction: its status, who and when, and
     * the versions it published, linked. Refuses (by rolling the transaction back) a release that
     * another publication published meanwhile.
     */
    void markPublished(TransactionContext tx, String id, String version, List<ReleaseVersion> versions, String by,
                       Instant at) {
        String status = tx.run("MATCH (r:Release {id: $id}) SET r._lock = true RETURN r.status AS status",
                Map.of("id", id)).single().get("status").asString();
        if (!ReleaseStatus.SCHEDULED.name().equals(status)) {
            throw new fr.ror.nomenclator.governance.WorkflowConflictException("GV222", "release " + id
                    + " was published meanwhile");
        }
        tx.run("""
                MATCH (r:Release {id: $id})
                SET r.status = $status, r.version = $version, r.publishedBy = $by, r.publishedAt = $at, r.versions = $versions
                REMOVE r._lock
                WITH r
                UNWIND $ids AS versionId
                MATCH (v:Version {id: versionId})
                CREATE (r)-[:PUBLISHED]->(v)
                """, Map.of("id", id, "status", ReleaseStatus.PUBLISHED.name(), "version", version, "by", by,
                "at", dateTime(at), "versions", toJson(versions), "ids", versions.stream().map(ReleaseVersion::id).toList())).consume();
    }

    private Map<String, Object> props(Release r) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", r.id());
        props.put("title", r.title());
        props.put("description", r.description());
        props.put("status", r.status().name());
        props.put("publicationDate", r.publicationDate());
        props.put("effectiveDate", r.effectiveDate());
        props.put("version", r.version());
        props.put("changeRequests", r.changeRequests());
        props.put("versions", toJson(r.versions()));
        props.put("createdBy", r.createdBy());
        props.put("createdAt", dateTime(r.createdAt()));
        return props;
    }

    private Release toRelease(Value r) {
        Release.QualitySummary check = r.get("lastCheckAt").isNull() ? null : new Release.QualitySummary(
                instant(r.get("lastCheckAt")), r.get("lastCheckErrors").asLong(), r.get("lastCheckWarnings").asLong(),
                r.get("lastCheckInformation").asLong(), r.get("lastCheckBlocks").asBoolean());
        List<ReleaseVersion> versions;
        try {
            versions = json.readValue(r.get("versions").asString("[]"), VERSIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("release " + r.get("id").asString() + ": unreadable versions", e);
        }
        return new Release(r.get("id").asString(), r.get("title").asString(null), r.get("description").asString(null),
                ReleaseStatus.valueOf(r.get("status").asString()), r.get("publicationDate").asString(null),
                r.get("effectiveDate").asString(null), r.get("version").asString(null),
                r.get("changeRequests").asList(Value::asString, List.of()), versions, r.get("createdBy").asString(null),
                instant(r.get("createdAt")), r.get("publishedBy").asString(null), instant(r.get("publishedAt")), check);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime dateTime(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    <T> T write(Function<TransactionContext, T> work) {
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
