package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.internal.catalogue.YamlNomenclatureCatalogue;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class TerminologyConfiguration {

    /** The shipped catalogue; {@code nomenclator.terminology.catalogue} points elsewhere if needed. */
    @Bean
    NomenclatureCatalogue nomenclatureCatalogue(
            @Value("${nomenclator.terminology.catalogue:classpath:content/terminology/catalogue.yaml}") Resource yaml)
            throws IOException {
        if (!yaml.exists()) {
            throw new IllegalStateException("The nomenclature catalogue " + yaml.getDescription() + " does not exist");
        }
        try (InputStream in = yaml.getInputStream()) {
            return new YamlNomenclatureCatalogue(yaml.getDescription(), in);
        }
    }
}
