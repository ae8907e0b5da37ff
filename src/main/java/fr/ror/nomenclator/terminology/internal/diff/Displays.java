package fr.ror.nomenclator.terminology.internal.diff;

import java.text.Normalizer;
import java.util.Locale;

/** Whether a display change is minor: the same words once case, accents, punctuation and spacing are set aside. */
final class Displays {

    private Displays() {
    }

    static boolean sameWords(String before, String after) {
        return before != null && after != null && words(before).equals(words(after));
    }

    /** "Hébergement  temporaire, d'urgence" and "hebergement temporaire d urgence" have the same words. */
    static String words(String display) {
        String unaccented = Normalizer.normalize(display, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
