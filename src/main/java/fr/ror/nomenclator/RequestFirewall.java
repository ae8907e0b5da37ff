package fr.ror.nomenclator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules on header and parameter names and values
 * (every character assigned in Unicode and not a control character; a tab allowed in header
 * values), checked by a loop over the characters instead of the Unicode regular expressions it
 * uses by default. The regular expressions cost 7% of the CPU of an uncached terminology operation,
 * whose query carries two canonical URLs.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> assignedAndNotControl(name, false));
        firewall.setAllowedHeaderValues(value -> assignedAndNotControl(value, true));
        firewall.setAllowedParameterNames(name -> assignedAndNotControl(name, false));
        firewall.setAllowedParameterValues(value -> assignedAndNotControl(value, false));
        return firewall;
    }

    /** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} matches, with a tab when {@code tab}. */
    static boolean assignedAndNotControl(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || (Character.isISOControl(c) && !(tab && c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
