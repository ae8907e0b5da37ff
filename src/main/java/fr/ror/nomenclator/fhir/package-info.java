/**
 * The FHIR module: the HAPI FHIR plain {@code RestfulServer} mounted at {@code /fhir}, its
 * resource providers for CodeSystem, ValueSet and ConceptMap, the CapabilityStatement, the
 * request guards (size limit, XML entities) and the security of the FHIR endpoint.
 *
 * <p>It owns the FHIR wire format and nothing else: it reads versions through the terminology
 * module's {@code VersionCatalog}, writes them through {@code ContentImport}, and turns the
 * terminology module's exceptions into OperationOutcomes in one place
 * ({@link fr.ror.nomenclator.fhir.TerminologyErrorInterceptor}). It must not know how or where
 * versions are stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology"})
package fr.ror.nomenclator.fhir;
