package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.governance.directory.GovernanceConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad governance file stops the start with a message naming the file, the line and the problem. */
class GovernanceFilesTest {

    static String shipped(String name) throws IOException {
        return Files.readString(Path.of("governance", name));
    }

    static void refused(String file, String yaml, String... expected) {
        var thrown = assertThatThrownBy(() -> ShippedGovernance.directory(Map.of(file, yaml)))
                .isInstanceOf(GovernanceConfigurationException.class);
        for (String text : expected) {
            thrown.hasMessageContaining(text);
        }
    }

    @Test
    void anUnknownRoleNamesPeopleYamlAndItsLine() throws IOException {
        String yaml = shipped("people.yaml").replace("roles: [expert]", "roles: [referent]");
        int line = lineOf(yaml, "roles: [referent]");
        refused("people.yaml", yaml, "governance/people.yaml, line " + line + ": unknown role 'referent'");
    }

    @Test
    void aMembershipOfAnUndeclaredWorkingGroupIsRefused() throws IOException {
        String yaml = shipped("people.yaml").replace("group: gt-mco", "group: gt-urgences");
        refused("people.yaml", yaml, "governance/people.yaml, line " + lineOf(yaml, "gt-urgences"),
                "is a member of 'gt-urgences', which working-groups.yaml does not declare");
    }

    @Test
    void aPasswordInClearIsRefused() throws IOException {
        String yaml = shipped("people.yaml").replaceFirst("password-hash: \"\\{bcrypt}[^\"]+\"", "password-hash: secret");
        refused("people.yaml", yaml, "line " + lineOf(yaml, "password-hash: secret"), "must be a bcrypt hash");
    }

    @Test
    void aWorkingGroupTheCatalogueNamesMustBeDeclared() {
        refused("working-groups.yaml", """
                workingGroups:
                  - id: gt-mco
                    name: "GT MCO"
                    voting: {quorum: 2, majority: simple, consent-of-impacted-groups: true, closed-by: chair}
                """, "governance/working-groups.yaml, line 2", "gives", "working group 'gt-medico-social'");
    }

    @Test
    void badVotingRulesAreRefusedWhereTheyAre() throws IOException {
        String yaml = shipped("working-groups.yaml").replaceFirst("majority: simple", "majority: most");
        refused("working-groups.yaml", yaml, "line " + lineOf(yaml, "majority: most"),
                "majority must be simple, two-thirds or unanimous, not 'most'");
        String quorum = shipped("working-groups.yaml").replaceFirst("quorum: 2", "quorum: none");
        refused("working-groups.yaml", quorum, "line " + lineOf(quorum, "quorum: none"), "quorum must be a whole number");
    }

    @Test
    void aDuplicateGroupAnUnknownKeyOrAnUnknownPermissionIsRefused() throws IOException {
        String twice = shipped("working-groups.yaml").replace("id: gt-psy", "id: gt-mco");
        refused("working-groups.yaml", twice, "line " + lineOf(twice, "  - id: gt-mco\n    name: \"GT PSY\""),
                "working group 'gt-mco' is declared twice");
        String typo = shipped("working-groups.yaml").replaceFirst("quorum: 2", "quorom: 2");
        refused("working-groups.yaml", typo, "line " + lineOf(typo, "quorom"), "unknown key 'quorom'");
        String permission = shipped("roles.yaml").replaceFirst("vote, request-clarification]", "vote, veto]");
        refused("roles.yaml", permission, "governance/roles.yaml, line " + lineOf(permission, "veto"),
                "unknown permission 'veto' for role expert");
    }

    @Test
    void brokenYamlNamesTheLine() {
        refused("roles.yaml", "roles:\n  member:\n    permissions: [create\n  expert: {", "governance/roles.yaml, line",
                "not valid YAML");
    }

    @Test
    void aRetirementRuleOtherThanRequiredOrOptionalIsRefusedWhereItIs() throws IOException {
        String yaml = shipped("working-groups.yaml").replaceFirst("replacement: required", "replacement: always");
        refused("working-groups.yaml", yaml, "governance/working-groups.yaml, line " + lineOf(yaml, "replacement: always"),
                "replacement must be required or optional, not 'always'");
        String typo = shipped("working-groups.yaml").replaceFirst("replacement: required", "remplacement: required");
        refused("working-groups.yaml", typo, "line " + lineOf(typo, "remplacement"), "unknown key 'remplacement'");
        String empty = shipped("working-groups.yaml").replaceFirst("replacement: required", "{}");
        refused("working-groups.yaml", empty, "working-groups.yaml, line", "replacement");
    }

    /** The 1-based line where a text starts. */
    static int lineOf(String yaml, String text) {
        int at = yaml.indexOf(text);
        return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
