package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.VersionDiff;

/**
 * What the {@code export} and {@code diff} commands need from a running application; the
 * command line opens it only once its arguments are known good.
 */
public interface StoreAccess {

    VersionExports exports();

    VersionDiff diff();

    /** Reads files (for {@code diff --file}) as {@code load} would. */
    ContentReader reader();

    /** Opens the application, or a test double. */
    @FunctionalInterface
    interface Factory {
        StoreAccess open();
    }
}
