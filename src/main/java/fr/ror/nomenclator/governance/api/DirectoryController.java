package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.Person;
import fr.ror.nomenclator.governance.directory.Role;
import fr.ror.nomenclator.governance.directory.VotingRules;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.security.Actors;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The governance YAML as read: working groups, what they own, their voting rules, roles; and who you are. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Directory", description = "Working groups, roles and the person signed in")
class DirectoryController {

    private final GovernanceDirectory directory;
    private final Actors actors;

    DirectoryController(GovernanceDirectory directory, Actors actors) {
        this.directory = directory;
        this.actors = actors;
    }

    record GroupView(String id, String name, String description, boolean publisher, List<String> nomenclatures,
                     VotingRules voting, Map<String, List<String>> members) {
    }

    record RoleView(String id, String description, List<String> permissions) {
    }

    record MeView(String id, String name, Map<String, List<String>> roles) {
    }

    @GetMapping("/working-groups")
    List<GroupView> groups() {
        return directory.groups().stream().map(this::view).toList();
    }

    @GetMapping("/working-groups/{id}")
    GroupView group(@PathVariable String id) {
        return directory.group(id).map(this::view).orElseThrow(() -> new UnknownChangeRequestException("GV402",
                "no working group '" + id + "'"));
    }

    @GetMapping("/roles")
    List<RoleView> roles() {
        return Arrays.stream(Role.values()).map(r -> new RoleView(r.id(), directory.roleDescription(r).orElse(null),
                directory.permissions(r).stream().map(Permission::id).sorted().toList())).toList();
    }

    @GetMapping("/me")
    MeView me(Authentication authentication) {
        Actor actor = actors.of(authentication);
        Map<String, List<String>> roles = new TreeMap<>();
        actor.roles().forEach((group, held) -> roles.put(group, held.stream().map(Role::id).sorted().toList()));
        return new MeView(actor.id(), actor.name(), roles);
    }

    private GroupView view(WorkingGroup g) {
        Map<String, List<String>> members = new TreeMap<>();
        for (Person p : directory.people()) {
            p.memberships().stream().filter(m -> m.group().equals(g.id())).findFirst().ifPresent(m ->
                    members.put(p.id(), m.roles().stream().map(Role::id).sorted().toList()));
        }
        return new GroupView(g.id(), g.name(), g.description(), g.publisher(), directory.ownedBy(g.id()), g.voting(),
                members);
    }
}
