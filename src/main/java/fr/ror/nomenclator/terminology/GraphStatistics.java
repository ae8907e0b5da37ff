package fr.ror.nomenclator.terminology;

import java.util.Map;

/** Counts of the graph's nodes by label and relationships by type. */
public record GraphStatistics(long nodes, long relationships, Map<String, Long> nodesByLabel,
                              Map<String, Long> relationshipsByType) {
}
