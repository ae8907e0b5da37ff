/**
 * Governance: working groups, people and roles, change requests, reviews and votes, releases
 * and their audit trail (see {@code governance/} at the repository root for the YAML it reads).
 *
 * <p>Not built yet beyond this module boundary: the change workflow arrives with its own issue.
 * It may depend on terminology only, and talks to it through terminology's public API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology"})
package fr.ror.nomenclator.governance;
