package fr.ror.nomenclator.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseStatus;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.FieldChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseNotesTest {

    private final ReleaseNotes notes = new ReleaseNotes(ZoneId.of("Europe/Paris"));
    private final Release release = new Release("2027-01", "Version de janvier", "Retraits *SERAFIN*",
            ReleaseStatus.PUBLISHED, "2027-01-15", "2027-02-01", "20270115100000", List.of("cr-1"), List.of(), "nos",
            Instant.parse("2027-01-10T09:00:00Z"), "nos", Instant.parse("2027-01-15T09:00:00Z"), null);
    private final Changelog log = new Changelog(ResourceKind.CODE_SYSTEM, "https://example.org/R211", "20230802150000",
            "20270115100000", List.of(
                    new ConceptChange(ChangeKind.RETIRED, null, "392", "Hébergement", "Hébergement",
                            List.of(new FieldChange("dateFin", null, "2027-02-01"))),
                    new ConceptChange(ChangeKind.DISPLAY_CHANGED, null, "511", "Accueil <spécialisé>", "Accueil_spécialisé",
                            List.of(new FieldChange("display", "Accueil <spécialisé>", "Accueil_spécialisé"))),
                    new ConceptChange(ChangeKind.ADDED, null, "600", null, "Nouveau", List.of())));

    @Test
    void markdownGroupsChangesByBucketInFrenchAndEscapesItsSpecialCharacters() {
        String markdown = notes.markdown(release, List.of(log));

        assertThat(markdown).startsWith("# Notes de version 2027-01 : Version de janvier")
                .contains("Version publiée le 15 janvier 2027 à 10h00, en vigueur à partir du 1 février 2027.")
                .contains("Retraits \\*SERAFIN\\*")
                .contains("### Codes retirés (1)").contains("- **392** : Hébergement\n  - dateFin : — → 2027-02-01")
                .contains("### Libellés modifiés (changement majeur) (1)")
                .contains("« Accueil &lt;spécialisé> » → « Accueil\\_spécialisé »")
                .contains("### Codes ajoutés (1)").contains("Demandes de modification publiées : cr-1");
    }

    @Test
    void htmlIsEscapedByTheTemplateEngine() {
        String html = notes.html(release, List.of(log));

        assertThat(html).contains("<h3>Codes ajoutés (1)</h3>").contains("Accueil &lt;spécialisé&gt;")
                .doesNotContain("<spécialisé>");
    }

    @Test
    void aConceptMapsEntriesAreMappings() {
        assertThat(ReleaseNotes.label(ResourceKind.CONCEPT_MAP, ChangeKind.ADDED)).isEqualTo("Correspondances ajoutées");
    }
}
