package fr.ror.nomenclator.hapibaseline;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR endpoint at {@code /fhir}: HAPI's JPA resource providers (CodeSystem {@code $lookup}
 * and {@code $validate-code} live on the CodeSystem provider), the system provider, and the
 * value set operations ({@code ValueSet/$expand}, {@code ValueSet/$validate-code}).
 */
@Configuration(proxyBeanMethods = false)
class HapiRestfulServerConfiguration {

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(IFhirSystemDao<?, ?> systemDao,
                                                       ResourceProviderFactory resourceProviders,
                                                       JpaSystemProvider<?, ?> systemProvider,
                                                       ValueSetOperationProvider valueSetOperations,
                                                       DatabaseBackedPagingProvider paging,
                                                       JpaStorageSettings storageSettings,
                                                       ISearchParamRegistry searchParams,
                                                       IValidationSupport validationSupport) {
        RestfulServer server = new RestfulServer(systemDao.getContext());
        server.registerProviders(resourceProviders.createProviders());
        server.registerProvider(systemProvider);
        server.registerProvider(valueSetOperations);
        server.setPagingProvider(paging);
        server.setServerConformanceProvider(new JpaCapabilityStatementProvider(server, systemDao, storageSettings,
                searchParams, validationSupport));
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
