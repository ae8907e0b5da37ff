package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ConceptState;
import fr.ror.nomenclator.terminology.Designation;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Kind;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules on one concept found in a snapshot. The two life rules of DESIGN.md §4 stay apart:
 * <ol>
 *   <li>NOS validity is temporal. On the date asked, a concept whose {@code dateFin} is at or
 *       before it is retired, one whose {@code dateValid} is after it is not valid yet: both are
 *       errors, so the validation fails (result=false), and a retirement names the replacement
 *       when lineage knows one.</li>
 *   <li>A FHIR status ({@code status} deprecated or retired, {@code inactive} true) leaves the
 *       code valid with a warning, as the HL7 terminology suite expects.</li>
 * </ol>
 */
final class ConceptEvaluator {

    private static final String SYSTEM_STATUS_RETIRED = "retired";
    private static final String SYSTEM_STATUS_DEPRECATED = "deprecated";

    private ConceptEvaluator() {
    }

    /** The concept's status on {@code date}: the NOS dates first, then the FHIR status. */
    static ConceptState stateOn(SnapshotConcept concept, Instant date) {
        if (concept.nosDates().retiredOn(date)) {
            return ConceptState.RETIRED;
        }
        if (concept.nosDates().notYetValidOn(date)) {
            return ConceptState.NOT_YET_VALID;
        }
        if (SYSTEM_STATUS_RETIRED.equals(concept.fhirStatus())) {
            return ConceptState.RETIRED;
        }
        if (SYSTEM_STATUS_DEPRECATED.equals(concept.fhirStatus())) {
            return ConceptState.DEPRECATED;
        }
        return concept.inactive() ? ConceptState.INACTIVE : ConceptState.ACTIVE;
    }

    /** Every issue of {@code concept} for a validation on {@code date}, errors first. */
    static List<ValidationIssue> issues(CodeSystemSnapshot snapshot, String system, SnapshotConcept concept,
                                        String display, Instant date) {
        List<ValidationIssue> issues = new ArrayList<>();
        NosDates dates = concept.nosDates();
        if (dates.retiredOn(date)) {
            issues.add(new ValidationIssue(Severity.ERROR, Kind.RETIRED, ServingMessages.retired(concept.code(),
                    system, snapshot.version(), dates, date, replacementOf(snapshot, concept))));
        } else if (dates.notYetValidOn(date)) {
            issues.add(new ValidationIssue(Severity.ERROR, Kind.NOT_YET_VALID, ServingMessages.notYetValid(
                    concept.code(), system, snapshot.version(), dates, date)));
        }
        if (display != null && !displayMatches(concept, display)) {
            issues.add(new ValidationIssue(Severity.ERROR, Kind.WRONG_DISPLAY,
                    ServingMessages.wrongDisplay(display, system, concept.code(), concept.display())));
        }
        if (SYSTEM_STATUS_DEPRECATED.equals(concept.fhirStatus()) || SYSTEM_STATUS_RETIRED.equals(concept.fhirStatus())) {
            issues.add(new ValidationIssue(Severity.WARNING, Kind.DEPRECATED,
                    ServingMessages.deprecated(concept.code(), concept.fhirStatus())));
        } else if (concept.inactive()) {
            issues.add(new ValidationIssue(Severity.WARNING, Kind.INACTIVE, ServingMessages.inactive(concept.code())));
        }
        return issues;
    }

    /**
     * The code that replaces a retired concept. Hook for lineage: {@code REPLACED_BY} relations are
     * not served by snapshots yet, so no replacement is ever known and messages name none.
     */
    static Optional<String> replacementOf(CodeSystemSnapshot snapshot, SnapshotConcept concept) {
        return Optional.empty();
    }

    /** The display or any designation, ignoring case and runs of white space. */
    private static boolean displayMatches(SnapshotConcept concept, String display) {
        String wanted = normalised(display);
        if (concept.display() != null && normalised(concept.display()).equals(wanted)) {
            return true;
        }
        return concept.designations().stream().map(Designation::value)
                .anyMatch(value -> value != null && normalised(value).equals(wanted));
    }

    private static String normalised(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
