package fr.ror.nomenclator.terminology;

/**
 * Serving of code system concepts: {@code $lookup} and {@code $validate-code} answers, from an
 * immutable in-memory snapshot of the version asked (never a graph query per request).
 *
 * <p>A request names its system by canonical URL or alias and, optionally, a business version;
 * without one it is served from {@link VersionCatalog#latest}. Two rules on a concept's life are
 * kept apart, as DESIGN.md §4 asks:
 * <ul>
 *   <li><b>NOS validity is temporal</b>: a concept is valid from its {@code dateValid} until its
 *       {@code dateFin}. On a date (default: now) at or after {@code dateFin} it is retired, before
 *       {@code dateValid} it is not yet valid: both make a validation fail.</li>
 *   <li><b>FHIR status</b> ({@code status} deprecated or retired, {@code inactive} true) follows the
 *       HL7 terminology suite: the code stays valid, with a warning.</li>
 * </ul>
 */
public interface ConceptLookup {

    /**
     * The concept's details in the version asked.
     *
     * @throws UnknownResourceException {@code TE401} unknown system, {@code TE402} unknown version
     *                                  (the message lists the known ones), {@code TE403} unknown code
     */
    ConceptDetails lookup(ConceptQuery query);

    /** Whether the code (and display, if given) is valid on the date asked; never throws for unknown content. */
    CodeValidation validate(CodeCheck check);
}
