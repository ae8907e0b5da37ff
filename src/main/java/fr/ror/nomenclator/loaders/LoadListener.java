package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.ImportOutcome;
import java.util.List;

/** Follows a batch load, e.g. to drive a progress bar. Called on the loading thread. */
public interface LoadListener {

    LoadListener NONE = new LoadListener() {
    };

    /** Before the first source, once the number of sources is known. */
    default void started(int sourceCount) {
    }

    default void sourceStarted(String source) {
    }

    /** After a source, whatever became of it. */
    default void sourceFinished(String source, List<ImportOutcome> outcomes, List<LoadFailure> failures) {
    }
}
