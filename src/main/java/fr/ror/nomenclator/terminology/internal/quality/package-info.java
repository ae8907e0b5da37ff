/**
 * The quality loop ("boucle qualité"): {@link fr.ror.nomenclator.terminology.QualityChecks} as a
 * list of small named rules ({@link fr.ror.nomenclator.terminology.internal.quality.Rules}), each
 * one class with its id, severity, French title and description, run over versions compiled once
 * into {@link fr.ror.nomenclator.terminology.internal.quality.Checked} form. References (value set
 * members, map sources and targets, pinned includes) are resolved by the
 * {@link fr.ror.nomenclator.terminology.internal.quality.QualityContext}: first among the versions
 * of the request, then the version in force on the request's date. It reads versions through the
 * public {@link fr.ror.nomenclator.terminology.VersionCatalog} and lineage through
 * {@link fr.ror.nomenclator.terminology.ConceptLineage}; it never writes.
 */
package fr.ror.nomenclator.terminology.internal.quality;
