package tech.openfactory.policy.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.openfactory.policy.model.AfterDeletion;
import tech.openfactory.policy.model.Appointment;
import tech.openfactory.policy.model.KeptFor;
import tech.openfactory.policy.model.Period;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.Prose;
import tech.openfactory.policy.model.PublishedVersion;
import tech.openfactory.policy.model.Recipient;

/**
 * {@code policy.json}: a published version as data, keyed like the YAML it was written in, with the SHA-256 of
 * that YAML so a consent record can name exactly the text a person agreed to. Keys keep their order and nothing
 * depends on the clock, so the same version always gives the same bytes.
 *
 * <p>Facts are written as the YAML writes them: a fact the policy does not state is absent; the statements that
 * there is none are words, as in the YAML: {@code "transfers": "none"}, {@code "automatedDecisions": "none"},
 * {@code "dpo": "none-appointed"}; enum values are their YAML ids ({@code "uk-addendum"}).
 */
final class PolicyJson {
    private PolicyJson() {}

    static String of(PublishedVersion version, String url) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", version.id());
        document.put("url", url);
        document.put("sha256", version.sha256());
        document.put("kind", version.kind().id());
        document.put("released", version.released());
        document.put("summary", version.summary());
        document.put("reason", version.reason());
        document.put("policy", version.policy());
        StringBuilder out = new StringBuilder();
        write(out, document, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof String || value instanceof LocalDate || value instanceof Period || value instanceof Prose) {
            string(out, value.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            // ACCOUNT_EXISTS is written account-exists in the YAML, and so here.
            string(out, constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").append(indent).append("  ");
                write(out, list.get(i), indent + "  ");
            }
            out.append(list.isEmpty() ? "" : "\n" + indent).append(']');
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, indent);
        } else if (value instanceof Appointment appointment) {
            if (appointment.appointed()) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("name", appointment.name());
                map.put("email", appointment.email());
                map.put("address", appointment.address());
                object(out, map, indent);
            } else {
                string(out, NONE_APPOINTED);
            }
        } else if (value instanceof KeptFor || value instanceof AfterDeletion) {
            object(out, asWritten(value), indent);
        } else if (value instanceof Record record) {
            object(out, components(record), indent);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> fields, String indent) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue; // absent in the YAML, absent here
            }
            out.append(first ? "\n" : ",\n").append(indent).append("  ");
            string(out, field.getKey().toString());
            out.append(": ");
            write(out, field.getValue(), indent + "  ");
            first = false;
        }
        out.append(first ? "" : "\n" + indent).append('}');
    }

    /** Retention forms as the YAML writes them: {"upTo": "90 days", "after": "build"}. */
    private static Map<String, Object> asWritten(Object form) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (form instanceof KeptFor.While w) {
            map.put("while", w.condition());
        } else if (form instanceof KeptFor.UpTo u) {
            map.put("upTo", u.period());
            map.put("after", u.after());
            map.put("when", u.when());
        } else if (form instanceof KeptFor.Typically t) {
            map.put("typically", t.period());
        } else if (form instanceof AfterDeletion.RemovedWithin r) {
            map.put("removedWithin", r.period());
        } else if (form instanceof AfterDeletion.PurgedAutomatically) {
            map.put("purged", "automatically");
        } else if (form instanceof AfterDeletion.RetainedAsRequiredBy r) {
            map.put("retainedAsRequiredBy", r.obligations());
        }
        return map;
    }

    /** How the YAML says that there is no appointment, and no transfer or automated decision. */
    static final String NONE_APPOINTED = "none-appointed";
    static final String NONE = "none";

    private static Map<String, Object> components(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        // An empty list of these is the statement "none" (a null one was not stated, and is skipped).
        if (record instanceof Recipient recipient && recipient.transfers() != null && recipient.transfers().isEmpty()) {
            map.put("transfers", NONE);
        }
        if (record instanceof Policy.Use use && use.automatedDecisions() != null
                && use.automatedDecisions().isEmpty()) {
            map.put("automatedDecisions", NONE);
        }
        return map;
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
