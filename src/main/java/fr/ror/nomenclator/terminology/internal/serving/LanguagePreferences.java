package fr.ror.nomenclator.terminology.internal.serving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The languages a request asks for, best first: a {@code displayLanguage} parameter or an HTTP
 * {@code Accept-Language} header ({@code de, en;q=0.8, *;q=0.1}).
 *
 * @param source  the value as the request wrote it, echoed in expansions
 * @param entries the languages, best first (stable for equal quality); quality zero refuses a language
 */
record LanguagePreferences(String source, List<Entry> entries) {

    record Entry(Language language, double quality) {
    }

    LanguagePreferences {
        entries = List.copyOf(entries);
    }

    /** Parses an Accept-Language style list; null for a blank value. */
    static LanguagePreferences parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].isBlank()) {
                continue;
            }
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Invalid quality in language list '" + value + "'");
                    }
                }
            }
            if (!pieces[0].trim().matches("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException("Invalid language '" + pieces[0].trim() + "'");
            }
            entries.add(new Entry(new Language(pieces[0].trim()), quality));
        }
        entries.sort(Comparator.comparingDouble(Entry::quality).reversed());
        return new LanguagePreferences(normalised(entries), entries);
    }

    /** The list as echoed in expansions: {@code de, *; q=0}. */
    private static String normalised(List<Entry> entries) {
        return entries.stream().map(e -> e.quality() == 1 ? e.language().code() : e.language().code() + "; q="
                + new java.math.BigDecimal(Double.toString(e.quality())).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    /** Whether a display in a language not asked may stand in ({@code *;q=0} says no). */
    boolean allowsOthers() {
        return entries.stream().noneMatch(e -> e.language().isWildcard() && e.quality() <= 0);
    }

    List<Language> languages() {
        return entries.stream().filter(e -> e.quality() > 0).map(Entry::language).toList();
    }

    /** Whether the only languages asked are English (or none): the code system displays then do. */
    boolean isEnglishOrNothing() {
        return entries.isEmpty() || entries.stream().allMatch(e -> e.language().primary().equals("en"));
    }

    /** The list as messages show it ({@code en}, {@code de,en}). */
    String summary() {
        return entries.stream().filter(e -> e.quality() > 0).map(e -> e.language().code())
                .collect(Collectors.joining(","));
    }

    /** Whether any asked language accepts {@code stated} at {@code depth}. */
    boolean accepts(Language stated, Language.Depth depth) {
        return entries.stream().anyMatch(e -> e.quality() > 0 && e.language().accepts(stated, depth));
    }
}
