package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.HashSet;
import java.util.Set;

/** Walks the mappings of a concept map with the code system version of one side resolved. */
final class MapSides {

    enum Side {
        SOURCE, TARGET
    }

    /** What a rule does with one mapping whose side resolved to a code system version. */
    @FunctionalInterface
    interface Visitor {
        /** @param pinned the version the group pins on that side, or null */
        void visit(MapGroup.Mapping mapping, Checked codeSystem, String pinned);
    }

    private MapSides() {
    }

    /**
     * Each mapping with a code on that side (each source code once) whose code system resolves;
     * unresolved code systems are another rule's.
     */
    static void each(Checked conceptMap, QualityContext context, Side side, Visitor visitor) {
        for (MapGroup group : MapGroup.of(conceptMap)) {
            String url = side == Side.SOURCE ? group.source() : group.target();
            String pinned = side == Side.SOURCE ? group.sourceVersion() : group.targetVersion();
            context.resolve(ResourceKind.CODE_SYSTEM, url, pinned).ifPresent(cs -> {
                Set<String> seen = new HashSet<>();
                for (MapGroup.Mapping mapping : group.mappings()) {
                    String code = side == Side.SOURCE ? mapping.source() : mapping.target();
                    // A source mapped to several targets is one source: visited once.
                    if (code != null && (side == Side.TARGET || seen.add(code))) {
                        visitor.visit(mapping, cs, pinned);
                    }
                }
            });
        }
    }
}
