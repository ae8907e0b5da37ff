package fr.ror.nomenclator.terminology.internal.serving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a code system's codes, displays and designations, sorted, each with the ordinals of
 * the concepts that use it: a {@code filter} on a code system of 500,000 concepts is a few binary
 * searches and bit set operations, not a scan.
 */
final class TextIndex {

    private final String[] words;
    private final int[][] postings;
    private final SnapshotConcept[] byOrdinal;

    private TextIndex(String[] words, int[][] postings, SnapshotConcept[] byOrdinal) {
        this.words = words;
        this.postings = postings;
        this.byOrdinal = byOrdinal;
    }

    static TextIndex of(CodeSystemSnapshot snapshot) {
        Map<String, IntList> index = new HashMap<>();
        SnapshotConcept[] byOrdinal = new SnapshotConcept[snapshot.size()];
        for (SnapshotConcept concept : snapshot.all()) {
            byOrdinal[concept.ordinal()] = concept;
            add(index, concept.code(), concept.ordinal());
            for (SnapshotDesignation d : concept.designations()) {
                add(index, d.value(), concept.ordinal());
            }
        }
        String[] words = index.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] postings = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            postings[i] = index.get(words[i]).toArray();
        }
        return new TextIndex(words, postings, byOrdinal);
    }

    private static void add(Map<String, IntList> index, String text, int ordinal) {
        if (text == null) {
            return;
        }
        for (String word : SearchText.words(text)) {
            index.computeIfAbsent(word, w -> new IntList()).addOnce(ordinal);
        }
    }

    /** The concepts matching every word of the filter, in code system order. */
    List<SnapshotConcept> search(SearchText filter) {
        BitSet result = null;
        for (String wanted : filter.words()) {
            BitSet matches = new BitSet(byOrdinal.length);
            int from = lowerBound(wanted);
            for (int i = from; i < words.length && words[i].startsWith(wanted); i++) {
                for (int ordinal : postings[i]) {
                    matches.set(ordinal);
                }
            }
            if (result == null) {
                result = matches;
            } else {
                result.and(matches);
            }
            if (result.isEmpty()) {
                break;
            }
        }
        List<SnapshotConcept> concepts = new ArrayList<>();
        if (result != null) {
            for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
                concepts.add(byOrdinal[i]);
            }
        }
        return concepts;
    }

    private int lowerBound(String prefix) {
        int low = 0;
        int high = words.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words[mid].compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A growable list of ints that ignores an immediate repeat (one concept, one word, twice). */
    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
