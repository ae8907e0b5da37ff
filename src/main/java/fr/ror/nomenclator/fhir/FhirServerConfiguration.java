package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.VersionCatalog;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Mounts the FHIR server at {@code /fhir/*} with its guards. */
// Only in the web server: the CLI (load) runs the same application without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FhirSettings.class)
class FhirServerConfiguration {

    static final String FALLBACK_VERSION = "0.1.0-SNAPSHOT";

    /** The application's one R4 context (expensive to build); other modules may inject it. */
    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    /** The FHIR core code systems and value sets, known to the terminology operations without being stored. */
    @Bean
    FhirCoreContent fhirCoreContent(FhirContext fhirContext) {
        return new FhirCoreContent(fhirContext);
    }

    @Bean
    OutcomeWriter fhirOutcomeWriter(FhirContext fhirContext) {
        return new OutcomeWriter(fhirContext);
    }

    @Bean
    ServletRegistrationBean<NomenclatorFhirServer> fhirServlet(FhirContext fhirContext, FhirSettings settings,
                                                               VersionCatalog catalog, ContentImport contentImport,
                                                               ObjectProvider<TerminologyOperations> terminologyOperations,
                                                               ObjectProvider<BuildProperties> build,
                                                               ObjectProvider<IResourceProvider> otherProviders,
                                                               ObjectProvider<fr.ror.nomenclator.terminology.VersionDiff> diff) {
        FhirJson fhirJson = new FhirJson(fhirContext);
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion)
                .or(() -> Optional.ofNullable(NomenclatorFhirServer.class.getPackage().getImplementationVersion()))
                .orElse(FALLBACK_VERSION);
        List<IResourceProvider> providers = new ArrayList<>(List.of(
                new CodeSystemResourceProvider(catalog, contentImport, fhirJson),
                new ValueSetResourceProvider(catalog, contentImport, fhirJson),
                new ConceptMapResourceProvider(catalog, contentImport, fhirJson)));
        // Resource types other modules serve (governance: Provenance of its audit trail), as Spring beans.
        otherProviders.orderedStream().forEach(providers::add);
        NomenclatorFhirServer server = new NomenclatorFhirServer(fhirContext, version, settings, providers,
                List.of(new TerminologyErrorInterceptor(), new XmlEntityGuardInterceptor(),
                        new UnsupportedInteractionInterceptor(),
                        new TerminologyCapabilityInterceptor(version, releaseDate(build))));
        server.registerProvider(new ServerOperationsProvider());
        diff.ifAvailable(d -> server.registerProvider(new ChangelogOperationProvider(d, catalog)));
        // Optional so that the FHIR layer can run over a catalogue alone (its own tests do).
        terminologyOperations.ifAvailable(operations -> {
            TerminologyRequests requests = new TerminologyRequests(fhirContext);
            TerminologyOperationsProvider provider = new TerminologyOperationsProvider(operations, requests, catalog,
                    fhirJson);
            server.registerProvider(provider);
            server.registerProvider(new TerminologyBatchProvider(provider, requests, fhirJson, fhirContext));
        });
        ServletRegistrationBean<NomenclatorFhirServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TerminologyCapabilitiesFilter> terminologyCapabilities(FhirContext fhirContext,
                                                                                 VersionCatalog catalog,
                                                                                 ObjectProvider<BuildProperties> build) {
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion)
                .orElse(FALLBACK_VERSION);
        FilterRegistrationBean<TerminologyCapabilitiesFilter> registration = new FilterRegistrationBean<>(
                new TerminologyCapabilitiesFilter(fhirContext, version, releaseDate(build), catalog));
        registration.addUrlPatterns("/fhir/metadata");
        registration.setName("terminologyCapabilities");
        return registration;
    }

    /** The build time of the jar, or the start of this process when run from classes. */
    static java.util.Date releaseDate(ObjectProvider<BuildProperties> build) {
        return Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getTime).map(java.util.Date::from)
                .orElseGet(java.util.Date::new);
    }

    @Bean
    AnswerCache fhirAnswers(FhirSettings settings, VersionCatalog catalog) {
        FhirSettings.AnswerCache cache = settings.answerCache();
        return new AnswerCache(catalog, cache.ttl(), cache.maxSize().toBytes());
    }

    /**
     * First of all filters, before the security chain and before Spring Boot's HTTP observation
     * (whose timer would be most of a hit's cost): it keeps the answers as they are rendered, and
     * serves those that reach it already kept. Hits are therefore not in
     * {@code http.server.requests}; the {@code X-Nomenclator-Answer: cached} header tells them apart.
     */
    @Bean
    FilterRegistrationBean<AnswerCacheFilter> fhirAnswerCache(AnswerCache answers) {
        FilterRegistrationBean<AnswerCacheFilter> registration = new FilterRegistrationBean<>(new AnswerCacheFilter(answers));
        registration.addUrlPatterns("/fhir/*");
        registration.setName("fhirAnswerCache");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Hits are served before the servlet container's dispatch: see {@link CachedAnswerValve}. */
    @Bean
    CachedAnswerValve fhirCachedAnswerValve(AnswerCache answers) {
        return new CachedAnswerValve(answers);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> fhirCachedAnswers(CachedAnswerValve valve) {
        return factory -> factory.addEngineValves(valve);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> fhirRequestSizeLimit(FhirSettings settings, OutcomeWriter writer) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(settings.maxRequestBytes().toBytes(), writer));
        registration.addUrlPatterns("/fhir/*");
        registration.setName("fhirRequestSizeLimit");
        return registration;
    }
}
