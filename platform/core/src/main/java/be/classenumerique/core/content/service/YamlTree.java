package be.classenumerique.core.content.service;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as plain Java values (maps, lists, strings, numbers, booleans) that remembers the
 * line of every map, list and key, so validation errors can name the line. Safe: no tags, no anchors
 * expanding into huge documents, no Java objects.
 */
final class YamlTree {

    /** The parsed root: a map, list or scalar. */
    final Object root;

    private final IdentityHashMap<Object, Integer> containerLines = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Map<String, Integer>> keyLines = new IdentityHashMap<>();

    private YamlTree(Node node) {
        this.root = node == null ? null : convert(node);
    }

    /**
     * Parses a YAML file strictly as UTF-8.
     *
     * @throws YamlException with the line of a syntax error
     */
    static YamlTree parse(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(2 * 1024 * 1024);
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return new YamlTree(new Yaml(options).compose(reader));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new YamlException(line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new YamlException(0, "not UTF-8 text");
            }
            throw new YamlException(0, "not valid YAML: " + e.getMessage());
        }
    }

    /** @return the line of a map or list of this tree, or 0 */
    int lineOf(Object container) {
        return containerLines.getOrDefault(container, 0);
    }

    /** @return the line of a key in a map of this tree, else the map's line */
    int lineOf(Map<?, ?> map, String key) {
        Map<String, Integer> lines = keyLines.get(map);
        Integer line = lines == null ? null : lines.get(key);
        return line != null ? line : lineOf(map);
    }

    private Object convert(Node node) {
        int line = node.getStartMark().getLine() + 1;
        return switch (node) {
            case MappingNode mapping -> {
                Map<String, Object> map = new LinkedHashMap<>();
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode scalar
                            ? scalar.getValue()
                            : String.valueOf(convert(tuple.getKeyNode()));
                    map.put(key, convert(tuple.getValueNode()));
                    lines.put(key, tuple.getKeyNode().getStartMark().getLine() + 1);
                }
                containerLines.put(map, line);
                keyLines.put(map, lines);
                yield map;
            }
            case SequenceNode sequence -> {
                List<Object> list = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    list.add(convert(item));
                }
                containerLines.put(list, line);
                yield list;
            }
            case ScalarNode scalar -> scalar(scalar);
            default -> throw new YamlException(line, "unsupported YAML node");
        };
    }

    private static Object scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag)) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return value;
    }

    /** A file that is not YAML, with the line where reading failed (0 when unknown). */
    static final class YamlException extends RuntimeException {
        final int line;

        YamlException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
