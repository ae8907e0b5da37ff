package fr.ror.nomenclator.terminology.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.ImportPreview;
import fr.ror.nomenclator.terminology.ImportOutcome.Result;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.VersionConflictException;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion;
import fr.ror.nomenclator.terminology.internal.model.EffectivePeriod;
import fr.ror.nomenclator.terminology.internal.model.ResourceDecomposer;
import fr.ror.nomenclator.terminology.internal.store.GraphVersionRepository.StoredVersion;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports resource versions: identical content is recognised by its hash and costs no write;
 * a published version is immutable; a draft may be replaced. Writes are serialised so two
 * imports of one version cannot race (publications take the same lock: {@link GraphVersionPublication}).
 */
@Service
class GraphContentImport implements ContentImport, ImportPreview {

    private final GraphVersionRepository repository;
    private final VersionIndex index;
    private final NomenclatureCatalogue catalogue;
    private final ResourceDecomposer decomposer;

    GraphContentImport(GraphVersionRepository repository, VersionIndex index, NomenclatureCatalogue catalogue) {
        this.repository = repository;
        this.index = index;
        this.catalogue = catalogue;
        this.decomposer = new ResourceDecomposer(catalogue::canonicalKey);
    }

    @Override
    public synchronized ImportOutcome importResource(String source, ObjectNode resource) {
        DecomposedVersion dv = decomposer.decompose(source, resource);
        Optional<VersionSummary> stored = storedAllowing(source, dv);
        if (stored.isPresent() && stored.get().contentHash().equals(dv.contentHash())) {
            return outcome(source, stored.get().id(), dv, Result.UNCHANGED);
        }
        String id = stored.map(VersionSummary::id).orElseGet(() -> freshId(dv));
        String canonicalUrl = catalogue.byUrl(dv.url()).map(n -> n.url()).orElse(dv.url());
        long sequence = repository.store(id, dv, canonicalUrl, stored.map(VersionSummary::id));
        index.add(new StoredVersion(id, dv.kind(), dv.key(), canonicalUrl, dv.url(), dv.version(), dv.status(),
                dv.name(), dv.title(), dv.publisher(), dv.date(), dv.identifiers(), dv.contentHash(),
                EffectivePeriod.start(dv.header())));
        index.seen(sequence);
        return outcome(source, id, dv, stored.isPresent() ? Result.REPLACED : Result.CREATED);
    }

    @Override
    public ImportOutcome preview(String source, ObjectNode resource) {
        DecomposedVersion dv = decomposer.decompose(source, resource);
        Optional<VersionSummary> stored = storedAllowing(source, dv);
        if (stored.isEmpty()) {
            return outcome(source, freshId(dv), dv, Result.CREATED);
        }
        return outcome(source, stored.get().id(), dv,
                stored.get().contentHash().equals(dv.contentHash()) ? Result.UNCHANGED : Result.REPLACED);
    }

    /** The version already stored under this url|version, when the new content may go there. */
    private Optional<VersionSummary> storedAllowing(String source, DecomposedVersion dv) {
        Optional<VersionSummary> stored = index.find(dv.kind(), dv.key(), dv.version());
        if (stored.isPresent() && !stored.get().contentHash().equals(dv.contentHash())
                && !"draft".equals(stored.get().status())) {
            throw new VersionConflictException("TE201", source + ": " + dv.kind().fhirType() + " " + dv.url()
                    + " version " + dv.version() + " is already stored with other content, and a "
                    + stored.get().status() + " version is immutable: publish the change as a new version");
        }
        return stored;
    }

    private String freshId(DecomposedVersion dv) {
        String id = VersionIds.of(dv.kind().fhirType(), dv.key(), dv.version());
        return index.byId(id).isPresent() ? VersionIds.disambiguated(dv.kind().fhirType(), dv.key(), dv.version()) : id;
    }

    private static ImportOutcome outcome(String source, String id, DecomposedVersion dv, Result result) {
        return new ImportOutcome(source, id, dv.kind(), dv.url(), dv.version(), result);
    }
}
