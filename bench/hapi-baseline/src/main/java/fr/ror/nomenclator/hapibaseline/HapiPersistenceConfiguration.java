package fr.ror.nomenclator.hapibaseline;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * HAPI's JPA R4 configuration over the H2 data source Spring Boot builds from
 * {@code spring.datasource.*}. The beans HAPI leaves to the application (entity manager factory,
 * transaction manager, settings) are created with HAPI's defaults; batch2 jobs run on HAPI's
 * in-memory message broker, as in the jpaserver-starter.
 */
@Configuration(proxyBeanMethods = false)
@Import({JpaR4Config.class, HapiJpaConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
        SubscriptionChannelConfig.class, ThreadPoolFactoryConfig.class})
class HapiPersistenceConfiguration {

    /** The defaults of a new install: among them, value set pre-expansion by the scheduled task. */
    @Bean
    JpaStorageSettings jpaStorageSettings() {
        return new JpaStorageSettings();
    }

    @Bean
    PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Bean
    SubscriptionSettings subscriptionSettings() {
        return new SubscriptionSettings();
    }

    @Primary
    @Bean
    LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource,
                                                                ConfigurableListableBeanFactory beanFactory,
                                                                FhirContext fhirContext,
                                                                JpaStorageSettings storageSettings,
                                                                Environment environment) {
        LocalContainerEntityManagerFactoryBean factory = HapiEntityManagerFactoryUtil.newEntityManagerFactory(
                beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        factory.setJpaProperties(hibernateProperties(environment));
        return factory;
    }

    /** Hibernate and Hibernate Search settings: {@code spring.jpa.properties.*} of application.yaml. */
    private static Properties hibernateProperties(Environment environment) {
        Properties properties = new Properties();
        properties.putAll(Binder.get(environment).bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
                .orElseThrow(() -> new IllegalStateException("spring.jpa.properties missing")));
        return properties;
    }

    @Primary
    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}
