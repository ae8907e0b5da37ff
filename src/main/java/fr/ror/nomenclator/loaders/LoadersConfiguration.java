package fr.ror.nomenclator.loaders;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans. An R4 {@link FhirContext} bean of another module is reused when there is one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoaderProperties.class)
class LoadersConfiguration {

    @Bean
    FhirResourceReader fhirResourceReader(ObjectProvider<FhirContext> contexts, LoaderProperties properties) {
        FhirContext context = contexts.orderedStream()
                .filter(c -> c.getVersion().getVersion() == FhirVersionEnum.R4)
                .findFirst()
                .orElseGet(R4::context);
        return new FhirResourceReader(context, properties.maxResourceSize().toBytes());
    }

    @Bean
    ContentSources contentSources(LoaderProperties properties) {
        return new ContentSources(properties);
    }
}
