package fr.ror.nomenclator.governance.directory;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML document that knows its file and line, so that every problem found while
 * reading governance files can say where it is. Reads SnakeYAML's node tree (no object binding).
 */
final class YamlNode {

    private final String file;
    private final Node node;

    private YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    static YamlNode parse(String file, Reader reader) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new GovernanceConfigurationException(file, 1, "the file is empty");
            }
            return new YamlNode(file, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new GovernanceConfigurationException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new GovernanceConfigurationException(file, "not valid YAML: " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    GovernanceConfigurationException problem(String problem) {
        return new GovernanceConfigurationException(file, line(), problem);
    }

    /** The entries of a mapping, refusing keys outside {@code allowed}. */
    Map<String, YamlNode> mapping(String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(what + " must be a mapping");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode());
            String name = key.text(what + " key");
            if (!allowed.contains(name)) {
                throw key.problem("unknown key '" + name + "' in " + what + "; expected one of " + allowed);
            }
            entries.put(name, new YamlNode(file, tuple.getValueNode()));
        }
        return entries;
    }

    static YamlNode required(YamlNode parent, Map<String, YamlNode> entries, String key, String what) {
        YamlNode value = entries.get(key);
        if (value == null) {
            throw parent.problem(what + " has no '" + key + "'");
        }
        return value;
    }

    static Optional<YamlNode> optional(Map<String, YamlNode> entries, String key) {
        return Optional.ofNullable(entries.get(key));
    }

    List<YamlNode> list(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem(what + " must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(new YamlNode(file, item)));
        return items;
    }

    String text(String what) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw problem(what + " must be a non-empty text");
        }
        return scalar.getValue();
    }

    boolean bool(String what) {
        String value = text(what);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem(what + " must be true or false, not '" + value + "'");
        };
    }

    int positive(String what) {
        String value = text(what);
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(what + " must be a whole number of at least 1, not '" + value + "'");
    }
}
