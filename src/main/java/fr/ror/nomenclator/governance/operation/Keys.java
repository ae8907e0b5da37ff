package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;

/** Turns the references people write in operations (NOS id or canonical URL) into nomenclature keys. */
@FunctionalInterface
public interface Keys {

    /** The key of the nomenclature a reference names, whether stored or not. */
    String key(ResourceKind kind, String reference);
}
