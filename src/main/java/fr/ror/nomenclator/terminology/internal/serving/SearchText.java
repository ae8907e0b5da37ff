package fr.ror.nomenclator.terminology.internal.serving;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code filter} text of an expansion: its words, lower case and without accents
 * ({@code "Rééducation"} is searched as {@code reeducation}). A concept passes when every word of
 * the filter starts one of the words of its display or designations (or its code), so that typing
 * more words narrows the list, as users of a picker expect.
 */
final class SearchText {

    static final SearchText NONE = new SearchText(null, List.of());

    private final String text;
    private final List<String> words;

    private SearchText(String text, List<String> words) {
        this.text = text;
        this.words = List.copyOf(words);
    }

    static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<String> words = words(text);
        return words.isEmpty() ? NONE : new SearchText(text, words);
    }

    boolean isNone() {
        return words.isEmpty();
    }

    String text() {
        return text;
    }

    List<String> words() {
        return words;
    }

    /** Whether every filter word starts a word of one of the texts. */
    boolean passes(List<String> texts) {
        if (isNone()) {
            return true;
        }
        List<String> candidate = new ArrayList<>();
        for (String t : texts) {
            if (t != null) {
                candidate.addAll(words(t));
            }
        }
        for (String wanted : words) {
            boolean found = false;
            for (String word : candidate) {
                if (word.startsWith(wanted)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    boolean passes(SnapshotConcept concept) {
        if (isNone()) {
            return true;
        }
        List<String> texts = new ArrayList<>();
        texts.add(concept.code());
        concept.designations().forEach(d -> texts.add(d.value()));
        return passes(texts);
    }

    /** The words of a text, lower case, without accents, split on anything but letters and digits. */
    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> result = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= plain.length(); i++) {
            boolean letter = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                result.add(plain.substring(start, i));
                start = -1;
            }
        }
        return result;
    }
}
