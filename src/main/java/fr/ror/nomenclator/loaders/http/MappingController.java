package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/mappings}: the shipped spreadsheet layouts, nomenclatures and change requests;
 * {@code …/{name}/template}: a layout's template workbook.
 */
@RestController
class MappingController {

    private final Mappings mappings;

    MappingController(Mappings mappings) {
        this.mappings = mappings;
    }

    /**
     * @param kind         {@code code-system} (a nomenclature's concepts) or {@code change-request} (one operation per row)
     * @param sheet        the sheet of the table
     * @param conceptSheet the same, for code-system layouts only (kept for the clients that read it)
     * @param operations   change-request layouts: the labels of the operation column
     */
    record MappingInfo(String name, String kind, String description, String sheet, String conceptSheet, int headerRow,
                       List<String> columns, List<String> operations) {
    }

    @GetMapping(path = "/api/mappings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MappingInfo> mappings() {
        List<MappingInfo> all = new ArrayList<>(mappings.all().values().stream().map(m -> new MappingInfo(m.name(),
                "code-system", m.description(), m.concepts().sheet(), m.concepts().sheet(), m.concepts().headerRow(),
                m.concepts().columns().all().stream().map(SheetMapping.Column::title).toList(), null)).toList());
        mappings.changeRequests().values().forEach(m -> all.add(new MappingInfo(m.name(), "change-request",
                m.description(), m.rows().sheet(), null, m.rows().headerRow(),
                m.rows().all().stream().map(SheetMapping.Column::title).toList(),
                m.operations().stream().map(OperationLabel::label).toList())));
        return all;
    }

    @GetMapping("/api/mappings/{name}/template")
    ResponseEntity<byte[]> template(@PathVariable String name) throws IOException {
        if (!mappings.all().containsKey(name) && !mappings.changeRequests().containsKey(name)) {
            List<String> names = new ArrayList<>(mappings.all().keySet());
            names.addAll(mappings.changeRequests().keySet());
            throw new LoadException(LoadError.BAD_REQUEST, name, "no such mapping (shipped: " + String.join(", ", names)
                    + ")");
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
