package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.time.Instant;
import java.util.Optional;

/**
 * Editable copies of the versions a change request works on: for each nomenclature, its open
 * draft or else its latest version. Operations check their rules against it and apply to it; the
 * same code validates a request (the copies are dropped) and writes an approved one (the copies
 * become the drafts).
 */
public interface Workspace extends Keys {

    Optional<CodeSystemEdit> codeSystem(String reference);

    Optional<ValueSetEdit> valueSet(String reference);

    Optional<ConceptMapEdit> conceptMap(String reference);

    /** The instant the changes take effect (NOS {@code dateFin}, {@code dateMaj}…). */
    Instant now();

    /** Lineage to record once the changes are written (its version is filled in then). */
    void lineage(LineageLink link);
}
