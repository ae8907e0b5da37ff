package fr.ror.nomenclator.governance.request;

import java.util.List;

/**
 * What a change request affects, computed from the graph: the nomenclatures it changes, the value
 * sets and concept maps that use the concepts it changes, the other code systems those maps
 * relate them to, and every working group owning one of them (its own included).
 */
public record Impact(List<Resource> changes, List<Resource> valueSets, List<Resource> conceptMaps,
                     List<Resource> otherNomenclatures, List<String> workingGroups) {

    public Impact {
        changes = List.copyOf(changes);
        valueSets = List.copyOf(valueSets);
        conceptMaps = List.copyOf(conceptMaps);
        otherNomenclatures = List.copyOf(otherNomenclatures);
        workingGroups = List.copyOf(workingGroups);
    }

    /**
     * One affected resource.
     *
     * @param kind         {@code CodeSystem}, {@code ValueSet} or {@code ConceptMap}
     * @param nomenclature its key (NOS id)
     * @param workingGroup the working group owning it, or null
     * @param versions     the resource ids of its current versions concerned
     * @param concepts     the concepts of the request it uses ({@code key|code})
     * @param how          how it uses them ({@code value-set-member}, {@code map-target}…)
     */
    public record Resource(String kind, String nomenclature, String title, String workingGroup, List<String> versions,
                           List<String> concepts, List<String> how) {
        public Resource {
            versions = List.copyOf(versions);
            concepts = List.copyOf(concepts);
            how = List.copyOf(how);
        }
    }
}
