package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import fr.ror.nomenclator.terminology.CodeCheck;
import fr.ror.nomenclator.terminology.ConceptQuery;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/**
 * Turns the parameters of the code system operations into requests, refusing (400, with the
 * reason) what is missing or contradicts itself: no code, a code and a coding, a coding of
 * another system than {@code url}, two different versions or displays.
 */
final class OperationInputs {

    /**
     * A value and where in the request it came from.
     *
     * @param path prefix of the FHIRPath of the input: {@code ""} (code), {@code "Coding."},
     *             {@code "CodeableConcept.coding[1]."}
     */
    record Located<T>(T value, String path) {
    }

    private final VersionCatalog catalog;

    OperationInputs(VersionCatalog catalog) {
        this.catalog = catalog;
    }

    ConceptQuery lookup(UriType system, CodeType code, StringType version, Coding coding, DateTimeType date) {
        if (has(code) && coding != null) {
            throw bad("$lookup takes either code (with system) or coding, not both");
        }
        if (!has(code) && coding == null) {
            throw bad("$lookup needs a code (with system) or a coding");
        }
        if (coding == null) {
            return new ConceptQuery(required(system, "$lookup needs system with code"), value(version),
                    code.getValue(), instant(date));
        }
        String codingCode = Optional.ofNullable(coding.getCode()).orElseThrow(() -> bad("The coding has no code"));
        return new ConceptQuery(systemOf(coding, value(system), "system"),
                versionOf(coding, value(version)), codingCode, instant(date));
    }

    List<Located<CodeCheck>> validation(UriType url, CodeType code, StringType version, StringType display,
                                        Coding coding, CodeableConcept codeableConcept, DateTimeType date) {
        long forms = Stream.of(has(code), coding != null, codeableConcept != null).filter(b -> b).count();
        if (forms != 1) {
            throw bad(forms == 0 ? "$validate-code needs one of code (with url), coding or codeableConcept"
                    : "$validate-code takes only one of code, coding or codeableConcept");
        }
        Instant on = instant(date);
        if (has(code)) {
            return List.of(new Located<>(new CodeCheck(required(url, "$validate-code needs url with code"),
                    value(version), code.getValue(), value(display), on), ""));
        }
        if (coding != null) {
            return List.of(new Located<>(check(coding, value(url), value(version), value(display), on), "Coding."));
        }
        List<Located<CodeCheck>> checks = new ArrayList<>();
        List<Coding> codings = codeableConcept.getCoding();
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            if (value(url) == null || (c.hasSystem() && sameSystem(c.getSystem(), value(url)))) {
                checks.add(new Located<>(check(c, value(url), value(version), value(display), on),
                        "CodeableConcept.coding[" + i + "]."));
            }
        }
        if (checks.isEmpty()) {
            throw bad("The codeableConcept has no coding" + (value(url) == null ? "" : " of " + value(url)));
        }
        return checks;
    }

    private CodeCheck check(Coding coding, String url, String version, String display, Instant on) {
        String codingCode = Optional.ofNullable(coding.getCode()).orElseThrow(() -> bad("The coding has no code"));
        if (display != null && coding.hasDisplay() && !display.equals(coding.getDisplay())) {
            throw bad("The display parameter '" + display + "' and the coding's display '" + coding.getDisplay()
                    + "' differ");
        }
        return new CodeCheck(systemOf(coding, url, "url"), versionOf(coding, version), codingCode,
                display != null ? display : coding.getDisplay(), on);
    }

    private String systemOf(Coding coding, String system, String parameter) {
        if (!coding.hasSystem()) {
            if (system == null) {
                throw bad("The coding has no system and no " + parameter + " is given");
            }
            return system;
        }
        if (system != null && !sameSystem(system, coding.getSystem())) {
            throw bad("The coding's system " + coding.getSystem() + " is not the " + parameter + " " + system);
        }
        return coding.getSystem();
    }

    private static String versionOf(Coding coding, String version) {
        if (coding.hasVersion() && version != null && !version.equals(coding.getVersion())) {
            throw bad("The coding's version " + coding.getVersion() + " is not the version parameter " + version);
        }
        return coding.hasVersion() ? coding.getVersion() : version;
    }

    /** Equal URLs, or two URLs (aliases) of one nomenclature. */
    private boolean sameSystem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<String> keyA = key(a);
        return keyA.isPresent() && keyA.equals(key(b));
    }

    private Optional<String> key(String url) {
        return catalog.versionsOf(ResourceKind.CODE_SYSTEM, url).stream().findFirst().map(VersionSummary::canonicalKey)
                .filter(Objects::nonNull);
    }

    /** A day (or coarser) counts from 00:00 UTC, as the NOS dates written without a time do. */
    private static Instant instant(DateTimeType date) {
        if (date == null || date.getValue() == null) {
            return null;
        }
        if (date.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
            int month = date.getPrecision() == TemporalPrecisionEnum.YEAR ? 1 : date.getMonth() + 1;
            int day = date.getPrecision() == TemporalPrecisionEnum.DAY ? date.getDay() : 1;
            return LocalDate.of(date.getYear(), month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return date.getValue().toInstant();
    }

    private static String required(UriType value, String message) {
        return Optional.ofNullable(value(value)).orElseThrow(() -> bad(message));
    }

    private static boolean has(PrimitiveType<?> value) {
        return value(value) != null;
    }

    private static String value(PrimitiveType<?> value) {
        return value == null || value.getValueAsString() == null || value.getValueAsString().isBlank()
                ? null : value.getValueAsString();
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message));
    }
}
