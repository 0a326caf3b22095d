package tech.openfactory.policy.model.internal;

import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import tech.openfactory.policy.model.PolicyLoader;

/**
 * Where a key of a valid policy file is written, for problems found after loading (release rules compare
 * versions, so they are found once the records exist and the marks are gone).
 */
public final class NodeLocator {
    private NodeLocator() {}

    /**
     * Line and column (1-based) of the value at a dotted path such as {@code childrenAndChanges.changes}; the
     * deepest existing mapping's position when the last keys are missing; 1:1 when the file cannot be read.
     */
    public static int[] locate(byte[] bytes, String path) {
        Reading reading = new Reading("", new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        Node node = new YamlGate(PolicyLoader.DEFAULT_MAX_BYTES, PolicyLoader.DEFAULT_MAX_DEPTH,
                PolicyLoader.DEFAULT_MAX_ALIASES).compose(reading);
        if (node == null) {
            return new int[] {1, 1};
        }
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
        return new int[] {node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1};
    }
}
