/**
 * The pages working groups use. Not built yet beyond this module boundary. It may depend on
 * terminology and governance, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"terminology", "governance"})
package fr.ror.nomenclator.web;
