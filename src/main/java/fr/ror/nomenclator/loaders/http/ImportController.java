package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.ContentFormat;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.LoadOptions;
import fr.ror.nomenclator.loaders.LoadSource;
import fr.ror.nomenclator.loaders.SourceImport;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.terminology.ImportOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports}: loads one file of any format the loaders read, all or nothing, sent
 * as a multipart upload (part {@code file}, and optionally a {@code mappingFile} part holding a
 * mapping file; {@code mapping} names a shipped one) or as the raw request body. {@code dryRun=true} stores nothing and answers what would
 * be done and what would change. Editors and admins only.
 */
@RestController
class ImportController {

    private final SourceImport imports;
    private final Mappings mappings;
    private final long maxBytes;

    ImportController(SourceImport imports, Mappings mappings, FhirResourceReader fhir) {
        this.imports = imports;
        this.mappings = mappings;
        this.maxBytes = fhir.maxBytes();
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> upload(@RequestPart("file") MultipartFile file,
                                          @RequestPart(name = "mappingFile", required = false) MultipartFile mappingFile,
                                          @RequestParam(required = false) String format,
                                          @RequestParam(name = "mapping", required = false) String mappingName,
                                          @RequestParam(required = false) String url,
                                          @RequestParam(required = false) String version,
                                          @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        if (file.getSize() > maxBytes) {
            throw tooLarge(name);
        }
        SheetMapping mapping = mappingFile != null ? Mappings.parse(mappingFile.getOriginalFilename() == null ? "mapping"
                : mappingFile.getOriginalFilename(), mappingFile.getBytes()) : mapping(mappingName);
        return respond(imports.importSource(LoadSource.of(name, file.getBytes()),
                new LoadOptions(format(format), mapping, url, version), dryRun));
    }

    @PostMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportResponse> body(HttpServletRequest request,
                                        @RequestParam(defaultValue = "request-body") String filename,
                                        @RequestParam(required = false) String format,
                                        @RequestParam(name = "mapping", required = false) String mappingName,
                                        @RequestParam(required = false) String url,
                                        @RequestParam(required = false) String version,
                                        @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(filename);
        }
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) maxBytes + 1);
        }
        if (content.length > maxBytes) {
            throw tooLarge(filename);
        }
        return respond(imports.importSource(LoadSource.of(filename, content),
                new LoadOptions(format(format), mapping(mappingName), url, version), dryRun));
    }

    private static ResponseEntity<ImportResponse> respond(SourceImport.Result result) {
        boolean wrote = !result.dryRun() && result.outcomes().stream()
                .anyMatch(o -> o.result() != ImportOutcome.Result.UNCHANGED);
        return ResponseEntity.status(wrote ? HttpStatus.CREATED : HttpStatus.OK).body(ImportResponse.of(result));
    }

    private SheetMapping mapping(String name) {
        return name == null ? null : mappings.resolve(name);
    }

    static ContentFormat format(String format) {
        if (format == null || format.isBlank() || format.equals("auto")) {
            return null;
        }
        return ContentFormat.of(format).orElseThrow(() -> new LoadException(LoadError.BAD_REQUEST, "format",
                "'" + format + "' is not a format (expected auto, " + ContentFormat.codes() + ")"));
    }

    private LoadException tooLarge(String name) {
        return new LoadException(LoadError.TOO_LARGE, name, "content larger than the limit of "
                + FhirResourceReader.humanSize(maxBytes) + " (nomenclator.loaders.max-resource-size)");
    }
}
