package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.ConceptUsage;
import fr.ror.nomenclator.terminology.ConceptUsages;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.internal.graph.GraphStoreProperties;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Repository;

/**
 * All Cypher about concepts across versions: what uses a concept, and the lineage between
 * concepts. Relationship types come only from {@link LineageLink.Kind}; values are parameters.
 */
@Repository
class GraphConceptRepository implements ConceptUsages, ConceptLineage {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    GraphConceptRepository(Driver driver, GraphStoreProperties properties) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(properties.database());
    }

    @Override
    public List<ConceptUsage> usagesOf(Collection<ConceptKey> concepts) {
        if (concepts.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> keys = concepts.stream().distinct()
                .map(k -> Map.<String, Object>of("nomenclature", k.nomenclature(), "code", k.code())).toList();
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("""
                    UNWIND $keys AS k
                    CALL (k) {
                      MATCH (:Concept {nomenclature: k.nomenclature, code: k.code})<-[:SELECTS]-(:ComposeRule)<-[:HAS_RULE]-(v:Version)
                      RETURN v, 'VALUE_SET_MEMBER' AS how
                      UNION
                      MATCH (:Nomenclature {kind: 'CodeSystem', key: k.nomenclature})<-[:FROM_SYSTEM]-(r:ComposeRule)<-[:HAS_RULE {mode: 'include'}]-(v:Version)
                      WHERE NOT (r)-[:SELECTS]->()
                      RETURN v, 'VALUE_SET_SYSTEM' AS how
                      UNION
                      MATCH (:Concept {nomenclature: k.nomenclature, code: k.code})<-[:SOURCE]-(:MapElement)<-[:HAS_ELEMENT]-(:MapGroup)<-[:HAS_GROUP]-(v:Version)
                      RETURN v, 'MAP_SOURCE' AS how
                      UNION
                      MATCH (:Concept {nomenclature: k.nomenclature, code: k.code})<-[:MAPS_TO]-(:MapElement)<-[:HAS_ELEMENT]-(:MapGroup)<-[:HAS_GROUP]-(v:Version)
                      RETURN v, 'MAP_TARGET' AS how
                    }
                    RETURN DISTINCT k.nomenclature AS nomenclature, k.code AS code, v.kind AS kind, v.key AS key,
                           v.id AS id, v.version AS version, v.status AS status, how
                    ORDER BY key, version, how
                    """, Map.of("keys", keys)).list(r -> new ConceptUsage(
                    new ConceptKey(r.get("nomenclature").asString(), r.get("code").asString()),
                    ResourceKind.ofFhirType(r.get("kind").asString()).orElseThrow(), r.get("key").asString(),
                    r.get("id").asString(), r.get("version").asString(), r.get("status").asString(null),
                    ConceptUsage.How.valueOf(r.get("how").asString()))));
        }
    }

    @Override
    public void record(List<LineageLink> links) {
        try (Session session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(tx -> {
                for (LineageLink.Kind kind : LineageLink.Kind.values()) {
                    List<Map<String, Object>> rows = links.stream().filter(l -> l.kind() == kind)
                            .map(GraphConceptRepository::row).toList();
                    if (rows.isEmpty()) {
                        continue;
                    }
                    tx.run("""
                            UNWIND $rows AS l
                            MERGE (a:Concept {nomenclature: l.fromKey, code: l.fromCode})
                            MERGE (b:Concept {nomenclature: l.toKey, code: l.toCode})
                            MERGE (a)-[link:%s {changeRequest: l.changeRequest}]->(b)
                            SET link.version = l.version, link.reason = l.reason, link.recordedAt = datetime()
                            """.formatted(kind.name()), Map.of("rows", rows)).consume();
                }
            });
        }
    }

    @Override
    public List<LineageLink> from(ConceptKey concept) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:Concept {nomenclature: $key, code: $code})-[l:REPLACED_BY|SPLIT_INTO|MERGED_INTO]->(b:Concept)
                    RETURN type(l) AS kind, b.nomenclature AS toKey, b.code AS toCode, l.version AS version,
                           l.reason AS reason, l.changeRequest AS changeRequest
                    ORDER BY kind, toCode
                    """, Map.of("key", concept.nomenclature(), "code", concept.code())).list(r -> new LineageLink(
                    concept, LineageLink.Kind.valueOf(r.get("kind").asString()),
                    new ConceptKey(r.get("toKey").asString(), r.get("toCode").asString()),
                    r.get("version").asString(null), r.get("reason").asString(null),
                    emptyToNull(r.get("changeRequest").asString(null)))));
        }
    }

    @Override
    public List<LineageLink> fromNomenclature(String nomenclature) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:Concept {nomenclature: $key})-[l:REPLACED_BY|SPLIT_INTO|MERGED_INTO]->(b:Concept)
                    RETURN a.code AS fromCode, type(l) AS kind, b.nomenclature AS toKey, b.code AS toCode,
                           l.version AS version, l.reason AS reason, l.changeRequest AS changeRequest
                    ORDER BY fromCode, kind, toCode
                    """, Map.of("key", nomenclature)).list(r -> new LineageLink(
                    new ConceptKey(nomenclature, r.get("fromCode").asString()),
                    LineageLink.Kind.valueOf(r.get("kind").asString()),
                    new ConceptKey(r.get("toKey").asString(), r.get("toCode").asString()),
                    r.get("version").asString(null), r.get("reason").asString(null),
                    emptyToNull(r.get("changeRequest").asString(null)))));
        }
    }

    private static Map<String, Object> row(LineageLink l) {
        Map<String, Object> row = new HashMap<>();
        row.put("fromKey", l.from().nomenclature());
        row.put("fromCode", l.from().code());
        row.put("toKey", l.to().nomenclature());
        row.put("toCode", l.to().code());
        row.put("version", l.version());
        row.put("reason", l.reason());
        // MERGE needs a non-null key: links recorded outside governance share the empty one.
        row.put("changeRequest", l.changeRequest() == null ? "" : l.changeRequest());
        return row;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
