package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A value set's or concept map's reference to another resource, as written.
 *
 * @param where   where it is written ({@code compose.include.system}, {@code group.target}…)
 * @param url     the URL as written, without a {@code |version}
 * @param version the version it pins, or null
 */
record Reference(String where, ResourceKind kind, String url, String version) {

    /** Every reference of a value set (includes, excludes, imports) or concept map (groups, scopes). */
    static List<Reference> of(Checked resource) {
        List<Reference> references = new ArrayList<>();
        if (resource.kind() == ResourceKind.VALUE_SET) {
            for (Include include : Include.of(resource)) {
                String where = include.exclude() ? "compose.exclude" : "compose.include";
                if (include.system() != null) {
                    references.add(new Reference(where + ".system", ResourceKind.CODE_SYSTEM, include.system(),
                            include.version()));
                }
                for (String imported : include.valueSets()) {
                    String[] canonical = References.canonical(imported);
                    references.add(new Reference(where + ".valueSet", ResourceKind.VALUE_SET, canonical[0],
                            canonical[1]));
                }
            }
        } else if (resource.kind() == ResourceKind.CONCEPT_MAP) {
            for (String scope : new String[] {"sourceUri", "sourceCanonical", "targetUri", "targetCanonical"}) {
                String canonical = Json.text(resource.json(), scope);
                if (canonical != null) {
                    String[] parts = References.canonical(canonical);
                    references.add(new Reference(scope, ResourceKind.VALUE_SET, parts[0], parts[1]));
                }
            }
            for (MapGroup group : MapGroup.of(resource)) {
                if (group.source() != null) {
                    references.add(new Reference("group.source", ResourceKind.CODE_SYSTEM, group.source(),
                            group.sourceVersion()));
                }
                if (group.target() != null) {
                    references.add(new Reference("group.target", ResourceKind.CODE_SYSTEM, group.target(),
                            group.targetVersion()));
                }
            }
        }
        return references;
    }
}
