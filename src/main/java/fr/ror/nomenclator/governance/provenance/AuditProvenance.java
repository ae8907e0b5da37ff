package fr.ror.nomenclator.governance.provenance;

import fr.ror.nomenclator.governance.request.AuditEntry;
import fr.ror.nomenclator.governance.request.FieldChange;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * One audit entry as a FHIR {@code Provenance}: its target is the change request (and the drafts
 * it wrote), {@code agent} who, {@code recorded} when, {@code activity} what, {@code reason} why,
 * and an extension per field changed with its old and new value.
 */
final class AuditProvenance {

    static final String ACTIONS = "https://nomenclator.ror.fr/fhir/CodeSystem/governance-action";
    static final String PEOPLE = "https://nomenclator.ror.fr/fhir/sid/person";
    static final String REQUESTS = "https://nomenclator.ror.fr/fhir/sid/change-request";
    static final String CHANGE = "https://nomenclator.ror.fr/fhir/StructureDefinition/audit-change";

    private AuditProvenance() {
    }

    static Provenance of(AuditEntry entry, String changeRequest) {
        Provenance provenance = new Provenance();
        provenance.setId(entry.id());
        provenance.addTarget(new Reference("ChangeRequest/" + changeRequest)
                .setIdentifier(new Identifier().setSystem(REQUESTS).setValue(changeRequest))
                .setDisplay("Change request " + changeRequest));
        entry.targets().forEach(target -> provenance.addTarget(new Reference(target)));
        provenance.setRecorded(Date.from(entry.at()));
        provenance.setActivity(new CodeableConcept(new Coding(ACTIONS, entry.action(), entry.action())));
        provenance.addAgent().setType(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/provenance-participant-type", "author", "Author")))
                .setWho(new Reference().setIdentifier(new Identifier().setSystem(PEOPLE).setValue(entry.actor()))
                        .setDisplay(entry.actorName()));
        if (entry.reason() != null) {
            provenance.addReason().setText(entry.reason());
        }
        for (FieldChange change : entry.changes()) {
            Extension extension = provenance.addExtension().setUrl(CHANGE);
            extension.addExtension("field", new StringType(change.field()));
            if (change.oldValue() != null) {
                extension.addExtension("old", new StringType(change.oldValue()));
            }
            if (change.newValue() != null) {
                extension.addExtension("new", new StringType(change.newValue()));
            }
        }
        return provenance;
    }
}
