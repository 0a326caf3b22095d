package tech.openfactory.policy.model.internal;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the bytes of a policy file into a node tree with line and column marks, or into located problems. The
 * file's bounds (size, nesting depth, aliases) and its allowed tags are checked on the event stream first, where
 * every event has a mark, so that a hostile file is stopped before anything is built from it.
 */
final class YamlGate {
    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_TAGS = Set.of("str", "int", "float", "bool", "null", "timestamp", "seq", "map");

    private final int maxBytes;
    private final int maxDepth;
    private final int maxAliases;

    YamlGate(int maxBytes, int maxDepth, int maxAliases) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
    }

    /** The root node, or null when a problem was recorded in {@code reading}. */
    Node compose(Reading reading) {
        String text = reading.source();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by Fields, with both lines
        options.setMaxAliasesForCollections(maxAliases);
        options.setNestingDepthLimit(maxDepth + 1);
        options.setCodePointLimit(maxBytes);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            if (!passesEventChecks(yaml, text, reading)) {
                return null;
            }
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                reading.problemAt(1, 1, "", "the file is empty; write the policy, starting with title:");
            }
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            reading.problem(mark, "", "YAML syntax error: " + problem + context
                    + "; check indentation (spaces, not tabs), colons and quotes on this line and the one before");
            return null;
        } catch (YAMLException e) {
            reading.problemAt(1, 1, "", "cannot read the file as YAML: " + e.getMessage()
                    + "; write the policy as plain YAML mappings, lists and text");
            return null;
        }
    }

    private boolean passesEventChecks(Yaml yaml, String text, Reading reading) {
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        Deque<String> openAnchors = new ArrayDeque<>();
        Set<String> open = new HashSet<>();
        boolean ok = true;
        for (Event event : yaml.parse(new StringReader(text))) {
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                reading.problem(event.getStartMark(), "", "a second YAML document starts here; keep one policy per"
                        + " file and remove the '---' line and what follows");
                return false;
            }
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!") && !(tag.startsWith(STANDARD_TAG)
                    && ALLOWED_TAGS.contains(tag.substring(STANDARD_TAG.length())))) {
                String shown = tag.startsWith(STANDARD_TAG) ? "!!" + tag.substring(STANDARD_TAG.length()) : tag;
                reading.problem(event.getStartMark(), "", "the tag " + shown
                        + " is not allowed; remove it, a policy is written with plain text, numbers, lists and mappings");
                ok = false;
            }
            if (event instanceof CollectionStartEvent start) {
                if (++depth > maxDepth) {
                    reading.problem(event.getStartMark(), "", "nesting is deeper than " + maxDepth
                            + " levels; a policy needs far fewer, so check the indentation of this line");
                    return false;
                }
                openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
                if (start.getAnchor() != null) {
                    open.add(start.getAnchor());
                }
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
                open.remove(openAnchors.pop());
            } else if (event instanceof AliasEvent alias) {
                String anchor = ((NodeEvent) alias).getAnchor();
                if (open.contains(anchor)) {
                    reading.problem(event.getStartMark(), "", "the alias *" + anchor
                            + " refers to a value that contains it, which never ends; write the value out instead");
                    return false;
                }
                if (++aliases > maxAliases) {
                    reading.problem(event.getStartMark(), "", "more than " + maxAliases
                            + " aliases (*name); write the values out instead of repeating them through anchors");
                    return false;
                }
            }
        }
        return ok;
    }

    /**
     * Decodes strict UTF-8 (a leading byte-order mark is dropped); on a malformed byte, records where it is and
     * returns null.
     */
    static String decode(byte[] bytes, String file, java.util.List<tech.openfactory.policy.model.Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(new tech.openfactory.policy.model.Problem(file, line, column, "",
                    "byte " + in.position() + " is not valid UTF-8; save the file as UTF-8"));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
