package fr.ror.nomenclator.terminology.internal.serving;

import java.util.Locale;

/**
 * A BCP 47 language tag as designations and requests carry it ({@code fr}, {@code fr-FR},
 * {@code de-CH}), compared at the depth a rule asks for.
 */
record Language(String code) {

    /** How much of two tags must agree. */
    enum Depth { LANGUAGE, REGION, FULL }

    static Language of(String code) {
        return code == null || code.isBlank() ? null : new Language(code.trim());
    }

    String primary() {
        int dash = code.indexOf('-');
        return (dash < 0 ? code : code.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    String region() {
        String[] parts = code.split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 2 || (parts[i].length() == 3 && Character.isDigit(parts[i].charAt(0)))) {
                return parts[i].toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    boolean isWildcard() {
        return "*".equals(code);
    }

    /** Whether this (asked) language accepts {@code stated} at {@code depth}. */
    boolean accepts(Language stated, Depth depth) {
        if (stated == null) {
            return false;
        }
        if (isWildcard()) {
            return true;
        }
        return switch (depth) {
            case LANGUAGE -> primary().equals(stated.primary());
            case REGION -> primary().equals(stated.primary()) && java.util.Objects.equals(region(), stated.region());
            case FULL -> code.equalsIgnoreCase(stated.code);
        };
    }
}
