package tech.openfactory.policy.model.internal;

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
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the text of a policy file into a node tree with line and column marks, or into located problems. The
 * file's bounds (nesting depth, aliases) and its allowed tags are checked on the parser's events as the composer
 * consumes them, where every event has a mark, so a hostile file is stopped before anything is built from it and
 * the text is parsed once.
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
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by Fields, with both lines
        // SnakeYAML's own limits stay as a second fence behind the located checks below.
        options.setMaxAliasesForCollections(maxAliases + 1);
        options.setNestingDepthLimit(maxDepth + 1);
        options.setCodePointLimit(maxBytes);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        CheckedEvents events = new CheckedEvents(new ParserImpl(new StreamReader(reading.source()), options), reading);
        try {
            Node root = new Composer(events, new Resolver(), options).getSingleNode();
            if (root == null) {
                reading.problemAt(1, 1, "", "the file is empty; write the policy, starting with title:");
            }
            return root;
        } catch (Stop e) {
            return null;
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

    /** Thrown by {@link CheckedEvents} once a problem makes going on pointless or unsafe; already recorded. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** The parser as the composer sees it, checking each event as it is taken. */
    private final class CheckedEvents implements Parser {
        private final Parser parser;
        private final Reading reading;
        private final Deque<String> openAnchors = new ArrayDeque<>();
        private final Set<String> open = new HashSet<>();
        private int depth;
        private int aliases;
        private int documents;

        CheckedEvents(Parser parser, Reading reading) {
            this.parser = parser;
            this.reading = reading;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            check(event);
            return event;
        }

        private void check(Event event) {
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                stop(event, "a second YAML document starts here; keep one policy per file and remove the '---' line"
                        + " and what follows");
            }
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !tag.equals("!") && !(tag.startsWith(STANDARD_TAG)
                    && ALLOWED_TAGS.contains(tag.substring(STANDARD_TAG.length())))) {
                String shown = tag.startsWith(STANDARD_TAG) ? "!!" + tag.substring(STANDARD_TAG.length()) : tag;
                // Fatal: nothing is composed from a file that asks for a Java type.
                stop(event, "the tag " + shown
                        + " is not allowed; remove it, a policy is written with plain text, numbers, lists and mappings");
            }
            if (event instanceof CollectionStartEvent start) {
                if (++depth > maxDepth) {
                    stop(event, "nesting is deeper than " + maxDepth
                            + " levels; a policy needs far fewer, so check the indentation of this line");
                }
                openAnchors.push(start.getAnchor() == null ? "" : start.getAnchor());
                if (start.getAnchor() != null) {
                    open.add(start.getAnchor());
                }
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
                open.remove(openAnchors.pop());
            } else if (event instanceof AliasEvent alias) {
                String anchor = alias.getAnchor();
                if (open.contains(anchor)) {
                    stop(event, "the alias *" + anchor
                            + " refers to a value that contains it, which never ends; write the value out instead");
                }
                if (++aliases > maxAliases) {
                    stop(event, "more than " + maxAliases
                            + " aliases (*name); write the values out instead of repeating them through anchors");
                }
            }
        }

        private void stop(Event event, String message) {
            reading.problem(event.getStartMark(), "", message);
            throw new Stop();
        }
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
