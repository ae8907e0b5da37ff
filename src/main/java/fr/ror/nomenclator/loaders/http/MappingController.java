package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mappings}: the shipped spreadsheet layouts; {@code …/{name}/template}: a layout's template workbook. */
@RestController
class MappingController {

    private final Mappings mappings;

    MappingController(Mappings mappings) {
        this.mappings = mappings;
    }

    record MappingInfo(String name, String description, String conceptSheet, int headerRow, List<String> columns) {
    }

    @GetMapping(path = "/api/mappings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MappingInfo> mappings() {
        return mappings.all().values().stream().map(m -> new MappingInfo(m.name(), m.description(), m.concepts().sheet(),
                m.concepts().headerRow(), m.concepts().columns().all().stream().map(SheetMapping.Column::title).toList()))
                .toList();
    }

    @GetMapping("/api/mappings/{name}/template")
    ResponseEntity<byte[]> template(@PathVariable String name) throws IOException {
        if (!mappings.all().containsKey(name)) {
            throw new LoadException(LoadError.BAD_REQUEST, name, "no such mapping (shipped: "
                    + String.join(", ", mappings.all().keySet()) + ")");
        }
        String file = name + "-template.xlsx";
        try (InputStream in = MappingController.class.getClassLoader().getResourceAsStream("content/loaders/" + file)) {
            if (in == null) {
                throw new LoadException(LoadError.BAD_REQUEST, name, "the mapping has no template workbook");
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file, StandardCharsets.UTF_8).build().toString())
                    .body(in.readAllBytes());
        }
    }
}
