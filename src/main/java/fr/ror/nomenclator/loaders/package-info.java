/**
 * The loaders module: reads terminology content in its distribution formats and hands it to
 * the store, and writes stored versions back in those formats. It owns the FHIR R4 JSON/XML
 * reader (with its safety limits), the NOS SVS and {@code .tabs} formats ({@code nos}), the
 * xlsx and CSV formats driven by declarative mappings ({@code sheets}), the expansion of files,
 * directories and FHIR NPM packages into named sources, the batch loader and its report, the
 * start-up load of the shipped nomenclatures, the {@code load}, {@code export} and {@code diff}
 * command line and the {@code /api} REST adapter ({@code http}), which also runs the terminology
 * module's quality checks on demand ({@code /api/quality}).
 *
 * <p>It knows the terminology module only through its public API
 * ({@link fr.ror.nomenclator.terminology.ContentImport}, the catalogue): it never touches
 * Neo4j and never decides what a valid nomenclature is beyond "well-formed FHIR R4 of the
 * right type"; content rules belong to the store.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology"})
package fr.ror.nomenclator.loaders;
