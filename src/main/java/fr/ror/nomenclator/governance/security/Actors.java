package fr.ror.nomenclator.governance.security;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Person;
import fr.ror.nomenclator.governance.request.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The {@link Actor} behind an authenticated request, from a local account or an OIDC token. */
public final class Actors {

    private final GovernanceDirectory directory;
    private final SecuritySettings.Claims claims;

    public Actors(GovernanceDirectory directory, SecuritySettings.Claims claims) {
        this.directory = directory;
        this.claims = claims;
    }

    /** The actor, or null for an anonymous request. */
    public Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String id = authentication.getName();
        String name = directory.person(id).map(Person::name).orElse(id);
        if (authentication instanceof JwtAuthenticationToken token) {
            Object claimed = TokenAuthorities.claim(token.getToken(), claims.name());
            if (claimed instanceof String text && !text.isBlank()) {
                name = text;
            }
        }
        return new Actor(id, name, Authorities.roles(authentication.getAuthorities()));
    }
}
