package fr.ror.nomenclator.terminology;

import java.util.Optional;

/**
 * Small named facts the application keeps in the store about itself, e.g. the digest of the
 * shipped content last loaded, so a restart can skip work it has already done.
 */
public interface StoreMarkers {

    Optional<String> get(String name);

    void put(String name, String value);
}
