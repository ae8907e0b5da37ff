package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.VersionSummary;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads what over FHIR: anonymous users read published content only; drafts (the next
 * version of a nomenclature, where approved changes land) are for authenticated users.
 */
final class Readers {

    private Readers() {
    }

    static boolean mayRead(VersionSummary version) {
        return !"draft".equals(version.status()) || isAuthenticated();
    }

    static boolean isAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
