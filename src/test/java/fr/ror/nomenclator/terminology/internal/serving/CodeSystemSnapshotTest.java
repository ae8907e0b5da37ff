package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.PropertyValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CodeSystemSnapshotTest {

    @Test
    void realR211ConceptsKeepDisplayDesignationsAndTypedNosDates() {
        CodeSystemSnapshot snapshot = SnapshotBuilder.build("r211", "h1", RealCodeSystems.r211("001", "002"));

        assertThat(snapshot.version()).isEqualTo("20230802150000");
        assertThat(snapshot.url()).isEqualTo(RealCodeSystems.R211_URL);
        SnapshotConcept c001 = snapshot.find("001").orElseThrow();
        assertThat(c001.display()).isEqualTo("Addictologie comportementale (sans substance)");
        // The display counts as a designation in the code system's language, then the SNOMED synonym.
        assertThat(c001.designations()).hasSize(2);
        assertThat(c001.designations().get(0).isCodeSystemDisplay()).isTrue();
        assertThat(c001.designations().get(0).language()).isNull(); // R211 states no language
        assertThat(c001.designations().get(1).useCode()).isEqualTo("900000000000013009");
        assertThat(c001.properties()).contains(new ConceptProperty("dateValid",
                new PropertyValue.DateTimeValue("2015-04-08T00:00:00+01:00")));
        assertThat(c001.nosDates().dateFin()).isNull();

        NosDates dates002 = snapshot.find("002").orElseThrow().nosDates();
        assertThat(dates002.dateFin()).isEqualTo("2019-07-05T12:00:00+01:00");
        assertThat(dates002.validUntil()).isEqualTo(Instant.parse("2019-07-05T11:00:00Z"));
        assertThat(dates002.retiredOn(Instant.parse("2019-07-05T11:00:00Z"))).isTrue();
        assertThat(dates002.retiredOn(Instant.parse("2018-01-01T00:00:00Z"))).isFalse();
        assertThat(dates002.notYetValidOn(Instant.parse("2015-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void codesAreFoundIgnoringCaseOnlyWhenTheCodeSystemIsNotCaseSensitive() {
        ObjectNode insensitive = RealCodeSystems.r211("001");
        ((ObjectNode) insensitive.get("concept").get(0)).put("code", "AbC");
        assertThat(SnapshotBuilder.build("v", "h", insensitive).find("abc")).map(SnapshotConcept::code)
                .contains("AbC");

        insensitive.put("caseSensitive", true);
        CodeSystemSnapshot sensitive = SnapshotBuilder.build("v", "h", insensitive);
        assertThat(sensitive.find("abc")).isEmpty();
        assertThat(sensitive.find("AbC")).isPresent();
    }

    @Test
    void hierarchyComesFromNestingAndParentPropertiesBothWays() {
        ObjectNode serafin = RealCodeSystems.read("terminology/CodeSystem/CodeSystem-terminologie-SERAFINPH.json");
        CodeSystemSnapshot nested = SnapshotBuilder.build("s", "h", serafin);
        assertThat(nested.find("1.1").orElseThrow().parents()).containsExactly("1");
        assertThat(nested.find("1").orElseThrow().children()).startsWith("1.1", "1.2", "1.3");
        assertThat(nested.find("1.1").orElseThrow().children()).contains("1.1.1", "1.1.10");

        ObjectNode flat = RealCodeSystems.r211("001", "002", "003");
        ArrayNode concepts = (ArrayNode) flat.get("concept");
        ((ArrayNode) concepts.get(1).get("property")).addObject().put("code", "parent").put("valueCode", "001");
        ((ArrayNode) concepts.get(0).get("property")).addObject().put("code", "child").put("valueCode", "003");
        CodeSystemSnapshot byProperties = SnapshotBuilder.build("f", "h", flat);
        assertThat(byProperties.find("001").orElseThrow().children()).containsExactly("003", "002");
        assertThat(byProperties.find("002").orElseThrow().parents()).containsExactly("001");
        assertThat(byProperties.find("003").orElseThrow().parents()).containsExactly("001");
    }

    @Test
    void fhirStatusAndInactiveAreReadFromProperties() {
        ObjectNode codeSystem = RealCodeSystems.r211("001", "003");
        ArrayNode concepts = (ArrayNode) codeSystem.get("concept");
        ((ArrayNode) concepts.get(0).get("property")).addObject().put("code", "status").put("valueCode", "deprecated");
        ((ArrayNode) concepts.get(1).get("property")).addObject().put("code", "inactive").put("valueBoolean", true);
        CodeSystemSnapshot snapshot = SnapshotBuilder.build("v", "h", codeSystem);
        assertThat(snapshot.find("001").orElseThrow().status()).isEqualTo("deprecated");
        assertThat(snapshot.find("001").orElseThrow().deprecated()).isTrue();
        assertThat(snapshot.find("001").orElseThrow().inactive()).isFalse();
        assertThat(snapshot.find("003").orElseThrow().inactive()).isTrue();
        assertThat(snapshot.find("003").orElseThrow().status()).isEqualTo("inactive");
    }
}
