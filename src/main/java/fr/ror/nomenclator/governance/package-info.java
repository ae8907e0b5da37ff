/**
 * Governance: working groups, people and roles (the YAML of {@code governance/} at the
 * repository root), change requests made of typed operations, their impact computed from the
 * graph, reviews and votes under each group's rules, the audit trail, and the application of
 * approved changes to the next draft version of each nomenclature. It also owns who may sign in:
 * local accounts of the embedded default and the mapping of OIDC tokens to people and roles.
 *
 * <p>It depends on terminology only, through terminology's public API ({@code VersionCatalog},
 * {@code ContentImport}, {@code ConceptUsages}, {@code ConceptLineage}); its own Cypher lives in
 * one repository. It publishes {@link fr.ror.nomenclator.governance.ChangeRequestApproved},
 * {@link fr.ror.nomenclator.governance.ChangesScheduled} and
 * {@link fr.ror.nomenclator.governance.ChangesPublished} for the releases to come, and answers terminology's
 * {@code ReplacementPolicy} (which nomenclatures' retired codes need a replacement) from the groups'
 * retirement rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology"})
package fr.ror.nomenclator.governance;
