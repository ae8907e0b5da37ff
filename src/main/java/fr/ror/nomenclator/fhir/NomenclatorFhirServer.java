package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.PreferReturnEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The FHIR R4 endpoint: a plain HAPI server (no JPA) over the terminology module. JSON unless
 * the client asks otherwise ({@code _format}, Accept); searches paged in memory.
 */
public final class NomenclatorFhirServer extends RestfulServer {

    static final String SERVER_NAME = "Nomenclator";
    static final String DESCRIPTION = "Nomenclator: the ROR's terminology server for the NOS nomenclatures"
            + " (TRE code systems, JDV value sets, ASS concept maps), every business version served.";
    private static final String REQUEST_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final transient List<IResourceProvider> providers;
    private final transient List<Object> interceptors;
    private final transient FhirSettings settings;

    NomenclatorFhirServer(FhirContext fhirContext, String version, FhirSettings settings,
                          List<IResourceProvider> providers, List<Object> interceptors) {
        super(fhirContext);
        this.providers = providers;
        this.interceptors = interceptors;
        this.settings = settings;
        setServerName(SERVER_NAME);
        setServerVersion(version);
        setImplementationDescription(DESCRIPTION);
    }

    @Override
    protected void initialize() {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        // Create and update answer with what the import did; Prefer: return=representation gives the resource.
        setDefaultPreferReturn(PreferReturnEnum.OPERATION_OUTCOME);
        FifoMemoryPagingProvider paging = new FifoMemoryPagingProvider(settings.pagedSearches());
        paging.setDefaultPageSize(settings.defaultPageSize());
        paging.setMaximumPageSize(settings.maxPageSize());
        setPagingProvider(paging);
        setDefaultPageSize(settings.defaultPageSize());
        setResourceProviders(providers);
        interceptors.forEach(this::registerInterceptor);
        setServerConformanceProvider(new ServerCapabilityStatementProvider(this));
    }

    /**
     * The id HAPI gives each request (the {@code X-Request-ID} answer header, log correlation): drawn
     * from a thread-local generator. HAPI's default seeds a {@code SecureRandom} per request, which
     * cost a sixth of the terminology work of an uncached {@code $validate-code}; the id is no secret.
     */
    @Override
    protected String newRequestId(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[length];
        for (int i = 0; i < length; i++) {
            id[i] = REQUEST_ID_CHARACTERS.charAt(random.nextInt(REQUEST_ID_CHARACTERS.length()));
        }
        return new String(id);
    }
}
