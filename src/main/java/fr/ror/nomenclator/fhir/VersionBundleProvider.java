package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * Search results as a list of version headers; only the page asked for is materialised as
 * resources, so a search over hundreds of versions parses at most one page of them.
 */
final class VersionBundleProvider implements IBundleProvider {

    private final List<VersionSummary> matches;
    private final Function<VersionSummary, Optional<? extends IBaseResource>> materialiser;
    private final InstantType published = InstantType.now();

    VersionBundleProvider(List<VersionSummary> matches,
                          Function<VersionSummary, Optional<? extends IBaseResource>> materialiser) {
        this.matches = List.copyOf(matches);
        this.materialiser = materialiser;
    }

    @Override
    public IPrimitiveType<Date> getPublished() {
        return published;
    }

    @Override
    public List<IBaseResource> getResources(int fromIndex, int toIndex) {
        int from = Math.max(0, Math.min(fromIndex, matches.size()));
        int to = Math.max(from, Math.min(toIndex, matches.size()));
        // A version removed since the search (a replaced draft) is skipped rather than failing the page.
        return matches.subList(from, to).stream()
                .map(materialiser)
                .flatMap(Optional::stream)
                .map(IBaseResource.class::cast)
                .toList();
    }

    @Override
    public String getUuid() {
        return null;
    }

    @Override
    public Integer preferredPageSize() {
        return null;
    }

    @Override
    public Integer size() {
        return matches.size();
    }
}
