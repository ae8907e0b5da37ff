package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.FieldChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * {@code $changelog} on CodeSystem, ValueSet and ConceptMap, type level ({@code url}, {@code from},
 * {@code to}) and instance level (the instance is {@code to}), GET and POST: what changed between
 * two versions of a nomenclature, bucket by bucket ({@code added}, {@code retired},
 * {@code deprecated}, {@code reactivated}, {@code display-changed} (major), {@code display-corrected}
 * (minor), {@code moved}, {@code other-changed}, {@code removed}; for a concept map, mappings added,
 * changed or removed), as {@code Parameters}. Without {@code to}, the version served by default;
 * without {@code from}, the version before {@code to}.
 */
final class ChangelogOperationProvider {

    private final VersionDiff diff;
    private final VersionCatalog catalog;

    ChangelogOperationProvider(VersionDiff diff, VersionCatalog catalog) {
        this.diff = diff;
        this.catalog = catalog;
    }

    @Operation(name = "$changelog", type = CodeSystem.class, idempotent = true)
    public Parameters codeSystem(@OperationParam(name = "url") UriType url, @OperationParam(name = "from") StringType from,
                                 @OperationParam(name = "to") StringType to) {
        return changelog(ResourceKind.CODE_SYSTEM, text(url), text(from), text(to));
    }

    @Operation(name = "$changelog", type = CodeSystem.class, idempotent = true)
    public Parameters codeSystemInstance(@IdParam IdType id, @OperationParam(name = "from") StringType from) {
        return instance(ResourceKind.CODE_SYSTEM, id, text(from));
    }

    @Operation(name = "$changelog", type = ValueSet.class, idempotent = true)
    public Parameters valueSet(@OperationParam(name = "url") UriType url, @OperationParam(name = "from") StringType from,
                               @OperationParam(name = "to") StringType to) {
        return changelog(ResourceKind.VALUE_SET, text(url), text(from), text(to));
    }

    @Operation(name = "$changelog", type = ValueSet.class, idempotent = true)
    public Parameters valueSetInstance(@IdParam IdType id, @OperationParam(name = "from") StringType from) {
        return instance(ResourceKind.VALUE_SET, id, text(from));
    }

    @Operation(name = "$changelog", type = ConceptMap.class, idempotent = true)
    public Parameters conceptMap(@OperationParam(name = "url") UriType url, @OperationParam(name = "from") StringType from,
                                 @OperationParam(name = "to") StringType to) {
        return changelog(ResourceKind.CONCEPT_MAP, text(url), text(from), text(to));
    }

    @Operation(name = "$changelog", type = ConceptMap.class, idempotent = true)
    public Parameters conceptMapInstance(@IdParam IdType id, @OperationParam(name = "from") StringType from) {
        return instance(ResourceKind.CONCEPT_MAP, id, text(from));
    }

    private Parameters instance(ResourceKind kind, IdType id, String from) {
        VersionSummary to = catalog.find(kind, id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
        return changelog(kind, to.url(), from, to.version());
    }

    private Parameters changelog(ResourceKind kind, String url, String from, String to) {
        if (url == null) {
            throw new InvalidRequestException("$changelog needs the url of the " + kind.fhirType()
                    + " (or call it on an instance)");
        }
        List<VersionSummary> versions = catalog.versionsOf(kind, url).stream().filter(Readers::mayRead).toList();
        String toVersion = to != null ? to : catalog.latest(kind, url).filter(Readers::mayRead)
                .map(VersionSummary::version).orElse(null);
        if (toVersion == null) {
            throw new ResourceNotFoundException("No " + kind.fhirType() + " " + url + " is stored");
        }
        requireReadable(kind, url, toVersion);
        String fromVersion = from != null ? from : previous(versions, toVersion).orElseThrow(() ->
                new InvalidRequestException(kind.fhirType() + " " + url + " has no version before " + toVersion
                        + ": name the version to compare with in from"));
        requireReadable(kind, url, fromVersion);
        return render(diff.between(kind, url, fromVersion, toVersion));
    }

    /** A draft named explicitly is for authenticated users, as its reads are. */
    private void requireReadable(ResourceKind kind, String url, String version) {
        catalog.versionsOf(kind, url).stream().filter(v -> version.equals(v.version())).findFirst()
                .filter(v -> !Readers.mayRead(v)).ifPresent(v -> {
                    throw new AuthenticationException(kind.fhirType() + " " + url + "|" + version + " is a draft:"
                            + " drafts are readable by authenticated users only");
                });
    }

    private static Optional<String> previous(List<VersionSummary> versions, String to) {
        return versions.stream().filter(v -> !"draft".equals(v.status())).map(VersionSummary::version)
                .filter(v -> VersionOrder.INSTANCE.compare(v, to) < 0).max(VersionOrder.INSTANCE);
    }

    static Parameters render(Changelog log) {
        Parameters out = new Parameters();
        out.addParameter().setName("resourceType").setValue(new CodeType(log.kind().fhirType()));
        out.addParameter().setName("url").setValue(new UriType(log.url()));
        out.addParameter().setName("from").setValue(new StringType(log.fromVersion()));
        out.addParameter().setName("to").setValue(new StringType(log.toVersion()));
        log.counts().forEach((kind, count) -> {
            ParametersParameterComponent bucket = out.addParameter().setName("count");
            bucket.addPart().setName("kind").setValue(new CodeType(kind.code()));
            bucket.addPart().setName("count").setValue(new IntegerType(count));
        });
        for (ConceptChange change : log.changes()) {
            ParametersParameterComponent entry = out.addParameter().setName("change");
            entry.addPart().setName("kind").setValue(new CodeType(change.kind().code()));
            if (change.system() != null) {
                entry.addPart().setName("system").setValue(new StringType(change.system()));
            }
            entry.addPart().setName("code").setValue(new StringType(change.code()));
            if (change.displayBefore() != null) {
                entry.addPart().setName("displayBefore").setValue(new StringType(change.displayBefore()));
            }
            if (change.displayAfter() != null) {
                entry.addPart().setName("displayAfter").setValue(new StringType(change.displayAfter()));
            }
            for (FieldChange field : change.fields()) {
                ParametersParameterComponent part = entry.addPart().setName("field");
                part.addPart().setName("name").setValue(new StringType(field.field()));
                if (field.before() != null) {
                    part.addPart().setName("before").setValue(new StringType(field.before()));
                }
                if (field.after() != null) {
                    part.addPart().setName("after").setValue(new StringType(field.after()));
                }
            }
        }
        return out;
    }

    private static String text(org.hl7.fhir.r4.model.PrimitiveType<?> value) {
        return value == null || value.isEmpty() ? null : value.getValueAsString();
    }

}
