package fr.ror.nomenclator.terminology;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders version strings of any style: NOS timestamps ({@code 20230802150000}), semantic versions
 * ({@code 1.1.0}) and anything else. Runs of digits compare as numbers, other runs as text.
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();
    private static final Pattern RUN = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        Matcher left = RUN.matcher(a);
        Matcher right = RUN.matcher(b);
        while (left.find()) {
            if (!right.find()) {
                return 1;
            }
            int order = compareRun(left.group(), right.group());
            if (order != 0) {
                return order;
            }
        }
        return right.find() ? -1 : 0;
    }

    private static int compareRun(String x, String y) {
        boolean xDigits = Character.isDigit(x.charAt(0));
        boolean yDigits = Character.isDigit(y.charAt(0));
        if (xDigits && yDigits) {
            return new BigInteger(x).compareTo(new BigInteger(y));
        }
        if (xDigits != yDigits) {
            return xDigits ? 1 : -1;
        }
        return x.compareTo(y);
    }
}
