/**
 * The serving engine of code systems: each version is compiled once, on first use, into an
 * immutable {@link fr.ror.nomenclator.terminology.internal.serving.CodeSystemSnapshot} (code index,
 * hierarchy both ways, NOS dates parsed) kept in a bounded LRU cache, and lookups and validations
 * read only that snapshot. It reads versions through the public
 * {@link fr.ror.nomenclator.terminology.VersionCatalog}, never the graph directly.
 */
package fr.ror.nomenclator.terminology.internal.serving;
