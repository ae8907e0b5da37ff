package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HAPI's own XML parser must not resolve external entities, even without our DOCTYPE guard. */
class XmlParserEntityTest {

    @Test
    void externalEntitiesAreNotResolvedByHapi(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeSystem [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><name value=\"&xxe;\"/></CodeSystem>";

        CodeSystem[] parsed = new CodeSystem[1];
        Throwable thrown = catchThrowable(() -> parsed[0] = FhirHttp.R4.newXmlParser().parseResource(CodeSystem.class, xml));

        if (thrown == null) {
            assertThat(parsed[0].getName()).doesNotContain("TOP-SECRET");
        } else {
            assertThat(thrown).hasMessageNotContaining("TOP-SECRET");
        }
    }
}
