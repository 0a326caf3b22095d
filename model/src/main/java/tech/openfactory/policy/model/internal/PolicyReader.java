package tech.openfactory.policy.model.internal;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Problem;

/** One read of one file: decode, gate, map. Problems go to the caller's list. */
public final class PolicyReader {
    private final String file;
    private final int maxBytes;
    private final YamlGate gate;

    public PolicyReader(String file, int maxBytes, int maxDepth, int maxAliases) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.gate = new YamlGate(maxBytes, maxDepth, maxAliases);
    }

    public Policy read(byte[] bytes, List<Problem> problems) {
        if (bytes.length > maxBytes) {
            problems.add(new Problem(file, 1, 1, "", "the file is larger than the limit of " + maxBytes
                    + " bytes; a policy is a few dozen kilobytes, so check that this is the right file"));
            return null;
        }
        String text = YamlGate.decode(bytes, file, problems);
        if (text == null) {
            return null;
        }
        Reading reading = new Reading(file, text);
        Node root = gate.compose(reading);
        Policy policy = root == null ? null : new PolicyMapper(reading).policy(root);
        problems.addAll(reading.problems());
        return policy;
    }
}
