package fr.ror.nomenclator.terminology.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FhirDatesTest {

    @Test
    void aNosVersionIsInForceFromItsDateThoughItsEffectivePeriodStartsWithTheNomenclature() {
        assertThat(FhirDates.inForce(version("2099-01-01T12:00:00+01:00", "2015-04-08T00:00:00+01:00")))
                .contains(Instant.parse("2099-01-01T11:00:00Z"));
    }

    @Test
    void aReleaseIsInForceFromItsEffectiveDateWhenThatComesAfterItsPublication() {
        assertThat(FhirDates.inForce(version("2026-12-01T18:00:00+01:00", "2027-02-01T00:00:00+01:00")))
                .contains(Instant.parse("2027-01-31T23:00:00Z"));
        assertThat(FhirDates.inForce(version(null, "2027-02-01"))).contains(Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(FhirDates.inForce(version(null, null))).isEmpty();
    }

    private static VersionSummary version(String date, String effectiveFrom) {
        return new VersionSummary("id", ResourceKind.CODE_SYSTEM, "key", "url", "url", "1", "n", "t", "active", "p",
                date, List.of(), "hash", effectiveFrom);
    }
}
