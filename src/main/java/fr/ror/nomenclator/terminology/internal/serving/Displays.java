package fr.ror.nomenclator.terminology.internal.serving;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The displays and designations of one concept, with the language rules that choose a display for
 * a request and check the display a client sent: the code system's (its display counts as a
 * designation in the code system's language), its supplements', and those a value set include gives.
 */
final class Displays {

    /** How a given display compares to the known ones. */
    enum Difference { NONE, CASE, WHITESPACE }

    record Match(boolean found, Difference difference) {
    }

    private enum Depth { FULL, REGION, LANGUAGE }

    private final List<SnapshotDesignation> designations = new ArrayList<>();
    private Language baseLanguage;

    Displays add(List<SnapshotDesignation> more) {
        designations.addAll(more);
        return this;
    }

    /** A value set include's own display, in the value set's language. */
    Displays addIncludeDisplay(String display, Language valueSetLanguage) {
        if (display != null) {
            baseLanguage = valueSetLanguage;
            designations.add(SnapshotDesignation.display(valueSetLanguage, display, null));
        }
        return this;
    }

    List<SnapshotDesignation> all() {
        return designations;
    }

    boolean isEmpty() {
        return designations.isEmpty();
    }

    /** The designation that stands for the concept in the languages asked, or null. */
    SnapshotDesignation preferred(LanguagePreferences languages) {
        if (designations.isEmpty()) {
            return null;
        }
        if (languages == null || languages.entries().isEmpty()) {
            for (SnapshotDesignation d : designations) {
                if (d.isPreferred() && d.isActive()) {
                    return d;
                }
            }
            for (SnapshotDesignation d : designations) {
                if (d.isDisplay()) {
                    return d;
                }
            }
            return designations.get(0);
        }
        for (LanguagePreferences.Entry entry : languages.entries()) {
            if (entry.quality() <= 0) {
                continue;
            }
            for (boolean activeOnly : new boolean[] {true, false}) {
                for (Depth depth : Depth.values()) {
                    SnapshotDesignation found = first(entry.language(), depth, activeOnly, true, false);
                    if (found == null) {
                        found = first(entry.language(), depth, activeOnly, false, true);
                    }
                    if (found == null) {
                        found = first(entry.language(), depth, activeOnly, false, false);
                    }
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        for (SnapshotDesignation d : designations) {
            if (d.language() == null && d.isDisplay()) {
                return d;
            }
        }
        return null;
    }

    String preferredValue(LanguagePreferences languages) {
        SnapshotDesignation d = preferred(languages);
        return d == null ? null : d.value();
    }

    /** The designation for the languages asked, else the one with no language preference. */
    SnapshotDesignation preferredOrDefault(LanguagePreferences languages) {
        SnapshotDesignation d = preferred(languages);
        return d != null || (languages != null && !languages.allowsOthers()) ? d : preferred(null);
    }

    private SnapshotDesignation first(Language asked, Depth depth, boolean activeOnly, boolean preferredOnly,
                                      boolean displayOnly) {
        for (SnapshotDesignation d : designations) {
            if (activeOnly && !d.isActive()) {
                continue;
            }
            if (preferredOnly && !d.isPreferred()) {
                continue;
            }
            if (displayOnly && !d.isDisplay()) {
                continue;
            }
            if (languageMatches(asked, d.language(), depth)) {
                return d;
            }
        }
        return null;
    }

    private boolean languageMatches(Language asked, Language stated, Depth depth) {
        Language actual = stated != null ? stated : baseLanguage;
        if (asked.isWildcard()) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        return asked.accepts(actual, switch (depth) {
            case FULL -> Language.Depth.FULL;
            case REGION -> Language.Depth.REGION;
            case LANGUAGE -> Language.Depth.LANGUAGE;
        });
    }

    private boolean languagesMatch(LanguagePreferences languages, Language stated, Depth depth, Language defaultLanguage) {
        if (defaultLanguage != null && stated != null && defaultLanguage.accepts(stated, Language.Depth.LANGUAGE)) {
            return true;
        }
        if (stated == null || languages == null) {
            return true;
        }
        for (LanguagePreferences.Entry entry : languages.entries()) {
            if (entry.quality() > 0 && languageMatches(entry.language(), stated, depth)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} is one of the displays in the languages asked (case ignored). */
    Match hasDisplay(LanguagePreferences languages, Language defaultLanguage, String value, boolean activeOnly) {
        for (SnapshotDesignation d : designations) {
            if (languagesMatch(languages, d.language(), Depth.LANGUAGE, defaultLanguage) && (!activeOnly || d.isActive())
                    && d.value() != null && d.value().equalsIgnoreCase(value)) {
                return new Match(true, Difference.NONE);
            }
        }
        for (SnapshotDesignation d : designations) {
            if (languagesMatch(languages, d.language(), Depth.LANGUAGE, defaultLanguage) && (!activeOnly || d.isActive())
                    && d.value() != null && normalised(d.value()).equals(normalised(value))) {
                return new Match(false, Difference.WHITESPACE);
            }
        }
        return new Match(false, Difference.NONE);
    }

    /** How many displays the languages asked accept: exact language first, then region, then language. */
    int displayCount(LanguagePreferences languages, Language defaultLanguage, boolean displayOnly) {
        for (Depth depth : Depth.values()) {
            int count = 0;
            for (SnapshotDesignation d : designations) {
                if ((!displayOnly || d.isDisplay()) && languagesMatch(languages, d.language(), depth, defaultLanguage)
                        && d.value() != null) {
                    count++;
                }
            }
            if (count > 0) {
                return count;
            }
        }
        return 0;
    }

    /** The displays the languages asked accept, as messages list them: {@code 'Display 1' (en) or 'Anzeige' (de)}. */
    String present(LanguagePreferences languages, boolean displayOnly) {
        List<String> results = new ArrayList<>();
        for (SnapshotDesignation d : designations) {
            if ((!displayOnly || d.isDisplay()) && languagesMatch(languages, d.language(), Depth.LANGUAGE, null)
                    && d.value() != null) {
                results.add(render(d));
            }
        }
        if (results.isEmpty()) {
            for (SnapshotDesignation d : designations) {
                if ((!displayOnly || d.isDisplay()) && d.value() != null) {
                    results.add(render(d));
                }
            }
        }
        Set<String> unique = new LinkedHashSet<>(results);
        return joinWithOr(new ArrayList<>(unique));
    }

    /** Active displays, for the message naming the correct display of an inactive one. */
    List<String> activeDisplays() {
        Set<String> seen = new LinkedHashSet<>();
        for (SnapshotDesignation d : designations) {
            if (d.isActive() && d.isDisplay() && d.value() != null) {
                seen.add(d.value());
            }
        }
        return new ArrayList<>(seen);
    }

    /** The status of the designation with this value, or null. */
    String statusOf(String value) {
        for (SnapshotDesignation d : designations) {
            if (value.equals(d.value())) {
                return d.status();
            }
        }
        return null;
    }

    private static String render(SnapshotDesignation d) {
        return d.language() == null ? "'" + d.value() + "'" : "'" + d.value() + "' (" + d.language().code() + ")";
    }

    static String joinWithOr(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    static String normalised(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
