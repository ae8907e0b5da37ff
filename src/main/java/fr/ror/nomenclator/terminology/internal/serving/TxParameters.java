package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters every terminology operation shares, read once from the request's FHIR
 * {@code Parameters}: the expansion and validation switches, paging, languages, version rules
 * ({@code system-version}, {@code check-system-version}, {@code force-system-version},
 * {@code default-valueset-version}), supplements and the date the NOS validity rule is applied on.
 * A parameter a value set declares ({@code valueset-expansion-parameter}) never overrides one the
 * request gives.
 */
final class TxParameters {

    /** A version rule on one system or value set. */
    record VersionRule(String system, String version, boolean valueSet, Mode mode) {
        enum Mode { DEFAULT, CHECK, OVERRIDE }

        String parameterName() {
            return switch (mode) {
                case DEFAULT -> valueSet ? "default-valueset-version" : "system-version";
                case CHECK -> valueSet ? "check-valueset-version" : "check-system-version";
                case OVERRIDE -> valueSet ? "force-valueset-version" : "force-system-version";
            };
        }

        String canonical() {
            return system + "|" + version;
        }
    }

    private final Set<String> seen = new LinkedHashSet<>();
    final List<VersionRule> versionRules = new ArrayList<>();
    final List<String> designations = new ArrayList<>();
    final List<String> properties = new ArrayList<>();
    final Set<String> supplements = new LinkedHashSet<>();

    Boolean activeOnly;
    Boolean excludeNested;
    Boolean includeDesignations;
    Boolean includeDefinition;
    Boolean excludeNotForUI;
    Boolean excludePostCoordinated;
    /** Codes of different versions of one system are the same code ({@code versionsMatch}). */
    Boolean versionsMatch;
    boolean displayWarning;
    boolean membershipOnly;
    boolean inferSystem;
    boolean abstractOk = true;
    boolean diagnostics;
    String filter;
    int count = -1;
    int offset = -1;
    LanguagePreferences displayLanguages;
    LanguagePreferences httpLanguages;
    Instant date;

    static TxParameters read(ObjectNode parameters, String acceptLanguage) {
        TxParameters p = new TxParameters();
        try {
            p.httpLanguages = LanguagePreferences.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            p.httpLanguages = null; // a bad header is not the request's fault enough to refuse it
        }
        for (JsonNode parameter : parameters.path("parameter")) {
            p.see(parameter.path("name").asText(), parameter, true);
        }
        return p;
    }

    /** The parameters a value set declares for its own expansion, under those of the request. */
    void seeValueSet(ValueSetDefinition valueSet) {
        if (valueSet.compose() != null && valueSet.compose().extensions() != null) {
            for (JsonNode extension : valueSet.compose().extensions()) {
                String url = extension.path("url").asText();
                if (url.endsWith("/valueset-expansion-parameter")) {
                    String name = null;
                    JsonNode value = null;
                    for (JsonNode part : extension.path("extension")) {
                        if ("name".equals(part.path("url").asText())) {
                            name = ValueSetDefinition.primitive(part).orElse(null);
                        } else if ("value".equals(part.path("url").asText())) {
                            value = part;
                        }
                    }
                    if (name != null && value != null) {
                        see(name, value, false);
                    }
                }
            }
        }
        if (valueSet.compose() != null) {
            valueSet.compose().properties().forEach(p -> {
                if (!properties.contains(p)) {
                    properties.add(p);
                }
            });
        }
        if (httpLanguages == null && valueSet.language() != null) {
            httpLanguages = LanguagePreferences.parse(valueSet.language().code());
        }
    }

    private boolean claim(String name, boolean overwrite) {
        if (!overwrite && seen.contains(name)) {
            return false;
        }
        seen.add(name);
        return true;
    }

    private void see(String name, JsonNode holder, boolean overwrite) {
        Optional<String> value = ValueSetDefinition.primitive(holder);
        switch (name) {
            case "system-version" -> value.ifPresent(v -> rule(v, false, VersionRule.Mode.DEFAULT));
            case "check-system-version" -> value.ifPresent(v -> rule(v, false, VersionRule.Mode.CHECK));
            case "force-system-version" -> value.ifPresent(v -> rule(v, false, VersionRule.Mode.OVERRIDE));
            case "default-valueset-version" -> value.ifPresent(v -> rule(v, true, VersionRule.Mode.DEFAULT));
            case "check-valueset-version" -> value.ifPresent(v -> rule(v, true, VersionRule.Mode.CHECK));
            case "force-valueset-version" -> value.ifPresent(v -> rule(v, true, VersionRule.Mode.OVERRIDE));
            case "designation" -> value.ifPresent(designations::add);
            case "property" -> value.filter(v -> !properties.contains(v)).ifPresent(properties::add);
            case "useSupplement" -> value.ifPresent(supplements::add);
            case "displayLanguage" -> {
                if (claim(name, overwrite) && value.isPresent()) {
                    try {
                        displayLanguages = LanguagePreferences.parse(value.get());
                    } catch (IllegalArgumentException e) {
                        throw bad("INVALID_DISPLAY_NAME", TxMessages.ENGLISH.format("INVALID_DISPLAY_NAME", value.get()),
                                "processing", "invalid-display");
                    }
                }
            }
            case "includeDesignations" -> {
                if (claim(name, overwrite)) {
                    includeDesignations = bool(name, value);
                }
            }
            case "includeDefinition" -> {
                if (claim(name, overwrite)) {
                    includeDefinition = bool(name, value);
                }
            }
            case "activeOnly" -> {
                if (claim(name, overwrite)) {
                    activeOnly = bool(name, value);
                }
            }
            case "excludeNested" -> {
                if (claim(name, overwrite)) {
                    excludeNested = bool(name, value);
                }
            }
            case "excludeNotForUI" -> {
                if (claim(name, overwrite)) {
                    excludeNotForUI = bool(name, value);
                }
            }
            case "versionsMatch" -> {
                if (claim(name, overwrite)) {
                    versionsMatch = bool(name, value);
                }
            }
            case "excludePostCoordinated" -> {
                if (claim(name, overwrite)) {
                    excludePostCoordinated = bool(name, value);
                }
            }
            case "lenient-display-validation" -> {
                if (claim(name, overwrite)) {
                    displayWarning = bool(name, value);
                }
            }
            case "valueset-membership-only" -> {
                if (claim(name, overwrite)) {
                    membershipOnly = bool(name, value);
                }
            }
            case "inferSystem" -> {
                if (claim(name, overwrite)) {
                    inferSystem = bool(name, value);
                }
            }
            case "diagnostics" -> {
                if (claim(name, overwrite)) {
                    diagnostics = bool(name, value);
                }
            }
            case "abstract" -> {
                if (claim(name, overwrite)) {
                    abstractOk = bool(name, value);
                }
            }
            case "filter", "term" -> {
                if (claim("filter", overwrite)) {
                    filter = value.orElse(null);
                }
            }
            case "count" -> {
                if (claim(name, overwrite)) {
                    count = integer(name, value);
                }
            }
            case "offset" -> {
                if (claim(name, overwrite)) {
                    offset = integer(name, value);
                }
            }
            case "date" -> {
                if (claim(name, overwrite) && value.isPresent()) {
                    date = instant(value.get());
                }
            }
            case "profile" -> {
                JsonNode resource = holder.get("resource");
                if (resource != null && "Parameters".equals(resource.path("resourceType").asText())) {
                    for (JsonNode parameter : resource.path("parameter")) {
                        see(parameter.path("name").asText(), parameter, overwrite);
                    }
                }
            }
            default -> {
                // operation inputs (url, code, coding…) are read by each operation
            }
        }
    }

    private void rule(String canonical, boolean valueSet, VersionRule.Mode mode) {
        int bar = canonical.indexOf('|');
        if (bar <= 0 || bar == canonical.length() - 1) {
            String kind = new VersionRule("", "", valueSet, mode).parameterName();
            throw bad(null, "The " + kind + " parameter '" + canonical + "' must be a canonical with a version"
                    + " (url|version)", "invalid", "invalid-data");
        }
        versionRules.add(new VersionRule(canonical.substring(0, bar), canonical.substring(bar + 1), valueSet, mode));
    }

    List<VersionRule> rulesFor(String system, boolean valueSet) {
        return versionRules.stream().filter(r -> r.valueSet() == valueSet && r.system().equals(system)).toList();
    }

    /** The languages displays are chosen in: {@code displayLanguage}, else the request's Accept-Language. */
    LanguagePreferences workingLanguages() {
        return displayLanguages != null ? displayLanguages : httpLanguages;
    }

    /** The languages as the display messages name them, {@code --} for none. */
    String languageSummary() {
        LanguagePreferences languages = workingLanguages();
        return languages == null || languages.entries().isEmpty() ? "--" : languages.summary();
    }

    boolean activeOnly() {
        return Boolean.TRUE.equals(activeOnly);
    }

    boolean excludeNested() {
        return Boolean.TRUE.equals(excludeNested);
    }

    boolean includeDesignations() {
        return Boolean.TRUE.equals(includeDesignations);
    }

    boolean includeDefinition() {
        return Boolean.TRUE.equals(includeDefinition);
    }

    boolean excludeNotForUI() {
        return Boolean.TRUE.equals(excludeNotForUI);
    }

    private static boolean bool(String name, Optional<String> value) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(null, "The parameter " + name + " must be true or false, not '" + value.get() + "'",
                    "invalid", "invalid-data");
        };
    }

    private static int integer(String name, Optional<String> value) {
        if (value.isEmpty()) {
            return -1;
        }
        try {
            int n = Integer.parseInt(value.get().trim());
            if (n < 0) {
                throw bad(null, "The parameter " + name + " must not be negative, not " + n, "invalid", "invalid-data");
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(null, "The parameter " + name + " must be an integer, not '" + value.get() + "'", "invalid",
                    "invalid-data");
        }
    }

    /** A date or date-time; a day (or coarser) counts from 00:00 UTC, as NOS dates written without a time do. */
    static Instant instant(String value) {
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> OffsetDateTime.parse(value).toInstant();
            };
        } catch (DateTimeParseException e) {
            throw bad(null, "The parameter date must be a FHIR date or dateTime, not '" + value + "'", "invalid",
                    "invalid-data");
        }
    }

    static OperationException bad(String messageId, String message, String type, String txType) {
        return new OperationException("TE410", Refusal.BAD_REQUEST,
                new ValidationIssue(Severity.ERROR, type, txType, messageId, message, null));
    }
}
