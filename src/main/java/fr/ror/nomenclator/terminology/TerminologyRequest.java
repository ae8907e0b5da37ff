package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One terminology operation request: its parameters as a FHIR R4 {@code Parameters} resource in
 * JSON (a GET query is turned into the same shape), and the HTTP {@code Accept-Language} header,
 * which chooses displays when no {@code displayLanguage} is given.
 *
 * @param drafts whether a version the request names may be a draft (the next version of a
 *               nomenclature, where approved changes land): for authenticated readers only, as in
 *               FHIR reads. A version chosen by default is never a draft.
 */
public record TerminologyRequest(ObjectNode parameters, String acceptLanguage, boolean drafts) {

    public TerminologyRequest {
        Objects.requireNonNull(parameters, "parameters");
    }

    /** A request that sees published versions only. */
    public TerminologyRequest(ObjectNode parameters, String acceptLanguage) {
        this(parameters, acceptLanguage, false);
    }
}
