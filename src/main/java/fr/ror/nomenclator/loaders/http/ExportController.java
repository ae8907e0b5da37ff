package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.ContentFormat;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.VersionExports;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exports/{kind}/{id}?format=…} and {@code GET /api/exports/{kind}?url=…&version=…&format=…}:
 * a stored version as a file (FHIR JSON or XML, SVS, .tabs, xlsx, CSV). Public, like the FHIR reads
 * of the same content.
 */
@RestController
class ExportController {

    private final VersionExports exports;
    private final Mappings mappings;

    ExportController(VersionExports exports, Mappings mappings) {
        this.exports = exports;
        this.mappings = mappings;
    }

    @GetMapping("/api/exports/{kind}/{id}")
    ResponseEntity<byte[]> byId(@PathVariable String kind, @PathVariable String id,
                                @RequestParam(defaultValue = "fhir-json") String format,
                                @RequestParam(required = false) String mapping) {
        return file(exports.find(kind(kind), id, null, null), format, mapping);
    }

    @GetMapping("/api/exports/{kind}")
    ResponseEntity<byte[]> byUrl(@PathVariable String kind, @RequestParam String url,
                                 @RequestParam(required = false) String version,
                                 @RequestParam(defaultValue = "fhir-json") String format,
                                 @RequestParam(required = false) String mapping) {
        return file(exports.find(kind(kind), null, url, version), format, mapping);
    }

    private ResponseEntity<byte[]> file(fr.ror.nomenclator.terminology.VersionSummary version, String format,
                                        String mapping) {
        ContentFormat target = ImportController.format(format);
        if (target == null) {
            throw new LoadException(LoadError.BAD_REQUEST, "format", "an export needs a format: " + ContentFormat.codes());
        }
        VersionExports.Export export = exports.export(version, target, mapping == null ? null : mappings.resolve(mapping));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(target.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Entries", Integer.toString(export.entries()))
                .body(export.content());
    }

    static ResourceKind kind(String kind) {
        return ResourceKind.ofFhirType(kind).orElseThrow(() -> new LoadException(LoadError.BAD_REQUEST, "kind",
                "'" + kind + "' is not CodeSystem, ValueSet or ConceptMap"));
    }
}
