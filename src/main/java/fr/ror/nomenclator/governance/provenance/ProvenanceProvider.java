package fr.ror.nomenclator.governance.provenance;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.ror.nomenclator.governance.internal.ChangeRequests;
import fr.ror.nomenclator.governance.request.AuditEntry;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit trail over FHIR: {@code GET /fhir/Provenance/{id}} and
 * {@code GET /fhir/Provenance?target=ChangeRequest/{id}} (or {@code target=CodeSystem/{draft id}}
 * for who changed a draft). Registered into the FHIR server as a Spring bean: the FHIR module
 * serves it without knowing governance. People's names and reasons are not published content:
 * only authenticated users read them.
 */
public final class ProvenanceProvider implements IResourceProvider {

    private final ChangeRequests requests;

    public ProvenanceProvider(ChangeRequests requests) {
        this.requests = requests;
    }

    @Override
    public Class<Provenance> getResourceType() {
        return Provenance.class;
    }

    @Read
    public Provenance read(@IdParam IdType id) {
        requireAuthenticated();
        AuditEntry entry = requests.auditEntry(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
        return AuditProvenance.of(entry, requests.requestOf(entry.id()).orElse(""));
    }

    @Search
    public List<Provenance> search(@OptionalParam(name = Provenance.SP_TARGET) ReferenceParam target) {
        requireAuthenticated();
        if (target == null || target.getResourceType() == null || target.getIdPart() == null) {
            throw new InvalidRequestException("Search Provenance by target: ChangeRequest/{id}, or the draft a change"
                    + " request wrote (CodeSystem/{id}, ValueSet/{id}, ConceptMap/{id})");
        }
        boolean request = "ChangeRequest".equals(target.getResourceType());
        List<AuditEntry> entries = request ? requests.auditTargeting(target.getIdPart(), null)
                : requests.auditTargeting(null, target.getResourceType() + "/" + target.getIdPart());
        return entries.stream().map(e -> AuditProvenance.of(e, request ? target.getIdPart()
                : requests.requestOf(e.id()).orElse(""))).toList();
    }

    private static void requireAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationException("The audit trail (Provenance) is readable by authenticated users only");
        }
    }
}
