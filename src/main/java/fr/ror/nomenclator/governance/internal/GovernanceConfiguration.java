package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.GovernanceFiles;
import fr.ror.nomenclator.governance.request.ChangeWorkflow;
import fr.ror.nomenclator.governance.workbook.WorkbookOperations;
import fr.ror.nomenclator.loaders.ChangeRequestWorkbooks;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.ConceptUsages;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.QualityChecks;
import fr.ror.nomenclator.terminology.ReplacementPolicy;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionPublication;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The governance module's wiring: the YAML read and checked at start, the workflow and its store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GovernanceSettings.class, ReleaseSettings.class})
class GovernanceConfiguration {

    /** Read once at start: a bad file stops the start with the file, line and problem. */
    @Bean
    GovernanceDirectory governanceDirectory(GovernanceSettings settings, ResourceLoader loader,
                                            NomenclatureCatalogue catalogue) {
        return GovernanceFiles.read(new GovernanceFiles.Source() {
            @Override
            public Reader open(String name) throws java.io.IOException {
                Resource resource = loader.getResource(settings.directory() + name);
                if (!resource.exists()) {
                    throw new java.io.FileNotFoundException("it does not exist");
                }
                return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String name) {
                return settings.directory().equals("classpath:content/governance/") ? "governance/" + name
                        : settings.directory() + name;
            }
        }, catalogue);
    }

    /**
     * The working groups' retirement rules, for whoever runs the quality loop without knowing
     * governance (the loaders' {@code /api/quality}): terminology declares the need, governance answers it.
     */
    @Bean
    ReplacementPolicy replacementPolicy(GovernanceDirectory directory) {
        return directory::replacementRequired;
    }

    @Bean
    Clock governanceClock() {
        return Clock.systemUTC();
    }

    @Bean
    ChangeRequestRepository changeRequestRepository(Driver driver, ObjectMapper json,
            @org.springframework.beans.factory.annotation.Value("${nomenclator.neo4j.database:neo4j}") String database) {
        return new ChangeRequestRepository(driver, database, json);
    }

    @Bean
    ChangeRequests changeRequests(ChangeRequestRepository repository, GovernanceDirectory directory,
                                  NomenclatureCatalogue catalogue, VersionCatalog versions, ContentImport imports,
                                  ConceptUsages usages, ConceptLineage lineage, ObjectProvider<Clock> clock,
                                  ApplicationEventPublisher events) {
        Clock time = clock.getIfUnique(Clock::systemUTC);
        NomenclatureReferences references = new NomenclatureReferences(catalogue, versions);
        return new ChangeRequests(repository, new ChangeWorkflow(directory, time),
                new ImpactAnalysis(references, usages, versions, directory),
                new DraftVersions(references, versions, imports, lineage, time), references, events);
    }

    /** Every shipped change-request layout is checked here: a label governance cannot build stops the start. */
    @Bean
    ChangeRequestImports changeRequestImports(ChangeRequests requests, ChangeRequestWorkbooks workbooks,
                                              NomenclatureCatalogue catalogue, GovernanceDirectory directory,
                                              VersionCatalog versions, VersionDiff diff) {
        workbooks.layouts().forEach((name, labels) -> WorkbookOperations.check(workbooks.file(name), labels));
        return new ChangeRequestImports(requests, workbooks, new WorkbookOperations(catalogue), directory, versions,
                diff);
    }

    @Bean
    ReleaseRepository releaseRepository(Driver driver, ObjectMapper json,
            @org.springframework.beans.factory.annotation.Value("${nomenclator.neo4j.database:neo4j}") String database) {
        return new ReleaseRepository(driver, database, json);
    }

    @Bean
    OutboxRepository outboxRepository(Driver driver,
            @org.springframework.beans.factory.annotation.Value("${nomenclator.neo4j.database:neo4j}") String database) {
        return new OutboxRepository(driver, database);
    }

    @Bean(destroyMethod = "close")
    WebhookDispatcher webhookDispatcher(OutboxRepository outbox, ReleaseSettings settings, ObjectProvider<Clock> clock) {
        return new WebhookDispatcher(outbox, settings.webhooks(), clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    Releases releases(ReleaseRepository repository, OutboxRepository outbox, ChangeRequestRepository requests,
                      ChangeRequests changeRequests, VersionCatalog catalog, VersionPublication publication,
                      VersionDiff diff, ObjectProvider<QualityChecks> checks, GovernanceDirectory directory,
                      ReleaseSettings settings, WebhookDispatcher dispatcher, ApplicationEventPublisher events,
                      ObjectProvider<Clock> clock, ObjectMapper json) {
        return new Releases(repository, outbox, requests, changeRequests, catalog, publication, diff, checks, directory,
                settings, dispatcher, events, clock.getIfUnique(Clock::systemUTC), json);
    }

    @Bean
    Webhooks webhooks(OutboxRepository outbox, GovernanceDirectory directory, WebhookDispatcher dispatcher,
                      ObjectProvider<Clock> clock) {
        return new Webhooks(outbox, directory, dispatcher, clock.getIfUnique(Clock::systemUTC));
    }

    /**
     * Once the server is up: deliveries left pending by a previous run (a crash, a consumer down)
     * go out, then the outbox is polled.
     */
    @Bean
    @ConditionalOnWebApplication
    ApplicationRunner webhookDelivery(WebhookDispatcher dispatcher, ReleaseSettings settings) {
        return args -> {
            if (settings.webhooks().enabled()) {
                dispatcher.start();
                dispatcher.wake();
            }
        };
    }

    /** The audit trail as FHIR Provenance; the FHIR server registers every IResourceProvider bean. */
    @Bean
    @ConditionalOnWebApplication
    fr.ror.nomenclator.governance.provenance.ProvenanceProvider provenanceProvider(ChangeRequests requests) {
        return new fr.ror.nomenclator.governance.provenance.ProvenanceProvider(requests);
    }

    /** After the shipped content is loaded, so that working groups can point at the nomenclatures they own. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    @ConditionalOnWebApplication
    ApplicationRunner governanceGraph(ChangeRequestRepository repository, GovernanceDirectory directory) {
        return args -> repository.synchronise(directory);
    }
}
