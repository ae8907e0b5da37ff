package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Person;
import fr.ror.nomenclator.governance.directory.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts of governance/people.yaml are the ones the README lists, stored as bcrypt hashes. */
class ShippedAccountsTest {

    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    final GovernanceDirectory shipped = ShippedGovernance.directory();

    @Test
    void everyDemoAccountMatchesTheDocumentedPasswordAndHoldsItsRole() {
        Map<String, List<String>> expected = Map.of(
                "nos-admin", List.of("nos", "admin"),
                "nos-publisher", List.of("nos", "publisher"),
                "ms-member", List.of("gt-medico-social", "member"),
                "ms-expert", List.of("gt-medico-social", "expert"),
                "mco-expert", List.of("gt-mco", "expert"),
                "ms-chair", List.of("gt-medico-social", "chair"),
                "mco-chair", List.of("gt-mco", "chair"));
        expected.forEach((id, role) -> {
            Person person = shipped.person(id).orElseThrow();
            assertThat(person.passwordHash()).as(id).startsWith("{bcrypt}$2a$").doesNotContain("nomenclator-demo");
            assertThat(PASSWORDS.matches("nomenclator-demo", person.passwordHash())).as(id).isTrue();
            assertThat(person.memberships()).as(id).anySatisfy(m -> {
                assertThat(m.group()).isEqualTo(role.get(0));
                assertThat(m.roles()).contains(Role.of(role.get(1)).orElseThrow());
            });
        });
    }

    @Test
    void theWorkingGroupsOfTheIssueExistAndTheNosTeamPublishes() {
        assertThat(shipped.groups()).extracting(g -> g.id())
                .contains("gt-mco", "gt-psy", "gt-smr", "gt-medico-social", "nos");
        assertThat(shipped.group("nos").orElseThrow().publisher()).isTrue();
        assertThat(shipped.ownedBy("gt-medico-social")).contains("SERAFIN-PH", "ASS_A14-FamilleActivite-ActiviteOperationnelle");
        assertThat(shipped.ownerOf("TRE_R211-ActiviteOperationnelle")).contains("gt-mco");
        assertThat(shipped.group("gt-medico-social").orElseThrow().voting().proposerMayApprove()).isFalse();
    }
}
