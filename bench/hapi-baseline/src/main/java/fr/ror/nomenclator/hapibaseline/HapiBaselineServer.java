package fr.ror.nomenclator.hapibaseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A stock HAPI FHIR JPA R4 server, the baseline of Nomenclator's operations benchmark.
 *
 * <p>Run: {@code java -jar hapi-baseline.jar --server.port=P [--spring.datasource.url=jdbc:h2:file:DIR/h2]}.
 * FHIR base: {@code http://localhost:P/fhir}. Everything else is HAPI's default.
 */
// The Elasticsearch client comes with Hibernate Search, unused here (as in the jpaserver-starter).
@SpringBootApplication(exclude = ElasticsearchRestClientAutoConfiguration.class)
@Import({HapiPersistenceConfiguration.class, HapiRestfulServerConfiguration.class})
public class HapiBaselineServer {

    public static void main(String[] args) {
        SpringApplication.run(HapiBaselineServer.class, args);
    }
}
