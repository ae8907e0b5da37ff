package fr.ror.nomenclator.governance.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change request says about itself besides its operations.
 *
 * @param legalBasis             the text or decision that grounds the change (arrêté, instruction…)
 * @param requestingOrganisation the organisation asking for it
 * @param targetRelease          the release it is meant for ({@code 2027-01}…)
 */
public record RequestDetails(String title, String rationale, String legalBasis, String requestingOrganisation,
                             String targetRelease) {

    /** The fields a submitted request must have, as messages for those missing. */
    List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        check(missing, title, "title");
        check(missing, rationale, "rationale");
        check(missing, legalBasis, "legalBasis");
        check(missing, requestingOrganisation, "requestingOrganisation");
        check(missing, targetRelease, "targetRelease");
        return missing;
    }

    List<FieldChange> changesTo(RequestDetails other) {
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "title", title, other.title);
        diff(changes, "rationale", rationale, other.rationale);
        diff(changes, "legalBasis", legalBasis, other.legalBasis);
        diff(changes, "requestingOrganisation", requestingOrganisation, other.requestingOrganisation);
        diff(changes, "targetRelease", targetRelease, other.targetRelease);
        return changes;
    }

    private static void check(List<String> missing, String value, String field) {
        if (value == null || value.isBlank()) {
            missing.add(field + " is required to submit a change request");
        }
    }

    private static void diff(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}
