package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.internal.ChangeRequestImports;
import fr.ror.nomenclator.governance.internal.ChangeRequests;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.security.Actors;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.LoadSource;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/change-requests/import}: a change request proposed as a workbook (one row per
 * operation), sent as a multipart upload (part {@code file}) or as the raw body. By default a dry
 * run ({@code dryRun=true}): nothing saved, the answer is the operations read, the impact and the
 * changes. {@code dryRun=false} creates the draft request, proposed by whoever signed in (201 and
 * {@code Location}). Both refuse a workbook that does not hold the same way (422 listing every problem
 * by sheet, row and column). The same rule as {@code POST /api/change-requests}: a person allowed to
 * propose in the working group the workbook names.
 */
@RestController
@RequestMapping(path = "/api/change-requests/import", produces = "application/json")
@Tag(name = "Change requests", description = "Proposals of nomenclature changes, their review, votes and audit")
class ChangeRequestImportController {

    private final ChangeRequestImports imports;
    private final ChangeRequests requests;
    private final Actors actors;

    ChangeRequestImportController(ChangeRequestImports imports, ChangeRequests requests, Actors actors) {
        this.imports = imports;
        this.requests = requests;
        this.actors = actors;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.Operation(summary = "Propose a change request from a workbook (dry run by default)",
            description = "The workbook follows loaders/change-request.yaml: a Demande sheet (title, working group,"
                    + " rationale, legal basis, requesting organisation, target release as yyyy-MM) and an Opérations"
                    + " sheet with one operation per row, named by its French label (Retrait, Ajout au JDV, Ajout d'une"
                    + " correspondance…); template: GET /api/mappings/change-request/template. dryRun=true (the"
                    + " default) saves nothing and answers the typed operations with their rows, the impact and, per"
                    + " nomenclature, the changelog of its next draft against the version in force. dryRun=false"
                    + " creates the draft change request: 201 with Location. The operations are checked as on submission"
                    + " (codes exist, replacements are active…). 422 GV112 lists every problem by sheet, row and column"
                    + " (unknown operation label, empty required cell, bad month…); 422 LD111 a missing sheet or column;"
                    + " 400 LD105 an unsafe workbook (zip bomb, external links, macros); 415 LD103 not an xlsx; 403 GV301"
                    + " without the right to propose in the working group. Nothing is saved on any error.",
            responses = {
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                            description = "dry run: what the import would do"),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201",
                            description = "the draft change request created"),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422",
                            description = "the workbook does not hold; nothing saved")})
    ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
                             @Parameter(description = "true (default): save nothing, answer what the import would do; false: create the draft")
                             @RequestParam(defaultValue = "true") boolean dryRun,
                             @Parameter(description = "a shipped change-request layout (default change-request)")
                             @RequestParam(required = false) String mapping,
                             Authentication authentication) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.xlsx"
                : file.getOriginalFilename();
        if (file.getSize() > imports.maxBytes()) {
            throw tooLarge(name);
        }
        return answer(LoadSource.of(name, file.getBytes()), mapping, dryRun, authentication);
    }

    @PostMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "The same, the workbook sent as the raw body")
    ResponseEntity<?> body(HttpServletRequest request,
                           @RequestParam(defaultValue = "change-request.xlsx") String filename,
                           @RequestParam(defaultValue = "true") boolean dryRun,
                           @RequestParam(required = false) String mapping,
                           Authentication authentication) throws IOException {
        long max = imports.maxBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(filename);
        }
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (content.length > max) {
            throw tooLarge(filename);
        }
        return answer(LoadSource.of(filename, content), mapping, dryRun, authentication);
    }

    private ResponseEntity<?> answer(LoadSource source, String mapping, boolean dryRun, Authentication authentication) {
        Actor actor = actors.of(authentication);
        if (dryRun) {
            return ResponseEntity.ok(WorkbookPreviewView.of(imports.preview(actor, source, mapping)));
        }
        ChangeRequest created = imports.create(actor, source, mapping);
        return ResponseEntity.created(URI.create("/api/change-requests/" + created.id()))
                .eTag("\"" + created.revision() + "\"")
                .body(ChangeRequestView.of(created, requests.impact(created), requests.conflicts(created.id()),
                        requests.decision(created)));
    }

    private LoadException tooLarge(String name) {
        return new LoadException(LoadError.TOO_LARGE, name, "content larger than the limit of " + imports.maxBytes()
                + " bytes (nomenclator.loaders.max-resource-size)");
    }
}
