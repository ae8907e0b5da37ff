package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.ChangelogExport;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.VersionDiff;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/diff?kind=CodeSystem&url=…&from=…&to=…&format=json|xlsx|csv}: the changelog
 * between two stored versions of a nomenclature. Public, as its versions are.
 */
@RestController
class DiffController {

    private final VersionDiff diff;

    DiffController(VersionDiff diff) {
        this.diff = diff;
    }

    @GetMapping("/api/diff")
    ResponseEntity<byte[]> diff(@RequestParam(defaultValue = "CodeSystem") String kind, @RequestParam String url,
                                @RequestParam String from, @RequestParam String to,
                                @RequestParam(defaultValue = "json") String format) {
        Changelog log = diff.between(ExportController.kind(kind), url, from, to);
        String name = "changelog-" + from + "-" + to;
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ChangelogExport.json(log));
            case "csv" -> attachment(ChangelogExport.csv(log), "text/csv;charset=UTF-8", name + ".csv");
            case "xlsx" -> attachment(ChangelogExport.xlsx(log),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            default -> throw new LoadException(LoadError.BAD_REQUEST, "format", "'" + format
                    + "': a changelog is json, xlsx or csv");
        };
    }

    private static ResponseEntity<byte[]> attachment(byte[] content, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
