/**
 * The terminology module: the model of versioned nomenclatures (code systems, value sets,
 * concept maps), the Neo4j graph store behind it (all Cypher lives here), the catalogue of
 * versions that the other modules read, and the comparison of two versions ({@link
 * fr.ror.nomenclator.terminology.VersionDiff}), and the quality loop ({@link
 * fr.ror.nomenclator.terminology.QualityChecks}): named rules run on a release candidate or on demand.
 *
 * <p>It depends on no other module of the application. Loaders hand it FHIR R4 JSON; the FHIR
 * layer reads versions back as FHIR R4 JSON.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package fr.ror.nomenclator.terminology;
