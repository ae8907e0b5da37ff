package fr.ror.nomenclator.governance.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How many of the approve and reject votes must approve; abstentions count for the quorum only. */
public enum Majority {
    /** More approve than reject. */
    SIMPLE,
    /** At least two thirds of approve + reject. */
    TWO_THIRDS,
    /** Not one reject. */
    UNANIMOUS;

    public boolean isReached(int approvals, int rejections) {
        return switch (this) {
            case SIMPLE -> approvals > rejections;
            case TWO_THIRDS -> approvals > 0 && approvals * 3 >= (approvals + rejections) * 2;
            case UNANIMOUS -> approvals > 0 && rejections == 0;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Majority> of(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }
}
