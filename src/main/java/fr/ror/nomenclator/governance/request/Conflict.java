package fr.ror.nomenclator.governance.request;

import java.util.List;

/** Another open change request touching some of the same concepts. */
public record Conflict(String changeRequest, String title, ChangeRequestStatus status, List<String> concepts) {

    public Conflict {
        concepts = List.copyOf(concepts);
    }
}
