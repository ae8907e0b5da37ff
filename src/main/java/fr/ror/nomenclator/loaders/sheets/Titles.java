package fr.ror.nomenclator.loaders.sheets;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Column titles compare ignoring case, accents and spacing: "Libellé  court" is "libelle court". */
final class Titles {

    private Titles() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String title) {
        String decomposed = Normalizer.normalize(title.strip(), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
