package fr.ror.nomenclator.terminology;

import java.util.Collection;
import java.util.List;

/** "What uses this code?": the value set and concept map versions that name or include concepts. */
public interface ConceptUsages {

    /** Every usage of the concepts, in every stored version (drafts included). */
    List<ConceptUsage> usagesOf(Collection<ConceptKey> concepts);
}
