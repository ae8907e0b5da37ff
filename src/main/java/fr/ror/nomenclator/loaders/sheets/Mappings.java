package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The spreadsheet mappings: those shipped in {@code loaders/*.yaml} (in the jar under
 * {@code content/loaders/}), all checked when this is built, and any other mapping file a user
 * names by path. A mapping lays out a concept table ({@link SheetMapping}, the default kind) or,
 * with {@code kind: change-request}, a change-request workbook ({@link ChangeRequestMapping}).
 */
public final class Mappings {

    /** The mapping used when none is named: the working groups' layout. */
    public static final String DEFAULT = "working-group";
    /** The change-request layout used when none is named: the working groups' one. */
    public static final String DEFAULT_CHANGE_REQUEST = "change-request";
    static final String LOCATION = "classpath*:content/loaders/*.yaml";

    private final Map<String, SheetMapping> shipped;
    private final Map<String, ChangeRequestMapping> changeRequests;

    private Mappings(Map<String, SheetMapping> shipped, Map<String, ChangeRequestMapping> changeRequests) {
        this.shipped = Map.copyOf(shipped);
        this.changeRequests = Map.copyOf(changeRequests);
    }

    /** @throws LoadException {@code LD110} for the first shipped mapping that is not valid */
    public static Mappings shipped() {
        Map<String, SheetMapping> mappings = new TreeMap<>();
        Map<String, ChangeRequestMapping> changeRequests = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(Mappings.class.getClassLoader())
                    .getResources(LOCATION)) {
                String file = "loaders/" + resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    MappingYaml yaml = new MappingYaml(file);
                    JsonNode root = yaml.root(in.readAllBytes());
                    if (ChangeRequestMappingParser.KIND.equals(ChangeRequestMappingParser.kindOf(root))) {
                        ChangeRequestMapping mapping = ChangeRequestMappingParser.parse(file, root);
                        changeRequests.put(mapping.name(), mapping);
                    } else {
                        SheetMapping mapping = MappingParser.parse(file, root);
                        mappings.put(mapping.name(), mapping);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped mappings cannot be listed", e);
        }
        return new Mappings(mappings, changeRequests);
    }

    /** The shipped mappings of concept tables, by name. */
    public Map<String, SheetMapping> all() {
        return shipped;
    }

    /** The shipped mappings of change-request workbooks, by name. */
    public Map<String, ChangeRequestMapping> changeRequests() {
        return changeRequests;
    }

    /**
     * A shipped change-request mapping by name; null or blank gives {@link #DEFAULT_CHANGE_REQUEST}.
     *
     * @throws LoadException {@code LD110} for a name no shipped change-request mapping has
     */
    public ChangeRequestMapping changeRequest(String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT_CHANGE_REQUEST : name.strip();
        ChangeRequestMapping mapping = changeRequests.get(wanted);
        if (mapping == null) {
            throw new LoadException(LoadError.INVALID_MAPPING, wanted, "no such change-request mapping (shipped: "
                    + String.join(", ", changeRequests.keySet()) + ")");
        }
        return mapping;
    }

    /**
     * A shipped mapping by name, or a mapping file by path (a name ending {@code .yaml} or
     * {@code .yml}, or holding a path separator); null or blank gives {@link #DEFAULT}.
     *
     * @throws LoadException {@code LD110} for an unknown name or an invalid file
     */
    public SheetMapping resolve(String nameOrPath) {
        String wanted = nameOrPath == null || nameOrPath.isBlank() ? DEFAULT : nameOrPath.strip();
        SheetMapping known = shipped.get(wanted);
        if (known != null) {
            return known;
        }
        if (changeRequests.containsKey(wanted)) {
            throw new LoadException(LoadError.INVALID_MAPPING, wanted, "lays out change requests, not a nomenclature: "
                    + "import such a workbook with POST /api/change-requests/import");
        }
        boolean looksLikeFile = wanted.endsWith(".yaml") || wanted.endsWith(".yml") || wanted.contains("/")
                || wanted.contains("\\");
        if (!looksLikeFile) {
            throw new LoadException(LoadError.INVALID_MAPPING, wanted, "no such mapping (shipped: "
                    + String.join(", ", shipped.keySet()) + "; or give the path of a .yaml file)");
        }
        Path file = Path.of(wanted);
        if (!Files.isRegularFile(file)) {
            throw new LoadException(LoadError.INVALID_MAPPING, wanted, "no such mapping file");
        }
        try {
            return MappingParser.parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new LoadException(LoadError.INVALID_MAPPING, wanted, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A mapping sent as content, e.g. with a request: named by the caller for messages. */
    public static SheetMapping parse(String name, byte[] yaml) {
        return MappingParser.parse(name, yaml);
    }
}
