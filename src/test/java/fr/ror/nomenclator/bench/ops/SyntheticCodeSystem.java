package fr.ror.nomenclator.bench.ops;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A large hierarchical CodeSystem for the scale scenario: {@code size} concepts nested
 * {@code depth} levels deep, with codes naming their path ({@code 3.1.4.1.5.9}) and French-like
 * displays of three words: a care noun, an adjective and a made-up word. Each made-up word is
 * shared by {@code size / RARE_WORDS} concepts, so a filter on one returns a small, known number
 * of codes. Deterministic: the same arguments write the same file.
 */
final class SyntheticCodeSystem {

    static final String URL = "https://bench.nomenclator.invalid/CodeSystem/synthetic";
    static final String VALUE_SET_URL = "https://bench.nomenclator.invalid/ValueSet/synthetic-all";
    static final String VERSION = "20260101000000";

    private static final int RARE_WORDS = 5_000;
    private static final String[] NOUNS = {"Consultation", "Chirurgie", "Rééducation", "Imagerie", "Surveillance",
        "Hospitalisation", "Accompagnement", "Dépistage", "Soins", "Prévention", "Réadaptation", "Évaluation",
        "Orientation", "Hébergement", "Urgence", "Addictologie", "Cardiologie", "Neurologie", "Pédiatrie",
        "Gériatrie"};
    private static final String[] ADJECTIVES = {"ambulatoire", "spécialisée", "pédiatrique", "gériatrique",
        "intensive", "palliative", "psychiatrique", "périnatale", "fonctionnelle", "nutritionnelle",
        "respiratoire", "cardiaque", "oncologique", "sociale", "médicale", "chirurgicale", "continue",
        "programmée", "renforcée", "précoce"};
    private static final String[] SYLLABLES = {"ba", "lo", "mi", "ne", "ru", "ta", "vi", "so", "ke", "du", "pa",
        "ri", "fo", "ze", "gu", "la", "mo", "ti"};

    private final int size;
    private final int depth;
    private final int fanOut;
    private final int[] levelSizes;
    private final List<String> sampleCodes = new ArrayList<>();
    private int written;

    /** @param size concepts in all; @param depth levels of the hierarchy */
    SyntheticCodeSystem(int size, int depth) {
        this.size = size;
        this.depth = depth;
        this.fanOut = fanOutFor(size, depth);
        this.levelSizes = levelSizes(size, depth, fanOut);
    }

    int fanOut() {
        return fanOut;
    }

    /** The made-up word of filter scenarios, and how many concepts carry it. */
    String filterWord() {
        return rareWord(RARE_WORDS / 3);
    }

    int filterMatches() {
        int word = RARE_WORDS / 3;
        return size / RARE_WORDS + (word < size % RARE_WORDS ? 1 : 0);
    }

    /** Codes spread over the whole system (every level), for validate-code rotations; filled by {@link #write}. */
    List<String> sampleCodes() {
        return sampleCodes;
    }

    void write(Path file, int samples) throws IOException {
        int every = Math.max(1, size / samples);
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("resourceType", "CodeSystem");
            json.writeStringField("url", URL);
            json.writeStringField("version", VERSION);
            json.writeStringField("name", "SyntheticBenchmark");
            json.writeStringField("title", "Nomenclature synthétique du benchmark (" + size + " concepts)");
            json.writeStringField("status", "active");
            json.writeStringField("hierarchyMeaning", "is-a");
            json.writeStringField("content", "complete");
            json.writeNumberField("count", size);
            written = 0;
            int[] nextParentAtLevel = new int[depth];
            json.writeArrayFieldStart("concept");
            for (int i = 0; i < levelSizes[0]; i++) {
                writeConcept(json, 0, Integer.toString(i + 1), nextParentAtLevel, every);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        if (written != size) {
            throw new IllegalStateException("wrote " + written + " concepts instead of " + size);
        }
    }

    /** A ValueSet of the whole code system, for {@code $expand?filter=}. */
    static String valueSetJson() {
        return """
                {"resourceType":"ValueSet","url":"%s","version":"%s","name":"SyntheticBenchmarkAll",\
                "status":"active","compose":{"include":[{"system":"%s"}]}}""".formatted(VALUE_SET_URL, VERSION, URL);
    }

    private void writeConcept(JsonGenerator json, int level, String code, int[] ordinalAtLevel, int every)
            throws IOException {
        int index = written++;
        if (index % every == 0) {
            sampleCodes.add(code);
        }
        json.writeStartObject();
        json.writeStringField("code", code);
        json.writeStringField("display", NOUNS[index % NOUNS.length] + " " + ADJECTIVES[(index / NOUNS.length)
                % ADJECTIVES.length] + " " + rareWord(index % RARE_WORDS));
        int ordinal = ordinalAtLevel[level]++;
        if (level + 1 < depth) {
            int children = childrenOf(level, ordinal);
            if (children > 0) {
                json.writeArrayFieldStart("concept");
                for (int c = 0; c < children; c++) {
                    writeConcept(json, level + 1, code + "." + (c + 1), ordinalAtLevel, every);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }

    /** The children of the {@code ordinal}-th concept of a level: the next level spread evenly over it. */
    private int childrenOf(int level, int ordinal) {
        int parents = levelSizes[level];
        int below = levelSizes[level + 1];
        return below / parents + (ordinal < below % parents ? 1 : 0);
    }

    private static String rareWord(int n) {
        int s = SYLLABLES.length;
        return SYLLABLES[n % s] + SYLLABLES[(n / s) % s] + SYLLABLES[(n / s / s) % s];
    }

    /** The smallest fan-out whose full tree of {@code depth} levels holds {@code size} concepts. */
    private static int fanOutFor(int size, int depth) {
        for (int f = 2; ; f++) {
            long total = 0;
            long level = 1;
            for (int l = 0; l < depth; l++) {
                level *= f;
                total += level;
            }
            if (total >= size) {
                return f;
            }
        }
    }

    /** Full levels of {@code fanOut}, the last level taking what is left. */
    private static int[] levelSizes(int size, int depth, int fanOut) {
        int[] sizes = new int[depth];
        int left = size;
        long level = 1;
        for (int l = 0; l < depth; l++) {
            level *= fanOut;
            sizes[l] = (int) Math.min(level, left);
            left -= sizes[l];
        }
        if (left != 0) {
            throw new IllegalStateException("levels do not add up to " + size);
        }
        return sizes;
    }
}
