package fr.ror.nomenclator.loaders.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.loaders.SourceImport;
import fr.ror.nomenclator.loaders.sheets.ChangelogExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answer to an import: what was (or, in a dry run, would be) done with each resource of the
 * file, and in a dry run the changes each would bring.
 */
record ImportResponse(String source, boolean dryRun, List<Outcome> outcomes, List<JsonNode> changelogs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Outcome(String versionId, String kind, String url, String version, String result) {
    }

    static ImportResponse of(SourceImport.Result result) {
        List<Outcome> outcomes = result.outcomes().stream().map(o -> new Outcome(o.versionId(), o.kind().fhirType(),
                o.url(), o.version(), o.result().name())).toList();
        List<JsonNode> changelogs = result.changelogs().stream().map(log -> {
            try {
                return JSON.readTree(ChangelogExport.json(log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        return new ImportResponse(result.source(), result.dryRun(), outcomes, changelogs);
    }
}
