package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

/** Adds an active code of a code system to a value set's enumerated members. */
public record AddValueSetMember(String valueSet, String system, String code, String display) implements Operation {

    @Override
    public String summary() {
        return "add-value-set-member " + valueSet + " " + system + " " + code;
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
        Checks.valueSet(workspace, valueSet, problems).ifPresent(vs -> Checks.codeSystem(workspace, system, problems)
                .ifPresent(cs -> {
                    if (!Checks.active(cs, code, workspace, problems, "code")) {
                        return;
                    }
                    if (vs.hasMember(cs.key(), code)) {
                        problems.add("'" + code + "' is already a member of " + vs.key());
                        return;
                    }
                    vs.addMember(cs.url(), code, display == null ? cs.display(code) : display);
                }));
    }
}
