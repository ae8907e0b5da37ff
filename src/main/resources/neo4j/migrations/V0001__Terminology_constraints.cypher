// One node per nomenclature (canonical), whatever URL style each version used.
CREATE CONSTRAINT nomenclature_key IF NOT EXISTS FOR (n:Nomenclature) REQUIRE (n.kind, n.key) IS UNIQUE;
// One node per business version; its id is the FHIR resource id it is served under.
CREATE CONSTRAINT version_id IF NOT EXISTS FOR (v:Version) REQUIRE v.id IS UNIQUE;
// One node per code of a nomenclature, stable across versions.
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (c:Concept) REQUIRE (c.nomenclature, c.code) IS UNIQUE;
// A revision is shared by every version where the concept did not change; its hash names its content.
CREATE CONSTRAINT concept_revision_hash IF NOT EXISTS FOR (r:ConceptRevision) REQUIRE r.hash IS UNIQUE;
CREATE CONSTRAINT compose_rule_hash IF NOT EXISTS FOR (r:ComposeRule) REQUIRE r.hash IS UNIQUE;
CREATE CONSTRAINT map_group_hash IF NOT EXISTS FOR (g:MapGroup) REQUIRE g.hash IS UNIQUE;
CREATE INDEX version_url IF NOT EXISTS FOR (v:Version) ON (v.url);
CREATE INDEX nomenclature_urls IF NOT EXISTS FOR (n:Nomenclature) ON (n.url);
