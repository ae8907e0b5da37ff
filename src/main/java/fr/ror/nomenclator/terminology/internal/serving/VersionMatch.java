package fr.ror.nomenclator.terminology.internal.serving;

import java.util.regex.Pattern;

/**
 * Whether a version a request or a value set names selects a version a code system has: equal,
 * a semantic version with wildcards ({@code 1.x}, {@code 1.0.x}, {@code 1.*}), or a less detailed
 * one ({@code 1.0} selects {@code 1.0.2}). NOS timestamps and other versions match when equal or
 * when the candidate starts with the criterion.
 */
final class VersionMatch {

    private static final Pattern SEMVER = Pattern.compile("\\d+(\\.(\\d+|[xX*])){0,2}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private VersionMatch() {
    }

    static boolean matches(String criterion, String candidate) {
        if (criterion == null || candidate == null) {
            return false;
        }
        if (criterion.equals(candidate)) {
            return true;
        }
        if (isSemver(candidate)) {
            if (!isSemver(criterion)) {
                return false;
            }
            String[] wanted = stripLabels(criterion).split("\\.");
            String[] actual = stripLabels(candidate).split("\\.");
            if (wanted.length > actual.length) {
                return false;
            }
            for (int i = 0; i < wanted.length; i++) {
                if (!isWildcard(wanted[i]) && !wanted[i].equals(actual[i])) {
                    return false;
                }
            }
            return criterion.contains("-") == candidate.contains("-") || hasWildcards(criterion);
        }
        return !criterion.isEmpty() && !hasWildcards(criterion) && candidate.startsWith(criterion);
    }

    static boolean hasWildcards(String version) {
        if (version == null) {
            return false;
        }
        for (String part : stripLabels(version).split("\\.")) {
            if (isWildcard(part)) {
                return true;
            }
        }
        return version.endsWith("?");
    }

    static boolean isSemver(String version) {
        return version != null && SEMVER.matcher(version).matches() && version.contains(".");
    }

    private static boolean isWildcard(String part) {
        return "x".equals(part) || "X".equals(part) || "*".equals(part);
    }

    private static String stripLabels(String version) {
        int cut = version.length();
        int dash = version.indexOf('-');
        int plus = version.indexOf('+');
        if (dash >= 0) {
            cut = Math.min(cut, dash);
        }
        if (plus >= 0) {
            cut = Math.min(cut, plus);
        }
        return version.substring(0, cut);
    }
}
