package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The header search parameters of a CodeSystem, ValueSet or ConceptMap search, matched in memory
 * against {@link VersionSummary}. Absent parameters match everything. String parameters follow
 * FHIR: case- and accent-insensitive "starts with", or {@code :exact} / {@code :contains}.
 */
record SearchCriteria(TokenParam version, StringParam name, StringParam title, TokenParam status,
                      StringParam publisher, DateRangeParam date, TokenParam identifier, TokenParam id)
        implements Predicate<VersionSummary> {

    @Override
    public boolean test(VersionSummary summary) {
        return token(version, summary.version())
                && string(name, summary.name())
                && string(title, summary.title())
                && token(status, summary.status())
                && string(publisher, summary.publisher())
                && date(date, summary.date())
                && identifier(identifier, summary)
                && token(id, summary.id());
    }

    private static boolean token(TokenParam param, String value) {
        return param == null || param.getValue() == null || param.getValue().equals(value);
    }

    private static boolean string(StringParam param, String value) {
        if (param == null || param.getValue() == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        if (param.isExact()) {
            return value.equals(param.getValue());
        }
        String wanted = normalise(param.getValue());
        return param.isContains() ? normalise(value).contains(wanted) : normalise(value).startsWith(wanted);
    }

    private static boolean identifier(TokenParam param, VersionSummary summary) {
        if (param == null || param.getValue() == null) {
            return true;
        }
        return summary.identifiers() != null && summary.identifiers().stream().anyMatch(token -> {
            int bar = token.indexOf('|');
            String system = bar < 0 ? "" : token.substring(0, bar);
            String value = bar < 0 ? token : token.substring(bar + 1);
            // A null system matches any system; an empty one ("|value") only identifiers without.
            return param.getValue().equals(value) && (param.getSystem() == null || param.getSystem().equals(system));
        });
    }

    private static boolean date(DateRangeParam range, String value) {
        if (range == null || (range.getLowerBound() == null && range.getUpperBound() == null)) {
            return true;
        }
        return value != null && !value.isBlank() && DateMatch.matches(range, value);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
