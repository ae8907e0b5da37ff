package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.param.UriParamQualifierEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Read, search, create and update of one terminology resource type over the version catalogue.
 * Each business version is its own resource, served under the id the store gives it
 * ({@link VersionSummary#id()}); the server assigns ids from url + version, clients never do.
 */
abstract class TerminologyResourceProvider<T extends MetadataResource> implements IResourceProvider {

    private final Class<T> type;
    private final ResourceKind kind;
    private final VersionCatalog catalog;
    private final ContentImport contentImport;
    private final FhirJson fhirJson;

    TerminologyResourceProvider(Class<T> type, ResourceKind kind, VersionCatalog catalog, ContentImport contentImport,
                                FhirJson fhirJson) {
        this.type = type;
        this.kind = kind;
        this.catalog = catalog;
        this.contentImport = contentImport;
        this.fhirJson = fhirJson;
    }

    @Override
    public Class<T> getResourceType() {
        return type;
    }

    @Read
    public T read(@IdParam IdType id) {
        Optional<VersionSummary> summary = catalog.find(kind, id.getIdPart());
        if (summary.isPresent() && !Readers.mayRead(summary.get())) {
            throw new AuthenticationException(kind.fhirType() + "/" + id.getIdPart() + " is a draft: drafts are"
                    + " readable by authenticated users only; anonymous users read published content");
        }
        return materialise(id.getIdPart()).orElseThrow(() -> new ResourceNotFoundException(id));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = "url") UriParam url,
                                  @OptionalParam(name = "version") TokenParam version,
                                  @OptionalParam(name = "name") StringParam name,
                                  @OptionalParam(name = "title") StringParam title,
                                  @OptionalParam(name = "status") TokenParam status,
                                  @OptionalParam(name = "publisher") StringParam publisher,
                                  @OptionalParam(name = "date") DateRangeParam date,
                                  @OptionalParam(name = "identifier") TokenParam identifier,
                                  @OptionalParam(name = "_id") TokenParam id) {
        SearchCriteria criteria = new SearchCriteria(version, name, title, status, publisher, date, identifier, id);
        List<VersionSummary> matches = candidates(url)
                .filter(Readers::mayRead)
                .filter(criteria)
                .sorted(Versions.SEARCH_ORDER)
                .toList();
        return new VersionBundleProvider(matches, summary -> materialise(summary.id()));
    }

    @Create
    public MethodOutcome create(@ResourceParam IBaseResource resource, RequestDetails request) {
        T content = expectedType(resource);
        ImportOutcome outcome = contentImport.importResource(source("create", request), fhirJson.toJson(content));
        return answer(outcome, content);
    }

    /**
     * Replaces the content of an existing version (a draft; a published version only with identical
     * content). Update-as-create is refused: the id would be the client's, and ids come from url + version.
     */
    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam IBaseResource resource, RequestDetails request) {
        T content = expectedType(resource);
        String target = id.getIdPart();
        if (catalog.find(kind, target).isEmpty()) {
            throw new InvalidRequestException(kind.fhirType() + "/" + target + " does not exist, and this server"
                    + " assigns ids from url and version: create new versions with POST /" + kind.fhirType());
        }
        Optional<VersionSummary> mapped = storedVersion(content);
        if (mapped.isEmpty() || !mapped.get().id().equals(target)) {
            throw new InvalidRequestException("The content is " + content.getUrl() + "|" + content.getVersion()
                    + mapped.map(s -> ", served as " + kind.fhirType() + "/" + s.id()).orElse(", a version not stored yet")
                    + ", not " + kind.fhirType() + "/" + target + ": this server assigns ids from url and version");
        }
        ImportOutcome outcome = contentImport.importResource(source("update", request), fhirJson.toJson(content));
        if (!outcome.versionId().equals(target)) {
            throw new InternalErrorException("Content of " + kind.fhirType() + "/" + target + " was stored as "
                    + outcome.versionId());
        }
        return answer(outcome, content);
    }

    private Stream<VersionSummary> candidates(UriParam url) {
        if (url == null || url.getValue() == null) {
            return catalog.versions(kind).stream();
        }
        if (url.getQualifier() == UriParamQualifierEnum.BELOW) {
            return catalog.versions(kind).stream().filter(s -> s.url() != null && s.url().startsWith(url.getValue()));
        }
        // By url alone a client gets every version of the nomenclature, whichever URL style or alias it used.
        return catalog.versionsOf(kind, url.getValue()).stream();
    }

    private Optional<VersionSummary> storedVersion(T content) {
        if (!content.hasUrl()) {
            return Optional.empty();
        }
        return catalog.versionsOf(kind, content.getUrl()).stream()
                .filter(s -> content.getUrl().equals(s.url()) && s.version() != null
                        && s.version().equals(content.getVersion()))
                .findFirst();
    }

    private Optional<T> materialise(String id) {
        return catalog.resource(kind, id).map(json -> {
            T resource = fhirJson.toResource(type, json);
            resource.setId(new IdType(kind.fhirType(), id));
            resource.getMeta().setVersionId(null).setLastUpdated(null);
            return resource;
        });
    }

    private T expectedType(IBaseResource resource) {
        if (!type.isInstance(resource)) {
            throw new InvalidRequestException("Expected a " + kind.fhirType() + " but the body is a "
                    + (resource == null ? "nothing" : resource.fhirType()));
        }
        return type.cast(resource);
    }

    private MethodOutcome answer(ImportOutcome outcome, T content) {
        IdType id = new IdType(kind.fhirType(), outcome.versionId());
        content.setId(id);
        String message = kind.fhirType() + " " + outcome.url() + "|" + outcome.version() + " "
                + outcome.result().name().toLowerCase() + " as " + id.getValue();
        MethodOutcome answer = new MethodOutcome(id, outcome.result() == ImportOutcome.Result.CREATED);
        answer.setResource(content);
        answer.setOperationOutcome(OperationOutcomes.information(message, OperationOutcomes.IMPORT_RESULT_SYSTEM,
                outcome.result().name()));
        return answer;
    }

    private String source(String interaction, RequestDetails request) {
        Principal user = request instanceof ServletRequestDetails servlet
                ? servlet.getServletRequest().getUserPrincipal() : null;
        return "FHIR " + interaction + " " + kind.fhirType() + (user == null ? "" : " by " + user.getName());
    }
}
