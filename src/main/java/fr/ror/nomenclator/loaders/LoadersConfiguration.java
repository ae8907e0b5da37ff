package fr.ror.nomenclator.loaders;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import fr.ror.nomenclator.loaders.nos.NosOids;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SpreadsheetImport;
import fr.ror.nomenclator.loaders.sheets.WorkbookLimits;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.VersionCatalog;
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

    /** The OID table first, then the OIDs of stored versions (read at each lookup: imports add some). */
    @Bean
    NosOids nosOids(VersionCatalog catalog, NomenclatureCatalogue catalogue) {
        return new NosOids(NosOids.shippedTable(), catalog::versions, catalogue::canonicalKey);
    }

    /** Every shipped mapping is checked here: a bad one stops the start, naming its file and key. */
    @Bean
    Mappings mappings() {
        return Mappings.shipped();
    }

    /** POI keeps its zip-bomb limits process-wide: set once, before any workbook is opened. */
    @Bean
    WorkbookLimits workbookLimits(LoaderProperties properties) {
        WorkbookLimits limits = new WorkbookLimits(properties.workbookMinInflateRatio(),
                properties.workbookMaxEntrySize().toBytes());
        limits.apply();
        return limits;
    }

    @Bean
    SpreadsheetImport spreadsheetImport(LoaderProperties properties, WorkbookLimits limits) {
        return new SpreadsheetImport(properties.maxRows());
    }

    /** Change-request workbooks, read for governance under the same limits as any workbook. */
    @Bean
    ChangeRequestWorkbooks changeRequestWorkbooks(Mappings mappings, LoaderProperties properties, WorkbookLimits limits) {
        return new ChangeRequestWorkbooks(mappings, properties.maxResourceSize().toBytes(), properties.maxRows());
    }

    @Bean
    ContentReader contentReader(FhirResourceReader fhir, NosOids oids, Mappings mappings, SpreadsheetImport sheets) {
        return new ContentReader(fhir, oids, mappings, sheets);
    }
}
