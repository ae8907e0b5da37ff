package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.operation.CodeSystemEdit;
import fr.ror.nomenclator.governance.operation.ConceptMapEdit;
import fr.ror.nomenclator.governance.operation.ResourceEdit;
import fr.ror.nomenclator.governance.operation.ValueSetEdit;
import fr.ror.nomenclator.governance.operation.Workspace;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link Workspace} over the stored versions: copies are taken on first use and kept per nomenclature. */
final class StoreWorkspace implements Workspace {

    private final NomenclatureReferences references;
    private final VersionCatalog versions;
    private final Instant now;
    private final Map<String, Optional<? extends ResourceEdit>> edits = new LinkedHashMap<>();
    private final List<LineageLink> lineage = new ArrayList<>();

    StoreWorkspace(NomenclatureReferences references, VersionCatalog versions, Instant now) {
        this.references = references;
        this.versions = versions;
        this.now = now;
    }

    @Override
    public String key(ResourceKind kind, String reference) {
        return references.key(kind, reference);
    }

    @Override
    public Optional<CodeSystemEdit> codeSystem(String reference) {
        return edit(ResourceKind.CODE_SYSTEM, reference, (v, json) -> new CodeSystemEdit(v.canonicalKey(), v.id(),
                v.version(), v.status(), json)).map(CodeSystemEdit.class::cast);
    }

    @Override
    public Optional<ValueSetEdit> valueSet(String reference) {
        return edit(ResourceKind.VALUE_SET, reference, (v, json) -> new ValueSetEdit(v.canonicalKey(), v.id(),
                v.version(), v.status(), json, url -> references.key(ResourceKind.CODE_SYSTEM, url)))
                .map(ValueSetEdit.class::cast);
    }

    @Override
    public Optional<ConceptMapEdit> conceptMap(String reference) {
        return edit(ResourceKind.CONCEPT_MAP, reference, (v, json) -> new ConceptMapEdit(v.canonicalKey(), v.id(),
                v.version(), v.status(), json, url -> references.key(ResourceKind.CODE_SYSTEM, url)))
                .map(ConceptMapEdit.class::cast);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void lineage(LineageLink link) {
        lineage.add(link);
    }

    List<LineageLink> lineage() {
        return List.copyOf(lineage);
    }

    /** The copies the operations changed, by kind, in the order first used. */
    Map<ResourceKind, List<ResourceEdit>> changed() {
        Map<ResourceKind, List<ResourceEdit>> out = new LinkedHashMap<>();
        edits.forEach((name, edit) -> edit.filter(ResourceEdit::changed).ifPresent(e -> out.computeIfAbsent(
                ResourceKind.valueOf(name.substring(0, name.indexOf(' '))), k -> new ArrayList<>()).add(e)));
        return out;
    }

    private interface Maker {
        ResourceEdit make(VersionSummary version, ObjectNode json);
    }

    private Optional<? extends ResourceEdit> edit(ResourceKind kind, String reference, Maker maker) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String name = kind.name() + " " + references.key(kind, reference);
        return edits.computeIfAbsent(name, n -> references.base(kind, reference).flatMap(v ->
                versions.resource(kind, v.id()).map(json -> maker.make(v, json))));
    }
}
