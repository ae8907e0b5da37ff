package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands share: option values checked before the application starts, summary rows. */
final class Cli {

    private Cli() {
    }

    static ResourceKind kind(CommandSpec spec, String kind) {
        if (kind == null) {
            return null;
        }
        return ResourceKind.ofFhirType(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown kind '" + kind + "': expected CodeSystem, ValueSet or ConceptMap"));
    }

    static SheetMapping mapping(CommandSpec spec, String mapping) {
        try {
            return Mappings.shipped().resolve(mapping);
        } catch (LoadException e) {
            throw new ParameterException(spec.commandLine(), "Mapping " + e.getMessage());
        }
    }

    static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-26s %s%n", label, value);
    }
}
