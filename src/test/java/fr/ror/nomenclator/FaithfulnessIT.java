package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import fr.ror.nomenclator.loaders.BatchLoader;
import fr.ror.nomenclator.loaders.LoadFailure;
import fr.ror.nomenclator.loaders.LoadListener;
import fr.ror.nomenclator.loaders.LoadReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every real NOS file we hold goes in and comes back the same through the FHIR API (meta,
 * narrative and the server-assigned id aside).
 */
class FaithfulnessIT extends ServerIT {

    static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/nomenclatures").normalize();
    static final Path NOS = SHARED.resolve("M-Priour_IG-terminologie-de-sante/input/NOS");
    static final Path PUBLIC_DISTRIBUTION = SHARED.resolve("M-Priour_IG-terminologie-de-sante/input/images/NOS");
    static FhirContext fhir;

    @Autowired
    BatchLoader loader;

    @BeforeAll
    static void fhirContext() {
        fhir = FhirContext.forR4();
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        fhir.getRestfulClientFactory().setSocketTimeout(120_000);
    }

    @Test
    void every473TreAndEveryJdvAndAssFileReadsBackAsLoaded() throws IOException {
        List<Path> tre = files(NOS.resolve("TRE"), "");
        List<Path> jdv = new ArrayList<>(files(NOS.resolve("JDV"), ""));
        jdv.addAll(files(SHARED.resolve("derived"), ""));
        jdv.addAll(files(SHARED.resolve("IG-terminologie-de-sante"), ""));
        assertThat(tre).hasSize(473);

        List<Path> all = new ArrayList<>(tre);
        all.addAll(jdv);
        LoadReport report = loader.load(all, LoadListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.created() + report.unchanged()).isEqualTo(all.size());
        all.forEach(this::assertReadsBackAsLoaded);
    }

    /**
     * The public distribution (FHIR JSON and XML of input/images/NOS) sometimes publishes other
     * content under a version the SMT export already has: such a file is refused as a conflict,
     * and each refusal is checked to be a real difference; every other file reads back as loaded.
     */
    @Test
    void thePublicDistributionFilesReadBackAsLoadedOrAreRefusedForRealConflicts() throws IOException {
        loader.load(files(NOS.resolve("TRE"), ""), LoadListener.NONE);
        loader.load(files(NOS.resolve("JDV"), ""), LoadListener.NONE);
        List<Path> distribution = Stream.concat(files(PUBLIC_DISTRIBUTION, "-FHIR.json").stream(),
                files(PUBLIC_DISTRIBUTION, "-FHIR.xml").stream()).toList();
        assertThat(distribution).hasSizeGreaterThan(25);

        LoadReport report = loader.load(distribution, LoadListener.NONE);

        List<String> refused = report.failures().stream().map(LoadFailure::source).toList();
        for (Path file : distribution) {
            boolean wasRefused = refused.stream().anyMatch(s -> s.contains(file.getFileName().toString()));
            if (wasRefused) {
                assertThat(report.failures().stream().filter(f -> f.source().contains(file.getFileName().toString())))
                        .allSatisfy(f -> assertThat(f.reason()).contains("already stored with other content"));
                assertThat(equalContent(parse(file), readBack(parse(file)))).as(file + " conflicts for real").isFalse();
            } else {
                assertReadsBackAsLoaded(file);
            }
        }
    }

    private void assertReadsBackAsLoaded(Path file) {
        MetadataResource original = parse(file);
        MetadataResource stored = readBack(original);
        if (!equalContent(original, stored)) {
            IParser json = fhir.newJsonParser().setPrettyPrint(true);
            assertThat(json.encodeResourceToString(stripped(stored))).as(file.toString())
                    .isEqualTo(json.encodeResourceToString(stripped(original)));
        }
    }

    private MetadataResource readBack(MetadataResource original) {
        IGenericClient client = fhir.newRestfulGenericClient(fhirBase());
        Bundle found = client.search().byUrl(original.fhirType() + "?url=" + original.getUrl() + "&version="
                + original.getVersion()).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).as(original.getUrl() + "|" + original.getVersion()).hasSize(1);
        String id = found.getEntryFirstRep().getResource().getIdElement().getIdPart();
        return (MetadataResource) client.read().resource(original.fhirType()).withId(id).execute();
    }

    private static boolean equalContent(MetadataResource a, MetadataResource b) {
        return stripped(a).equalsDeep(stripped(b));
    }

    private static MetadataResource stripped(MetadataResource resource) {
        MetadataResource copy = (MetadataResource) resource.copy();
        copy.setId((String) null);
        copy.setMeta(null);
        copy.setText(null);
        return copy;
    }

    private static MetadataResource parse(Path file) {
        try {
            String text = Files.readString(file);
            IParser parser = text.stripLeading().startsWith("<") ? fhir.newXmlParser() : fhir.newJsonParser();
            return (MetadataResource) parser.parseResource(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix))
                    .filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
