package tech.openfactory.policy.compliance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.Source;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.openfactory.policy.compliance.ClauseResult.Subject;

/** What a violation is about, read off the element a rule reported it on: where its source is, and the line. */
public final class Subjects {
    /** "(it constructs a Servlet Cookie, line 30)", "Duration.ofDays(60) at line 12": the line a finding names. */
    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

    private Subjects() {}

    /**
     * The subject of a violation reported on {@code element} (a class, field or code unit of the import, a target of
     * the policy, or a resource the configuration is read from) with {@code message}. For code, the line a message
     * names (the call a finding is about) is taken before the code's first line.
     */
    public static Subject of(Object element, String message) {
        if (element instanceof JavaField f) {
            return new Subject(Subject.Kind.FIELD, CodeIndex.name(f), f.getOwner().getName(), f.getName(),
                    sourceFile(f.getOwner()), 0);
        }
        if (element instanceof JavaCodeUnit c) {
            Subject.Kind kind = c.isConstructor() ? Subject.Kind.CONSTRUCTOR
                    : c.getName().equals("<clinit>") ? Subject.Kind.INITIALIZER : Subject.Kind.METHOD;
            int line = named(message);
            return new Subject(kind, CodeIndex.name(c), c.getOwner().getName(), c.getName(), sourceFile(c.getOwner()),
                    line > 0 ? line : Math.max(0, c.getSourceCodeLocation().getLineNumber()));
        }
        if (element instanceof JavaClass c) {
            int line = named(message);
            return new Subject(Subject.Kind.CLASS, c.getName(), c.getName(), "", sourceFile(c), line > 0 ? line : firstLine(c));
        }
        if (element instanceof String s) {
            return s.endsWith(".properties") || s.endsWith(".yml") || s.endsWith(".yaml")
                    ? new Subject(Subject.Kind.RESOURCE, s, "", "", "", 0) : Subject.policy(s);
        }
        return Subject.UNKNOWN;
    }

    private static int named(String message) {
        Matcher m = LINE.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The file the class was compiled from, as its bytecode's SourceFile attribute names it; empty when it does not. */
    private static String sourceFile(JavaClass type) {
        return type.getSource().flatMap(Source::getFileName).orElse("");
    }

    /** The first line of the class's code (its implicit constructor's is the declaration's); 0 when it has none. */
    private static int firstLine(JavaClass type) {
        return type.getCodeUnits().stream().mapToInt(u -> u.getSourceCodeLocation().getLineNumber()).filter(l -> l > 0)
                .min().orElse(0);
    }
}
