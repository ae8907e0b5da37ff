/**
 * Governance: working groups, people and roles (the YAML of {@code governance/} at the
 * repository root), change requests made of typed operations, their impact computed from the
 * graph, reviews and votes under each group's rules, the audit trail, and the application of
 * approved changes to the next draft version of each nomenclature. It also owns who may sign in:
 * local accounts of the embedded default and the mapping of OIDC tokens to people and roles.
 *
 * <p>It depends on terminology, through terminology's public API ({@code VersionCatalog},
 * {@code ContentImport}, {@code ConceptUsages}, {@code ConceptLineage}, {@code VersionDiff}); its own
 * Cypher lives in one repository. It also depends on loaders, for one thing: change requests proposed
 * as workbooks. Reading a workbook (streaming, zip-bomb guards, cell types, errors naming sheet, row
 * and column) is the loaders' trade, done once there; the loaders hand over neutral rows
 * ({@code ChangeRequestWorkbooks}, {@code OperationRow}) and governance alone says what a row means as
 * an operation ({@code workbook}). The loaders depend on terminology only, so there is no cycle.
 *
 * <p>It publishes {@link fr.ror.nomenclator.governance.ChangeRequestApproved},
 * {@link fr.ror.nomenclator.governance.ChangesScheduled} and
 * {@link fr.ror.nomenclator.governance.ChangesPublished} for the releases to come, and answers terminology's
 * {@code ReplacementPolicy} (which nomenclatures' retired codes need a replacement) from the groups'
 * retirement rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology", "loaders"})
package fr.ror.nomenclator.governance;
