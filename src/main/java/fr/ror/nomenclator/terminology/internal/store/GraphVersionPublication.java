package fr.ror.nomenclator.terminology.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.DraftPublication;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.Publication;
import fr.ror.nomenclator.terminology.PublicationWork;
import fr.ror.nomenclator.terminology.PublishedVersion;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionConflictException;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionPublication;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion;
import fr.ror.nomenclator.terminology.internal.model.EffectivePeriod;
import fr.ror.nomenclator.terminology.internal.model.ResourceDecomposer;
import fr.ror.nomenclator.terminology.internal.store.GraphVersionRepository.Flip;
import fr.ror.nomenclator.terminology.internal.store.GraphVersionRepository.StoredVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Publishes drafts in place: each draft's node takes its published id, version, status, date and
 * header in one transaction with the caller's writes; its concepts, rules and groups are not
 * copied. Then the new versions are materialised and their snapshots compiled while readers are
 * still served the old state, and the index swaps to the new one in one step.
 */
@Service
class GraphVersionPublication implements VersionPublication {

    private static final Logger log = LoggerFactory.getLogger(GraphVersionPublication.class);

    private final GraphVersionRepository repository;
    private final VersionIndex index;
    private final GraphVersionCatalog catalog;
    private final GraphContentImport imports;
    private final NomenclatureCatalogue nomenclatures;
    private final ObjectProvider<SnapshotPreparation> preparations;
    private final ResourceDecomposer decomposer;

    GraphVersionPublication(GraphVersionRepository repository, VersionIndex index, GraphVersionCatalog catalog,
                            GraphContentImport imports, NomenclatureCatalogue nomenclatures,
                            ObjectProvider<SnapshotPreparation> preparations) {
        this.repository = repository;
        this.index = index;
        this.catalog = catalog;
        this.imports = imports;
        this.nomenclatures = nomenclatures;
        this.preparations = preparations;
        this.decomposer = new ResourceDecomposer(nomenclatures::canonicalKey);
    }

    private record Planned(Flip flip, PublishedVersion published, StoredVersion stored, ObjectNode resource) {
    }

    @Override
    public Publication publish(List<DraftPublication> drafts, PublicationWork alongside, Runnable afterCommit) {
        if (drafts.isEmpty()) {
            throw new VersionConflictException("TE204", "nothing to publish: no draft version given");
        }
        // The import lock: no import replaces a draft while it is being published.
        synchronized (imports) {
            List<Planned> plan = new ArrayList<>();
            for (DraftPublication draft : drafts) {
                plan.add(plan(draft));
            }
            List<PublishedVersion> published = plan.stream().map(Planned::published).toList();
            long start = System.nanoTime();
            long sequence = repository.publish(plan.stream().map(Planned::flip).toList(),
                    tx -> alongside.run(tx, published));
            index.seen(sequence);
            long committed = System.nanoTime();
            afterCommit.run();
            long prepareStart = System.nanoTime();
            for (Planned p : plan) {
                VersionSummary summary = summary(p.stored());
                catalog.prime(summary.id(), summary.contentHash(), p.resource());
                preparations.orderedStream().forEach(prep -> prep.prepare(summary, p.resource().deepCopy()));
            }
            long prepared = System.nanoTime();
            Set<String> drafted = new HashSet<>(drafts.stream().map(DraftPublication::draftId).toList());
            index.change(plan.stream().map(Planned::stored).toList(), drafted);
            long swapped = System.nanoTime();
            Publication publication = new Publication(published, Duration.ofNanos(committed - start),
                    Duration.ofNanos(prepared - prepareStart), Duration.ofNanos(swapped - prepared));
            log.info("Published {} versions ({}): transaction {} ms, snapshots {} ms, swap {} µs", published.size(),
                    published.stream().map(PublishedVersion::id).toList(), publication.transaction().toMillis(),
                    publication.prepare().toMillis(), publication.swap().toNanos() / 1000);
            return publication;
        }
    }

    private Planned plan(DraftPublication draft) {
        VersionSummary summary = index.byId(draft.draftId()).filter(v -> v.kind() == draft.kind())
                .orElseThrow(() -> new UnknownResourceException("TE404", draft.kind().fhirType() + "/"
                        + draft.draftId() + " is not stored"));
        if (!"draft".equals(summary.status())) {
            throw new VersionConflictException("TE204", draft.kind().fhirType() + "/" + draft.draftId() + " is "
                    + summary.status() + ", not a draft: only drafts are published");
        }
        List<VersionSummary> versions = index.ofNomenclature(draft.kind(), summary.canonicalKey());
        versions.stream().filter(v -> !"draft".equals(v.status()))
                .filter(v -> VersionOrder.INSTANCE.compare(v.version(), draft.version()) >= 0).findFirst()
                .ifPresent(v -> {
                    throw new VersionConflictException("TE205", summary.canonicalKey() + " " + draft.version()
                            + " would not order after its version " + v.version() + ": a release's versions are newer");
                });
        ObjectNode resource = catalog.resource(draft.kind(), draft.draftId()).orElseThrow(() ->
                new UnknownResourceException("TE404", draft.kind().fhirType() + "/" + draft.draftId() + " is not stored"));
        ObjectNode content = published(resource, draft);
        DecomposedVersion dv = decomposer.decompose("release", content);
        String id = VersionIds.of(draft.kind().fhirType(), dv.key(), draft.version());
        if (index.byId(id).filter(v -> !v.canonicalKey().equals(dv.key())).isPresent()) {
            id = VersionIds.disambiguated(draft.kind().fhirType(), dv.key(), draft.version());
        }
        content.put("id", id);
        String previous = catalog.latest(draft.kind(), summary.url()).filter(v -> !"draft".equals(v.status()))
                .map(VersionSummary::version).orElse(null);
        String effectiveFrom = EffectivePeriod.start(dv.header());
        String canonicalUrl = nomenclatures.byUrl(dv.url()).map(n -> n.url()).orElse(summary.canonicalUrl());
        Flip flip = new Flip(draft.draftId(), draft.draftContentHash(), dv.key(), summary.version(), id, dv.version(),
                dv.status(), dv.date(), effectiveFrom, dv.header().toString(), dv.contentHash());
        StoredVersion stored = new StoredVersion(id, dv.kind(), dv.key(), canonicalUrl, dv.url(), dv.version(),
                dv.status(), dv.name(), dv.title(), dv.publisher(), dv.date(), dv.identifiers(), dv.contentHash(),
                effectiveFrom);
        return new Planned(flip, new PublishedVersion(dv.kind(), dv.key(), dv.url(), draft.draftId(), id, dv.version(),
                previous, dv.contentHash(), effectiveFrom), stored, content);
    }

    /**
     * The draft as its published version: new version, status active, date, effective period; its
     * concepts (or groups) kept last, where the store's assembly puts them, so that the content hash
     * is the one a later import of the published resource computes.
     */
    private static ObjectNode published(ObjectNode draft, DraftPublication publication) {
        ObjectNode content = draft.deepCopy();
        content.remove("meta");
        content.remove("text");
        content.put("version", publication.version());
        content.put("status", "active");
        content.put("date", publication.date());
        if (publication.effectiveFrom() != null) {
            EffectivePeriod.setStart(content, publication.effectiveFrom());
        }
        for (String last : List.of("concept", "group")) {
            JsonNode moved = content.remove(last);
            if (moved != null) {
                content.set(last, moved);
            }
        }
        return content;
    }

    private VersionSummary summary(StoredVersion v) {
        return new VersionSummary(v.id(), v.kind(), v.key(), v.nomenclatureUrl(), v.url(), v.version(), v.name(),
                v.title(), v.status(), v.publisher(), v.date(), v.identifiers(), v.contentHash(), v.effectiveFrom());
    }
}
