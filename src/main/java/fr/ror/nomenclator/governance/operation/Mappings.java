package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What mapping operations share: the group they work in, the equivalences FHIR R4 allows, touches. */
final class Mappings {

    static final Set<String> EQUIVALENCES = Set.of("relatedto", "equivalent", "equal", "wider", "subsumes",
            "narrower", "specializes", "inexact", "unmatched", "disjoint");

    private Mappings() {
    }

    static Optional<ObjectNode> group(ConceptMapEdit map, Workspace workspace, String sourceSystem, String targetSystem,
                                      Problems problems) {
        String sourceKey = sourceSystem == null ? null : workspace.key(ResourceKind.CODE_SYSTEM, sourceSystem);
        String targetKey = targetSystem == null ? null : workspace.key(ResourceKind.CODE_SYSTEM, targetSystem);
        Optional<ObjectNode> group = map.group(sourceKey, targetKey);
        if (group.isEmpty()) {
            problems.add(map.key() + " has no single group from " + (sourceKey == null ? "any system" : sourceKey)
                    + " to " + (targetKey == null ? "any system" : targetKey) + ": name sourceSystem and targetSystem");
        }
        return group;
    }

    static boolean equivalence(String equivalence, Problems problems) {
        if (equivalence == null || !EQUIVALENCES.contains(equivalence)) {
            problems.add("equivalence must be one of " + EQUIVALENCES + ", not '" + equivalence + "'");
            return false;
        }
        return true;
    }

    static List<Touch> touches(Keys keys, String conceptMap, String sourceSystem, String sourceCode,
                               String targetSystem, List<String> targetCodes) {
        String map = keys.key(ResourceKind.CONCEPT_MAP, conceptMap);
        List<Touch> touches = new ArrayList<>();
        touches.add(Touch.resource(ResourceKind.CONCEPT_MAP, map));
        if (sourceSystem != null && sourceCode != null) {
            touches.add(Touch.concept(ResourceKind.CONCEPT_MAP, map, keys.key(ResourceKind.CODE_SYSTEM, sourceSystem),
                    sourceCode, Touch.Role.SUBJECT));
        }
        if (targetSystem != null) {
            targetCodes.stream().filter(code -> !Checks.blank(code)).forEach(code -> touches.add(Touch.concept(
                    ResourceKind.CONCEPT_MAP, map, keys.key(ResourceKind.CODE_SYSTEM, targetSystem), code,
                    Touch.Role.SUBJECT)));
        }
        return touches;
    }

    /** The source and target URLs of the map's single group, for operations that left them out. */
    static String[] systems(ConceptMapEdit map, Workspace workspace, String sourceSystem, String targetSystem) {
        String sourceKey = sourceSystem == null ? null : workspace.key(ResourceKind.CODE_SYSTEM, sourceSystem);
        String targetKey = targetSystem == null ? null : workspace.key(ResourceKind.CODE_SYSTEM, targetSystem);
        return map.group(sourceKey, targetKey).map(g -> new String[] {
                sourceSystem == null ? map.sourceUrl(g) : sourceSystem,
                targetSystem == null ? map.targetUrl(g) : targetSystem}).orElse(new String[] {sourceSystem, targetSystem});
    }

    /** The code exists (and, for a target, is active) in its system when the store holds that system. */
    static boolean codeOf(Workspace workspace, String systemUrl, String code, boolean mustBeActive, String what,
                          Problems problems) {
        if (Checks.blank(code)) {
            problems.add(what + " code is required");
            return false;
        }
        Optional<CodeSystemEdit> system = systemUrl == null ? Optional.empty() : workspace.codeSystem(systemUrl);
        if (system.isEmpty()) {
            return true; // a map may relate codes of systems the store does not hold
        }
        return mustBeActive ? Checks.active(system.get(), code, workspace, problems, what + " code")
                : Checks.exists(system.get(), code, problems);
    }

    static String display(Workspace workspace, String systemUrl, String code) {
        return systemUrl == null ? null : workspace.codeSystem(systemUrl).map(cs -> cs.display(code)).orElse(null);
    }
}
