package fr.ror.nomenclator.governance;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.GovernanceFiles;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.internal.catalogue.YamlNomenclatureCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The governance YAML and the nomenclature catalogue as shipped (the repository's folders), for tests. */
public final class ShippedGovernance {

    private ShippedGovernance() {
    }

    public static NomenclatureCatalogue catalogue() {
        try (InputStream in = Files.newInputStream(Path.of("terminology/catalogue.yaml"))) {
            return new YamlNomenclatureCatalogue("terminology/catalogue.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GovernanceDirectory directory() {
        return GovernanceFiles.read(folder(Path.of("governance")), catalogue());
    }

    /** The shipped files, with some replaced by the given texts (file name → YAML). */
    public static GovernanceDirectory directory(Map<String, String> replaced) {
        GovernanceFiles.Source shipped = folder(Path.of("governance"));
        return GovernanceFiles.read(new GovernanceFiles.Source() {
            @Override
            public Reader open(String name) throws IOException {
                return replaced.containsKey(name) ? new java.io.StringReader(replaced.get(name)) : shipped.open(name);
            }

            @Override
            public String describe(String name) {
                return "governance/" + name;
            }
        }, catalogue());
    }

    static GovernanceFiles.Source folder(Path folder) {
        return new GovernanceFiles.Source() {
            @Override
            public Reader open(String name) throws IOException {
                return new InputStreamReader(Files.newInputStream(folder.resolve(name)), StandardCharsets.UTF_8);
            }

            @Override
            public String describe(String name) {
                return "governance/" + name;
            }
        };
    }
}
