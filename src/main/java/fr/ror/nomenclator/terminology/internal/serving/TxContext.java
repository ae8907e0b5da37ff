package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import fr.ror.nomenclator.terminology.internal.serving.TxParameters.VersionRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state one operation shares across the value sets and code systems it visits: what the
 * request can see, its parameters, the date the NOS validity rule applies on, the version rules it
 * applied (echoed in expansions), and the supplements it asked for and used.
 */
final class TxContext {

    final Resources resources;
    final TxParameters params;
    final TxMessages messages = TxMessages.ENGLISH;
    final Instant date;
    final Limits limits;
    final Set<String> usedRules = new LinkedHashSet<>();
    final Set<String> requiredSupplements = new LinkedHashSet<>();
    final Set<String> usedSupplements = new LinkedHashSet<>();
    private final java.util.Map<String, Optional<CodeSystemSnapshot>> codeSystems = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> sameSystems = new java.util.HashMap<>();

    /** Bounds on the work one request may ask. */
    record Limits(int maxUnpagedExpansion, int maxImportedExpansion, int maxPage) {
    }

    TxContext(Resources resources, TxParameters params, Instant now, Limits limits) {
        this.resources = resources;
        this.params = params;
        this.date = params.date != null ? params.date : now;
        this.limits = limits;
        requiredSupplements.addAll(params.supplements);
    }

    /**
     * The version of {@code url} to use given the version asked (by a value set or a coding) and
     * the request's version rules: a forced version wins, then the version asked, then a default,
     * then a checked one.
     */
    String determineVersion(String url, String version) {
        if (url == null) {
            return version;
        }
        List<VersionRule> rules = params.rulesFor(url, false);
        String result = version;
        String forced = null;
        for (VersionRule rule : rules) {
            if (rule.mode() == VersionRule.Mode.OVERRIDE) {
                if (forced == null) {
                    forced = rule.version();
                    usedRules.add(rule.parameterName() + "=" + rule.canonical());
                } else if (!forced.equals(rule.version())) {
                    throw new OperationException("TE411", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR,
                            "exception", "version-error", "SYSTEM_VERSION_MULTIPLE_OVERRIDE",
                            messages.format("SYSTEM_VERSION_MULTIPLE_OVERRIDE", url, forced, rule.version()), null));
                }
            }
        }
        if (forced != null) {
            result = forced;
        }
        if (result == null || result.isEmpty()) {
            for (VersionRule rule : rules) {
                if (rule.mode() == VersionRule.Mode.DEFAULT) {
                    result = rule.version();
                    usedRules.add(rule.parameterName() + "=" + rule.canonical());
                    break;
                }
            }
        }
        if (result == null || result.isEmpty()) {
            for (VersionRule rule : rules) {
                if (rule.mode() == VersionRule.Mode.CHECK) {
                    result = rule.version();
                    usedRules.add(rule.parameterName() + "=" + rule.canonical());
                    break;
                }
            }
        }
        return result == null || result.isEmpty() ? null : result;
    }

    /** The value set version to use given the request's {@code default-valueset-version} rules. */
    String determineValueSetVersion(String url, String version) {
        if (version != null && !version.isEmpty()) {
            return version;
        }
        for (VersionRule rule : params.rulesFor(url, true)) {
            if (rule.mode() == VersionRule.Mode.DEFAULT || rule.mode() == VersionRule.Mode.OVERRIDE) {
                usedRules.add(rule.parameterName() + "=" + rule.canonical());
                return rule.version();
            }
        }
        return null;
    }

    /** A {@code url|version} reference to a value set with the version rules applied. */
    String pinValueSet(String reference) {
        int bar = reference.indexOf('|');
        String url = bar < 0 ? reference : reference.substring(0, bar);
        String version = bar < 0 ? null : reference.substring(bar + 1);
        String pinned = determineValueSetVersion(url, version);
        return pinned == null ? reference : url + "|" + pinned;
    }

    /** The issues {@code check-system-version} rules raise against the version actually used. */
    List<ValidationIssue> versionChecks(String url, String actual) {
        List<ValidationIssue> issues = new ArrayList<>();
        for (VersionRule rule : params.rulesFor(url, false)) {
            if (rule.mode() == VersionRule.Mode.CHECK && !VersionMatch.matches(rule.version(), actual)) {
                issues.add(new ValidationIssue(Severity.ERROR, "exception", "version-error", "VALUESET_VERSION_CHECK",
                        messages.format("VALUESET_VERSION_CHECK", url, actual, rule.version()), null));
            }
        }
        return issues;
    }

    /**
     * The code system a url and version select, with the supplements the request and the value set
     * ask for merged in. No version rules are applied here: callers decide the version first.
     */
    Optional<CodeSystemSnapshot> codeSystem(String url, String version) {
        String key = url + "|" + version;
        Optional<CodeSystemSnapshot> known = codeSystems.get(key);
        if (known == null) {
            known = resolveCodeSystem(url, version);
            codeSystems.put(key, known);
        }
        return known;
    }

    private Optional<CodeSystemSnapshot> resolveCodeSystem(String url, String version) {
        Optional<CodeSystemSnapshot> base = resources.codeSystem(url, version);
        if (base.isEmpty() || base.get().isSupplement()) {
            return base.filter(cs -> !cs.isSupplement());
        }
        List<CodeSystemSnapshot> supplements = resources.supplementsOf(base.get(), requiredSupplements);
        for (CodeSystemSnapshot s : supplements) {
            usedSupplements.add(s.url());
            usedSupplements.add(s.canonical());
        }
        return Optional.of(SnapshotBuilder.withSupplements(base.get(), supplements));
    }

    /** Equal URLs, or two URLs of one stored nomenclature (aliases, the two NOS URL styles). */
    boolean sameSystem(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        return sameSystems.computeIfAbsent(a + " " + b, k -> storedAliases(a, b));
    }

    private boolean storedAliases(String a, String b) {
        var catalog = resources.stored().catalog();
        var left = catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM, a);
        if (left.isEmpty()) {
            return false;
        }
        var right = catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM, b);
        return !right.isEmpty() && left.get(0).canonicalKey().equals(right.get(0).canonicalKey());
    }

    List<String> versionsOf(String url) {
        return resources.codeSystemVersions(url);
    }

    /** The required supplements no code system of the request used. */
    List<String> missingSupplements() {
        return requiredSupplements.stream().filter(s -> !usedSupplements.contains(s)).toList();
    }

    OperationException missingSupplementsError() {
        List<String> missing = missingSupplements();
        return new OperationException("TE412", Refusal.UNPROCESSABLE, new ValidationIssue(Severity.ERROR, "not-found",
                "not-found", "VALUESET_SUPPLEMENT_MISSING", messages.plural(missing.size(),
                "VALUESET_SUPPLEMENT_MISSING", missing.size(), String.join(",", missing)), null));
    }

    /** "a", "a or b", "a, b and c": how tx.fhir.org lists known versions. */
    static String presentVersions(List<String> versions) {
        if (versions.isEmpty()) {
            return "";
        }
        if (versions.size() == 1) {
            return versions.get(0);
        }
        if (versions.size() == 2) {
            return versions.get(0) + " or " + versions.get(1);
        }
        return String.join(", ", versions.subList(0, versions.size() - 1)) + " and " + versions.get(versions.size() - 1);
    }
}
