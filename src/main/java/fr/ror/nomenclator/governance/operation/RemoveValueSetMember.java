package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

public record RemoveValueSetMember(String valueSet, String system, String code) implements Operation {

    @Override
    public String summary() {
        return "remove-value-set-member " + valueSet + " " + system + " " + code;
    }

    @Override
    public List<Touch> touches(Keys keys) {
        String vs = keys.key(ResourceKind.VALUE_SET, valueSet);
        return List.of(Touch.resource(ResourceKind.VALUE_SET, vs),
                Touch.concept(ResourceKind.VALUE_SET, vs, keys.key(ResourceKind.CODE_SYSTEM, system), code,
                        Touch.Role.SUBJECT));
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.valueSet(workspace, valueSet, problems).ifPresent(vs -> {
            if (Checks.blank(system) || Checks.blank(code)) {
                problems.add("system and code are required");
                return;
            }
            String systemKey = workspace.key(ResourceKind.CODE_SYSTEM, system);
            if (!vs.hasMember(systemKey, code)) {
                problems.add("'" + code + "' of " + systemKey + " is not an enumerated member of " + vs.key());
                return;
            }
            vs.removeMember(systemKey, code);
        });
    }
}
