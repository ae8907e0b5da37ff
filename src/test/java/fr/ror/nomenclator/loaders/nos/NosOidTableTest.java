package fr.ror.nomenclator.loaders.nos;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.loaders.SharedNomenclatures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NosOidTableTest {

    @Test
    void theShippedOidTableIsWhatTheGeneratorMakesOfTheSharedFiles() throws IOException {
        Map<String, Set<String>> published = NosOidTableGenerator.collect(SharedNomenclatures.ROOT);
        Map<String, String> table = NosOids.shippedTable();

        List<String> problems = new ArrayList<>();
        published.forEach((oid, urls) -> {
            String preferred = NosOidTableGenerator.preferred(urls);
            if (!preferred.equals(table.get(oid))) {
                problems.add(oid + ": table " + table.get(oid) + ", files " + urls);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(table).hasSize(published.size()).hasSizeGreaterThan(300);
    }

    @Test
    void bothNosUrlStylesOfANomenclatureFindItsOid() {
        NosOids oids = NosOids.shipped();

        assertThat(oids.oidOf("https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle")).hasValue("1.2.250.1.213.3.3.12");
        assertThat(oids.oidOf("https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"))
                .hasValue("1.2.250.1.213.3.3.12");
        assertThat(oids.urlOf("1.2.250.1.213.3.3.12")).hasValue(
                "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle");
        assertThat(oids.urlOf("9.9.9")).isEmpty();
    }
}
