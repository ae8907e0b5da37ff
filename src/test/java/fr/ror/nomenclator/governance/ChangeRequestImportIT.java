package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.support.ChangeRequestBook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A change request proposed as a workbook, over HTTP, on the shipped content: a GT médico-social
 * member retires R211 code 393 ("Hébergement temporaire en sortie d'hospitalisation", listed by
 * JDV_J17 and a target of ASS_A14) in favour of 511, and maps SERAFIN service 058 to 511 in ASS_A14.
 * Every refusal leaves the store as it was: as many change requests, the same drafts.
 */
class ChangeRequestImportIT extends GovernanceServerIT {

    static final String IMPORT = "/api/change-requests/import";

    static ChangeRequestBook retirementWithMapping() {
        return ChangeRequestBook.medicoSocial("Retrait de l'hébergement temporaire en sortie d'hospitalisation")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393",
                        "Code de remplacement", "511", "Motif", "Fusionné dans l'accueil et hébergement spécialisé")
                .blankRow()
                .row("Opération", "Ajout d'une correspondance", "ASS", "ASS_A14", "Code", "058", "Code cible", "511",
                        "Équivalence", "Lié", "Commentaire", "Locaux pour accueillir");
    }

    Answer upload(String user, String query, byte[] workbook) {
        return api.upload(IMPORT + query, user, "demande.xlsx", workbook);
    }

    int changeRequests() {
        return api.get("/api/change-requests", ADMIN).json().size();
    }

    String drafts() {
        return api.get("/fhir/CodeSystem?url=" + R211_URL + "&status=draft&_elements=version", ADMIN).json()
                .path("total").asText() + "/" + api.get("/fhir/ConceptMap?url=" + A14_URL
                + "&status=draft&_elements=version", ADMIN).json().path("total").asText();
    }

    @Test
    void aDryRunShowsTheTypedOperationsTheImpactAndTheChangesAndSavesNothing() {
        int before = changeRequests();
        String draftsBefore = drafts();

        // dryRun is the default: nothing is saved unless asked.
        Answer dry = upload(MEMBER, "", retirementWithMapping().bytes());

        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        JsonNode body = dry.json();
        assertThat(body.path("dryRun").asBoolean()).isTrue();
        assertThat(body.path("workingGroup").asText()).isEqualTo("gt-medico-social");
        assertThat(body.path("targetRelease").asText()).isEqualTo("2027-01");
        JsonNode ops = body.path("operations");
        assertThat(ops).hasSize(2);
        assertThat(ops.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(ops.get(0).path("label").asText()).isEqualTo("Retrait");
        JsonNode retire = ops.get(0).path("operation");
        assertThat(retire.path("kind").asText()).isEqualTo("retire");
        assertThat(retire.path("system").asText()).isEqualTo(R211);
        assertThat(retire.path("code").asText()).isEqualTo("393");
        assertThat(retire.path("replacements").toString()).isEqualTo("[\"511\"]");
        assertThat(ops.get(1).path("row").asInt()).isEqualTo(5);
        JsonNode mapping = ops.get(1).path("operation");
        assertThat(mapping.path("kind").asText()).isEqualTo("add-mapping");
        assertThat(mapping.path("conceptMap").asText()).isEqualTo(A14);
        assertThat(mapping.path("sourceCode").asText()).isEqualTo("058");
        assertThat(mapping.path("targetCode").asText()).isEqualTo("511");
        assertThat(mapping.path("equivalence").asText()).isEqualTo("relatedto");

        JsonNode impact = body.path("impact");
        assertThat(impact.path("valueSets").findValuesAsText("nomenclature")).contains(J17);
        assertThat(impact.path("conceptMaps").findValuesAsText("nomenclature")).contains(A14);
        assertThat(impact.path("workingGroups").toString()).contains("gt-medico-social");

        JsonNode changes = body.path("changes");
        assertThat(changes.findValuesAsText("nomenclature")).contains(R211, A14);
        assertThat(changes.toString()).contains("\"code\":\"393\"", "\"retired\":1", "\"code\":\"058 → 511\"");

        assertThat(changeRequests()).isEqualTo(before);
        assertThat(drafts()).isEqualTo(draftsBefore);
    }

    @Test
    void anImportCreatesTheDraftRequestWithTheWorkbooksOperations() {
        int before = changeRequests();

        Answer created = upload(MEMBER, "?dryRun=false", retirementWithMapping().bytes());

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(changeRequests()).isEqualTo(before + 1);
        Answer stored = read(id);
        assertThat(stored.json().path("status").asText()).isEqualTo("draft");
        assertThat(stored.json().path("proposer").asText()).isEqualTo("ms-member");
        assertThat(stored.json().path("title").asText())
                .isEqualTo("Retrait de l'hébergement temporaire en sortie d'hospitalisation");
        assertThat(stored.json().path("legalBasis").asText()).isEqualTo("Instruction DGOS/PF5/2023");
        assertThat(stored.json().path("operations").findValuesAsText("kind")).containsExactly("retire", "add-mapping");
        assertThat(stored.json().path("operations").get(0).path("reason").asText())
                .isEqualTo("Fusionné dans l'accueil et hébergement spécialisé");
        assertThat(stored.json().path("impact").path("valueSets").findValuesAsText("nomenclature")).contains(J17);
    }

    @Test
    void aNonMemberOfTheWorkingGroupIsForbiddenAndAnonymousUnauthorised() {
        int before = changeRequests();

        Answer forbidden = upload(MCO_EXPERT, "?dryRun=false", retirementWithMapping().bytes());
        Answer dry = upload(MCO_EXPERT, "", retirementWithMapping().bytes());
        Answer anonymous = upload(null, "", retirementWithMapping().bytes());

        assertThat(forbidden.status()).as(forbidden.text()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("GV301");
        assertThat(dry.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(changeRequests()).isEqualTo(before);
    }

    @Test
    void theLayoutItsTemplateAndTheEndpointAreDescribed() {
        Answer mappings = api.get("/api/mappings", null);
        JsonNode layout = null;
        for (JsonNode m : mappings.json()) {
            if (m.path("name").asText().equals("change-request")) {
                layout = m;
            }
        }
        assertThat(layout).isNotNull();
        assertThat(layout.path("kind").asText()).isEqualTo("change-request");
        assertThat(layout.path("operations").toString()).contains("Retrait", "Ajout d'une correspondance");
        Answer template = api.get("/api/mappings/change-request/template", null);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).contains("spreadsheetml");
        JsonNode openApi = api.get("/api/openapi.json", null).json().path("paths").path(IMPORT).path("post");
        assertThat(openApi.path("summary").asText()).contains("workbook");
        assertThat(openApi.path("parameters").findValuesAsText("name")).contains("dryRun");
    }

    @Test
    void aMissingColumnNamesTheSheetTheHeaderRowAndTheColumn() {
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Sans colonne Code")
                .columns("Opération", "Nomenclature", "Libellé", "Code de remplacement", "Motif")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code de remplacement", "511", "Motif", "m");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("LD111");
        assertThat(answer.detail()).contains("sheet 'Opérations', row 2 (the header row): no column 'Code'");
    }

    @Test
    void aColumnTheLayoutDoesNotHaveIsRefusedByName() {
        List<String> columns = new ArrayList<>(ChangeRequestBook.COLUMNS);
        columns.add("Priorité");
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Colonne en trop").columns(columns.toArray(String[]::new))
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393", "Code de remplacement", "511",
                        "Motif", "m", "Priorité", "haute");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("LD111");
        assertThat(answer.detail()).contains("sheet 'Opérations', row 2", "'Priorité' is not a column of the mapping"
                + " change-request");
    }

    @Test
    void anUnknownOperationLabelNamesItsCellAndTheLabelsThereAre() {
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Libellé inconnu")
                .row("Opération", "Suppression", "Nomenclature", "TRE_R211", "Code", "393", "Motif", "m");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("GV112");
        assertThat(answer.json().path("problems").toString()).contains("sheet 'Opérations', row 3, column 'Opération'"
                + " (A): 'Suppression' is not an operation of the mapping change-request", "'Retrait sans remplacement'");
    }

    @Test
    void aTargetReleaseThatIsNotAMonthNamesItsCell() {
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Mauvaise date").field("Version cible", "juin 2027")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393", "Code de remplacement", "511",
                        "Motif", "m");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("GV112");
        assertThat(answer.json().path("problems").toString()).contains("sheet 'Demande', row 7, column 'Version cible'"
                + " (B): 'juin 2027' is not a month (write it as 2027-01)");
    }

    @Test
    void anEmptyRequiredCellNamesItsRowAndColumn() {
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Sans remplacement")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393", "Motif", "m");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("problems").toString()).contains("sheet 'Opérations', row 3, column"
                + " 'Code de remplacement' (G): is empty: 'Retrait' needs it");
    }

    @Test
    void operationsAreCheckedAsOnSubmissionEachProblemNamingItsRow() {
        ChangeRequestBook book = ChangeRequestBook.medicoSocial("Codes faux")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393", "Code de remplacement", "999999",
                        "Motif", "m")
                .row("Opération", "Ajout au JDV", "JDV", "JDV_J17", "Nomenclature", "TRE_R211", "Code", "888888");

        Answer answer = refused(book.bytes());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("GV112");
        List<String> problems = new ArrayList<>();
        answer.json().path("problems").forEach(p -> problems.add(p.asText()));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sheet 'Opérations', row 3 (Retrait): ")
                .contains("999999"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("sheet 'Opérations', row 4 (Ajout au JDV): ")
                .contains("888888"));
        Answer dry = upload(MEMBER, "", book.bytes());
        assertThat(dry.status()).isEqualTo(422);
        assertThat(dry.json().path("problems")).isEqualTo(answer.json().path("problems"));
    }

    @Test
    void aZipBombIsRefusedBeforeParsing() {
        byte[] bomb = rewrite(retirementWithMapping().bytes(), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("<sheetData>", " ".repeat(60_000_000) + "<sheetData>"));
        assertThat(bomb.length).isLessThan(1_000_000);

        Answer answer = refused(bomb);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("LD105");
        assertThat(answer.detail()).contains("zip bomb");
    }

    @Test
    void aWorkbookWithExternalLinksIsRefused() throws IOException {
        XSSFWorkbook wb = retirementWithMapping().workbook();
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Codes").createRow(0).createCell(0).setCellValue("511");
        wb.linkExternalWorkbook("codes.xlsx", other);
        wb.getSheet("Opérations").getRow(2).getCell(6).setCellFormula("[codes.xlsx]Codes!A1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);

        Answer answer = refused(out.toByteArray());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("LD105");
        assertThat(answer.detail()).contains("external links");
    }

    @Test
    void aWorkbookDeclaringADoctypeIsRefused() {
        byte[] evil = rewrite(retirementWithMapping().bytes(), "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst(
                "\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));

        Answer answer = refused(evil);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.detail()).contains("DOCTYPE");
    }

    /** Sent for real (dryRun=false) by a member: refused, with nothing saved. */
    Answer refused(byte[] workbook) {
        int before = changeRequests();
        String draftsBefore = drafts();
        Answer answer = upload(MEMBER, "?dryRun=false", workbook);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(changeRequests()).isEqualTo(before);
        assertThat(drafts()).isEqualTo(draftsBefore);
        return answer;
    }

    /** The workbook with one of its XML parts rewritten. */
    static byte[] rewrite(byte[] workbook, String part, UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
