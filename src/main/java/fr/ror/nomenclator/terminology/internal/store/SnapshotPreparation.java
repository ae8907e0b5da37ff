package fr.ror.nomenclator.terminology.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.VersionSummary;

/**
 * Compiles what serving needs for a version about to become visible, before it does: a publication
 * swaps the served state only once the new versions' snapshots exist, so that no reader waits for
 * one to be built. The serving engine implements it.
 */
public interface SnapshotPreparation {

    void prepare(VersionSummary version, ObjectNode resource);
}
