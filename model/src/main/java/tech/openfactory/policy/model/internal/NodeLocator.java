package tech.openfactory.policy.model.internal;

import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * Where a key of a valid policy file is written, for problems found after loading (release rules compare
 * versions and the lint reads records, so they are found once the records exist and the marks are gone).
 */
public final class NodeLocator {
    private final Node root;

    private NodeLocator(Node root) {
        this.root = root;
    }

    /** Composes the file once, for many look-ups. */
    public static NodeLocator of(byte[] bytes) {
        Reading reading = new Reading("", new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        return new NodeLocator(new YamlGate(PolicyLoader.DEFAULT_MAX_BYTES, PolicyLoader.DEFAULT_MAX_DEPTH,
                PolicyLoader.DEFAULT_MAX_ALIASES).compose(reading));
    }

    /**
     * Line and column (1-based) of the value at a dotted path such as {@code childrenAndChanges.changes}; the
     * deepest existing mapping's position when the last keys are missing; 1:1 when the file cannot be read.
     */
    public static int[] locate(byte[] bytes, String path) {
        NodeLocator locator = of(bytes);
        if (locator.root == null) {
            return new int[] {1, 1};
        }
        Node node = locator.root;
        for (String key : path.split("\\.")) {
            Node next = null;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        next = tuple.getValueNode();
                    }
                }
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        return mark(node);
    }

    /**
     * Where the thing at a path such as {@code use.purposes[2].legalBasis} is written: its key, or for a list item
     * the item; when the path goes on past what the file has, the nearest written ancestor, so a missing key is
     * reported where it belongs. 1:1 when the file cannot be read.
     */
    public int[] written(String path) {
        if (root == null) {
            return new int[] {1, 1};
        }
        Node node = root;
        Node at = root;
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            String key = step.replaceAll("\\[\\d+]", "");
            java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(step);
            Node keyNode = null;
            Node value = null;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        keyNode = k;
                        value = tuple.getValueNode();
                    }
                }
            }
            if (value == null) {
                return mark(at);
            }
            node = value;
            at = keyNode;
            while (index.find()) {
                int i = Integer.parseInt(index.group(1));
                if (!(node instanceof SequenceNode seq) || i >= seq.getValue().size()) {
                    return mark(at);
                }
                node = seq.getValue().get(i);
                at = node;
            }
        }
        return mark(at);
    }

    private static int[] mark(Node node) {
        return new int[] {node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1};
    }
}
