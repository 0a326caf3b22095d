package tech.openfactory.policy.compliance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * What a class file says that ArchUnit's model does not: the values code passes to the calls the policy cares about.
 * ArchUnit knows that {@code new Cookie(..)} is called; only the instructions say it is called with
 * {@code "last_visit"}, or that a purge job subtracts {@code 30} days. Values are traced through locals, the class's
 * own static constants, builder chains and string concatenation; what cannot be traced statically is reported as
 * unknown, never guessed.
 */
public final class Bytecode {
    /** A value as far as it can be read statically. */
    public sealed interface Value {}

    /** A constant: a String, Integer, Long, a {@link ChronoUnit}, or a {@link java.time.Duration}/{@link java.time.Period}. */
    public record Constant(Object value) implements Value {}

    /** The method's own parameter (0-based, not counting {@code this}): the callers decide. */
    public record Parameter(int index) implements Value {}

    /** A cookie built in this method: its name as far as known, and the flags its builder or setters gave it. */
    public record CookieValue(Value name, Set<String> flags, int line) implements Value {}

    /** A string built by concatenation: constant parts kept, unknown parts as {@code \u0001}. */
    public record Concat(String text) implements Value {}

    /** Not readable statically. */
    public record Unknown() implements Value {}

    static final Value UNKNOWN = new Unknown();

    /** A place where a method sets a cookie. */
    public record CookieSite(MethodNode method, int line, CodeIndex.CookieSource how, Value name, Set<String> flags) {
        public CookieSite {
            flags = Set.copyOf(flags);
        }
    }

    /** A length of time a method computes with: {@code Duration.ofDays(90)}, {@code minusDays(30)}. */
    public record TimeSpan(MethodNode method, int line, long amount, ChronoUnit unit, String call) {
        @Override
        public String toString() {
            return call + " at line " + line;
        }
    }

    private static final Set<String> SERVLET_COOKIES = Set.of("jakarta/servlet/http/Cookie", "javax/servlet/http/Cookie");
    private static final Set<String> STRING_BUILDERS = Set.of("java/lang/StringBuilder", "java/lang/StringBuffer");
    private static final String RESPONSE_COOKIE = "org/springframework/http/ResponseCookie";
    private static final Set<String> SESSION_COOKIE_CONFIG = Set.of("jakarta/servlet/SessionCookieConfig",
            "javax/servlet/SessionCookieConfig");
    private static final Set<String> HEADER_WRITES = Set.of("addHeader", "setHeader", "add", "set", "header");
    private static final Set<String> TEMPORALS = Set.of("java/time/Instant", "java/time/LocalDate",
            "java/time/LocalDateTime", "java/time/ZonedDateTime", "java/time/OffsetDateTime", "java/time/Duration",
            "java/time/Period", "java/time/temporal/Temporal", "java/time/chrono/ChronoLocalDate",
            "java/time/chrono/ChronoLocalDateTime", "java/time/chrono/ChronoZonedDateTime");

    private final ClassNode node;
    /** The application's configuration, for fields injected with {@code @Value("${key:default}")}. */
    private final java.util.function.Function<String, Optional<String>> properties;
    private final Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();
    private Map<String, Value> statics;

    private Bytecode(ClassNode node, java.util.function.Function<String, Optional<String>> properties) {
        this.node = node;
        this.properties = properties;
    }

    /** Reads a class file; empty when it cannot be read (a class ArchUnit made up from a reference). */
    public static Optional<Bytecode> read(URI classFile) {
        return read(classFile, key -> Optional.empty());
    }

    /** Reads a class file whose {@code @Value} fields are read from these properties. */
    public static Optional<Bytecode> read(URI classFile, java.util.function.Function<String, Optional<String>> properties) {
        try (InputStream in = classFile.toURL().openStream()) {
            ClassNode node = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(node, ClassReader.SKIP_FRAMES);
            return Optional.of(new Bytecode(node, properties));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public List<MethodNode> methods() {
        return node.methods;
    }

    /** The methods of this class with this name (lambdas a method contains are separate synthetic methods). */
    public List<MethodNode> methods(String name) {
        return node.methods.stream().filter(m -> m.name.equals(name)).toList();
    }

    /** The lambdas a method's body defines, as the synthetic methods javac made of them. */
    public List<MethodNode> lambdasOf(MethodNode method) {
        Set<String> names = new LinkedHashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof InvokeDynamicInsnNode indy) {
                for (Object arg : indy.bsmArgs) {
                    if (arg instanceof org.objectweb.asm.Handle h && h.getOwner().equals(node.name)
                            && h.getName().startsWith("lambda$")) {
                        names.add(h.getName());
                    }
                }
            }
        }
        List<MethodNode> lambdas = new ArrayList<>();
        for (String name : names) {
            for (MethodNode m : methods(name)) {
                lambdas.add(m);
                lambdas.addAll(lambdasOf(m));
            }
        }
        return lambdas;
    }

    /** The compile-time constant of a static final field, e.g. {@code static final int MINIMUM_AGE = 16}. */
    public Optional<Object> constant(String field) {
        for (FieldNode f : node.fields) {
            if (f.name.equals(field) && f.value != null) {
                return Optional.of(f.value);
            }
        }
        Value v = statics().get(field);
        return v instanceof Constant c ? Optional.of(c.value()) : Optional.empty();
    }

    /** Every cookie the method sets: constructed, built, or written as a header. */
    public List<CookieSite> cookies(MethodNode method) {
        List<CookieSite> sites = new ArrayList<>();
        Frame<SourceValue>[] f = frames(method);
        if (f == null) {
            return sites;
        }
        Set<Integer> builtLines = new java.util.HashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (!(insn instanceof MethodInsnNode call) || f[method.instructions.indexOf(insn)] == null) {
                continue;
            }
            int line = line(insn);
            if (call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>")
                    && SERVLET_COOKIES.contains(call.owner) && Type.getArgumentTypes(call.desc).length == 2) {
                CookieValue cookie = (CookieValue) cookieOf(method, insn, 0);
                sites.add(new CookieSite(method, line, CodeIndex.CookieSource.SERVLET_COOKIE, cookie.name(), cookie.flags()));
                builtLines.add(line);
            } else if (call.owner.equals(RESPONSE_COOKIE) && (call.name.equals("from")
                    || call.name.equals("fromClientResponse"))) {
                CookieValue cookie = (CookieValue) cookieOf(method, insn, 0);
                sites.add(new CookieSite(method, line, CodeIndex.CookieSource.RESPONSE_COOKIE, cookie.name(), cookie.flags()));
                builtLines.add(line);
            }
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && SESSION_COOKIE_CONFIG.contains(call.owner) && call.name.equals("setName")
                    && f[method.instructions.indexOf(insn)] != null) {
                // The container's session cookie, named in code: its flags are the setters called in the same method.
                Set<String> flags = new java.util.TreeSet<>();
                for (AbstractInsnNode other : method.instructions) {
                    if (other instanceof MethodInsnNode setter && SESSION_COOKIE_CONFIG.contains(setter.owner)
                            && f[method.instructions.indexOf(other)] != null && Type.getArgumentTypes(setter.desc).length == 1
                            && !(argument(method, other, 0) instanceof Constant c && Integer.valueOf(0).equals(c.value()))) {
                        flag(setter.name, flags);
                    }
                }
                sites.add(new CookieSite(method, line(insn), CodeIndex.CookieSource.SESSION_COOKIE_CONFIG, argument(method, insn, 0), flags));
            }
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && HEADER_WRITES.contains(call.name)) {
                Type[] args = Type.getArgumentTypes(call.desc);
                if (args.length != 2 || !args[0].getDescriptor().equals("Ljava/lang/String;")) {
                    continue;
                }
                Value header = argument(method, insn, 0);
                if (!(header instanceof Constant c && c.value() instanceof String s && s.equalsIgnoreCase("Set-Cookie"))) {
                    continue;
                }
                Value value = args[1].getSort() == Type.ARRAY ? arrayElement(method, insn, 1) : argument(method, insn, 1);
                if (value instanceof CookieValue) {
                    continue; // the ResponseCookie written here was counted where it was built
                }
                sites.add(new CookieSite(method, line(insn), CodeIndex.CookieSource.SET_COOKIE_HEADER, headerName(value), Set.of()));
            }
        }
        return sites;
    }

    /** The name part of a {@code Set-Cookie} value: {@code "theme=dark; Path=/"} is {@code theme}. */
    private static Value headerName(Value value) {
        String text = value instanceof Constant c && c.value() instanceof String s ? s
                : value instanceof Concat concat ? concat.text() : null;
        if (text == null) {
            return value instanceof Parameter ? value : UNKNOWN;
        }
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        return eq < 1 || name.indexOf('\u0001') >= 0 ? UNKNOWN : new Constant(name.trim());
    }

    /** Every span of time the method computes with. */
    public List<TimeSpan> timeSpans(MethodNode method) {
        List<TimeSpan> spans = new ArrayList<>();
        Frame<SourceValue>[] f = frames(method);
        if (f == null) {
            return spans;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (!(insn instanceof MethodInsnNode call) || f[method.instructions.indexOf(insn)] == null) {
                continue;
            }
            Optional<ChronoUnit> unit = unitOfFactory(call);
            if (unit.isPresent() && (call.owner.equals("java/time/Duration") || call.owner.equals("java/time/Period"))
                    && call.getOpcode() == Opcodes.INVOKESTATIC && Type.getArgumentTypes(call.desc).length == 1) {
                number(argument(method, insn, 0)).ifPresent(n -> spans.add(new TimeSpan(method, line(insn), n,
                        unit.get(), simple(call.owner) + "." + call.name + "(" + n + ")")));
            } else if (unit.isPresent() && TEMPORALS.contains(call.owner) && call.getOpcode() != Opcodes.INVOKESTATIC
                    && (call.name.startsWith("minus") || call.name.startsWith("plus"))
                    && Type.getArgumentTypes(call.desc).length == 1) {
                number(argument(method, insn, 0)).ifPresent(n -> spans.add(new TimeSpan(method, line(insn), n,
                        unit.get(), call.name + "(" + n + ")")));
            } else if ((call.name.equals("minus") || call.name.equals("plus")) && TEMPORALS.contains(call.owner)
                    && Type.getArgumentTypes(call.desc).length == 1
                    && Type.getArgumentTypes(call.desc)[0].getSort() == Type.OBJECT
                    && argument(method, insn, 0) instanceof Constant c && c.value() instanceof TimeSpan span) {
                // now.minus(keep), where keep is a configured or constant Duration
                spans.add(new TimeSpan(method, line(insn), span.amount(), span.unit(), call.name + "(" + span.call() + ")"));
            } else if ((call.name.equals("minus") || call.name.equals("plus") || call.name.equals("of"))
                    && Type.getArgumentTypes(call.desc).length == 2
                    && Type.getArgumentTypes(call.desc)[1].getInternalName().equals("java/time/temporal/TemporalUnit")) {
                Optional<Long> n = number(argument(method, insn, 0));
                Value u = argument(method, insn, 1);
                if (n.isPresent() && u instanceof Constant c && c.value() instanceof ChronoUnit chrono) {
                    spans.add(new TimeSpan(method, line(insn), n.get(), chrono, call.name + "(" + n.get() + ", "
                            + chrono.name() + ")"));
                }
            }
        }
        return spans;
    }

    /** {@code ofDays}, {@code minusDays}, {@code plusWeeks}: the unit a call's name gives its argument. */
    private static Optional<ChronoUnit> unitOfFactory(MethodInsnNode call) {
        String n = call.name;
        String unit = n.startsWith("of") ? n.substring(2) : n.startsWith("minus") ? n.substring(5)
                : n.startsWith("plus") ? n.substring(4) : "";
        return switch (unit) {
            case "Seconds" -> Optional.of(ChronoUnit.SECONDS);
            case "Minutes" -> Optional.of(ChronoUnit.MINUTES);
            case "Hours" -> Optional.of(ChronoUnit.HOURS);
            case "Days" -> Optional.of(ChronoUnit.DAYS);
            case "Weeks" -> Optional.of(ChronoUnit.WEEKS);
            case "Months" -> Optional.of(ChronoUnit.MONTHS);
            case "Years" -> Optional.of(ChronoUnit.YEARS);
            default -> Optional.empty();
        };
    }

    /** Every call in the method to {@code owner.name}, with the value of argument {@code index} at each. */
    public List<Value> argumentsOf(MethodNode method, String owner, String name, int index) {
        List<Value> values = new ArrayList<>();
        Frame<SourceValue>[] f = frames(method);
        if (f == null) {
            return values;
        }
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && call.name.equals(name)
                    && (owner == null || call.owner.equals(owner.replace('.', '/')))
                    && f[method.instructions.indexOf(insn)] != null) {
                values.add(argument(method, insn, index));
            }
        }
        return values;
    }

    /** The value of argument {@code index} of the call at {@code insn}. */
    Value argument(MethodNode method, AbstractInsnNode insn, int index) {
        Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(insn)];
        int argc = insn instanceof MethodInsnNode m ? Type.getArgumentTypes(m.desc).length
                : Type.getArgumentTypes(((InvokeDynamicInsnNode) insn).desc).length;
        SourceValue value = frame.getStack(frame.getStackSize() - argc + index);
        return resolve(method, value, 0);
    }

    private Value receiver(MethodNode method, AbstractInsnNode insn) {
        MethodInsnNode m = (MethodInsnNode) insn;
        Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(insn)];
        int argc = Type.getArgumentTypes(m.desc).length;
        return resolve(method, frame.getStack(frame.getStackSize() - argc - 1), 0);
    }

    /** The first element stored into the array passed as argument {@code index} (varargs such as {@code header(name, values...)}). */
    private Value arrayElement(MethodNode method, AbstractInsnNode call, int index) {
        Frame<SourceValue>[] f = frames(method);
        Frame<SourceValue> frame = f[method.instructions.indexOf(call)];
        int argc = Type.getArgumentTypes(((MethodInsnNode) call).desc).length;
        Set<AbstractInsnNode> arrays = origins(method, frame.getStack(frame.getStackSize() - argc + index));
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.AASTORE) {
                Frame<SourceValue> at = f[method.instructions.indexOf(insn)];
                if (at != null && !java.util.Collections.disjoint(origins(method, at.getStack(at.getStackSize() - 3)), arrays)) {
                    return resolve(method, at.getStack(at.getStackSize() - 1), 0);
                }
            }
        }
        return UNKNOWN;
    }

    /** The instructions that made a value, looking through loads and stores of locals. */
    private Set<AbstractInsnNode> origins(MethodNode method, SourceValue value) {
        Set<AbstractInsnNode> out = new LinkedHashSet<>();
        for (AbstractInsnNode insn : value.insns) {
            if (insn instanceof VarInsnNode v && insn.getOpcode() == Opcodes.ALOAD) {
                Frame<SourceValue> at = frames(method)[method.instructions.indexOf(insn)];
                for (AbstractInsnNode store : at.getLocal(v.var).insns) {
                    Frame<SourceValue> sf = frames(method)[method.instructions.indexOf(store)];
                    if (store.getOpcode() == Opcodes.ASTORE && sf != null) {
                        out.addAll(origins(method, sf.getStack(sf.getStackSize() - 1)));
                    }
                }
            } else if (insn.getOpcode() == Opcodes.DUP) {
                Frame<SourceValue> at = frames(method)[method.instructions.indexOf(insn)];
                out.addAll(origins(method, at.getStack(at.getStackSize() - 1)));
            } else {
                out.add(insn);
            }
        }
        return out;
    }

    private Value resolve(MethodNode method, SourceValue value, int depth) {
        if (depth > 12 || value.insns.isEmpty()) {
            return UNKNOWN;
        }
        Value result = null;
        for (AbstractInsnNode insn : value.insns) {
            Value v = resolve(method, insn, depth + 1);
            if (result == null) {
                result = v;
            } else if (!result.equals(v)) {
                return UNKNOWN; // two different values reach here: not one constant
            }
        }
        return result;
    }

    private Value resolve(MethodNode method, AbstractInsnNode insn, int depth) {
        Frame<SourceValue>[] f = frames(method);
        int at = method.instructions.indexOf(insn);
        int op = insn.getOpcode();
        if (insn instanceof LdcInsnNode ldc) {
            return ldc.cst instanceof Type ? UNKNOWN : new Constant(ldc.cst);
        }
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return new Constant(op - Opcodes.ICONST_0);
        }
        if (op == Opcodes.LCONST_0 || op == Opcodes.LCONST_1) {
            return new Constant((long) (op - Opcodes.LCONST_0));
        }
        if (insn instanceof IntInsnNode i && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)) {
            return new Constant(i.operand);
        }
        if (op == Opcodes.I2L || op == Opcodes.DUP || op == Opcodes.CHECKCAST) {
            return resolve(method, f[at].getStack(f[at].getStackSize() - 1), depth);
        }
        if (insn instanceof VarInsnNode v) {
            if (op >= Opcodes.ILOAD && op <= Opcodes.ALOAD) {
                SourceValue local = f[at].getLocal(v.var);
                if (local.insns.isEmpty()) {
                    return parameterIndex(method, v.var).<Value>map(Parameter::new).orElse(UNKNOWN);
                }
                return resolve(method, local, depth);
            }
            if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                return resolve(method, f[at].getStack(f[at].getStackSize() - 1), depth);
            }
        }
        if (insn instanceof FieldInsnNode field && op == Opcodes.GETFIELD && field.owner.equals(node.name)) {
            return injected(field.name);
        }
        if (insn instanceof FieldInsnNode field && op == Opcodes.GETSTATIC) {
            if (field.owner.equals("java/time/temporal/ChronoUnit")) {
                return new Constant(ChronoUnit.valueOf(field.name));
            }
            if (field.owner.equals(node.name)) {
                return statics().getOrDefault(field.name, UNKNOWN);
            }
            return UNKNOWN;
        }
        if (insn instanceof TypeInsnNode t && op == Opcodes.NEW && SERVLET_COOKIES.contains(t.desc)) {
            return cookieOfNew(method, insn);
        }
        if (insn instanceof InvokeDynamicInsnNode indy && indy.name.equals("makeConcatWithConstants")) {
            return concat(method, indy);
        }
        if (insn instanceof MethodInsnNode built && STRING_BUILDERS.contains(built.owner) && built.name.equals("toString")
                && built.desc.equals("()Ljava/lang/String;")) {
            return builtString(method, built, depth);
        }
        if (insn instanceof MethodInsnNode call) {
            if (call.owner.equals(RESPONSE_COOKIE) && (call.name.equals("from") || call.name.equals("fromClientResponse"))) {
                return cookieOf(method, insn, depth);
            }
            if (call.owner.startsWith(RESPONSE_COOKIE) && call.getOpcode() != Opcodes.INVOKESTATIC) {
                // A builder step or toString(): the cookie is whatever the chain started from.
                return receiver(method, insn);
            }
            if ((call.owner.equals("java/lang/Integer") || call.owner.equals("java/lang/Long"))
                    && call.name.equals("valueOf")) {
                return argument(method, insn, 0);
            }
            if ((call.owner.equals("java/time/Duration") || call.owner.equals("java/time/Period"))
                    && call.getOpcode() == Opcodes.INVOKESTATIC) {
                Optional<ChronoUnit> unit = unitOfFactory(call);
                Optional<Long> n = number(argument(method, insn, 0));
                if (unit.isPresent() && n.isPresent()) {
                    return new Constant(new TimeSpan(method, line(insn), n.get(), unit.get(),
                            simple(call.owner) + "." + call.name + "(" + n.get() + ")"));
                }
            }
        }
        return UNKNOWN;
    }

    /**
     * A field Spring injects with {@code @Value("${retention.days:30}")}: the configured value, or the default. A
     * number stays a number; a {@code Duration} field holds Spring's forms ({@code 30d}, {@code 12h}, ISO {@code P30D}).
     */
    private Value injected(String fieldName) {
        for (FieldNode f : node.fields) {
            if (!f.name.equals(fieldName)) {
                continue;
            }
            List<org.objectweb.asm.tree.AnnotationNode> annotations = new ArrayList<>();
            if (f.visibleAnnotations != null) {
                annotations.addAll(f.visibleAnnotations);
            }
            for (org.objectweb.asm.tree.AnnotationNode a : annotations) {
                if (!a.desc.equals("Lorg/springframework/beans/factory/annotation/Value;") || a.values == null) {
                    continue;
                }
                String expression = String.valueOf(a.values.get(1));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}").matcher(expression.trim());
                if (!m.matches()) {
                    return UNKNOWN;
                }
                String text = properties.apply(m.group(1)).orElse(m.group(2));
                return text == null ? UNKNOWN : typed(text.trim(), f.desc);
            }
        }
        return UNKNOWN;
    }

    private static Value typed(String text, String descriptor) {
        try {
            if (descriptor.equals("Ljava/time/Duration;")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)").matcher(text);
                java.time.Duration d = m.matches() ? switch (m.group(2)) {
                    case "ms" -> java.time.Duration.ofMillis(Long.parseLong(m.group(1)));
                    case "s" -> java.time.Duration.ofSeconds(Long.parseLong(m.group(1)));
                    case "m" -> java.time.Duration.ofMinutes(Long.parseLong(m.group(1)));
                    case "h" -> java.time.Duration.ofHours(Long.parseLong(m.group(1)));
                    default -> java.time.Duration.ofDays(Long.parseLong(m.group(1)));
                } : java.time.Duration.parse(text);
                boolean days = d.getSeconds() % 86_400 == 0;
                return new Constant(new TimeSpan(null, 0, days ? d.toDays() : d.getSeconds(),
                        days ? ChronoUnit.DAYS : ChronoUnit.SECONDS, "the configured " + text));
            }
            if (Set.of("I", "J", "S", "Ljava/lang/Integer;", "Ljava/lang/Long;").contains(descriptor)) {
                return new Constant(Long.parseLong(text));
            }
            return new Constant(text);
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** A cookie built by {@code ResponseCookie.from} at {@code insn}, with the flags its builder chain sets. */
    private Value cookieOf(MethodNode method, AbstractInsnNode insn, int depth) {
        MethodInsnNode call = (MethodInsnNode) insn;
        if (SERVLET_COOKIES.contains(call.owner)) {
            // The constructor call: find the NEW it initialises.
            Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(insn)];
            for (AbstractInsnNode origin : origins(method, frame.getStack(frame.getStackSize() - 3))) {
                if (origin.getOpcode() == Opcodes.NEW) {
                    return cookieOfNew(method, origin);
                }
            }
            return new CookieValue(argument(method, insn, 0), Set.of(), line(insn));
        }
        Value name = argument(method, insn, 0);
        Set<String> flags = new java.util.TreeSet<>();
        for (AbstractInsnNode other : method.instructions) {
            if (other instanceof MethodInsnNode step && step.owner.startsWith(RESPONSE_COOKIE + "$")
                    && frames(method)[method.instructions.indexOf(other)] != null
                    && chainStart(method, other).contains(insn)) {
                Type[] stepArgs = Type.getArgumentTypes(step.desc);
                Value arg = stepArgs.length == 1 ? argument(method, other, 0) : UNKNOWN;
                boolean zero = arg instanceof Constant c && c.value() instanceof Number n && n.longValue() == 0;
                boolean off = arg instanceof Constant c && Integer.valueOf(0).equals(c.value()) && stepArgs[0].getSort() == Type.BOOLEAN;
                if (step.name.equals("maxAge") && zero) {
                    flags.add("deletes");
                } else if (!off) {
                    flag(step.name, flags);
                }
            }
        }
        return new CookieValue(name, flags, line(insn));
    }

    /** The {@code ResponseCookie.from} calls a builder step's receiver started from. */
    private Set<AbstractInsnNode> chainStart(MethodNode method, AbstractInsnNode step) {
        Set<AbstractInsnNode> starts = new LinkedHashSet<>();
        AbstractInsnNode current = step;
        for (int guard = 0; guard < 64; guard++) {
            MethodInsnNode m = (MethodInsnNode) current;
            Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(current)];
            if (frame == null) {
                return starts;
            }
            SourceValue receiver = frame.getStack(frame.getStackSize() - Type.getArgumentTypes(m.desc).length - 1);
            Set<AbstractInsnNode> origins = origins(method, receiver);
            if (origins.size() != 1 || !(origins.iterator().next() instanceof MethodInsnNode next)) {
                return starts;
            }
            if (next.owner.equals(RESPONSE_COOKIE) && next.getOpcode() == Opcodes.INVOKESTATIC) {
                starts.add(next);
                return starts;
            }
            if (!next.owner.startsWith(RESPONSE_COOKIE + "$")) {
                return starts;
            }
            current = next;
        }
        return starts;
    }

    /** A Servlet cookie created at {@code newInsn}: its constructor's name, and the setters called on it. */
    private Value cookieOfNew(MethodNode method, AbstractInsnNode newInsn) {
        Frame<SourceValue>[] f = frames(method);
        Value name = UNKNOWN;
        int line = line(newInsn);
        Set<String> flags = new java.util.TreeSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (!(insn instanceof MethodInsnNode call) || !SERVLET_COOKIES.contains(call.owner)) {
                continue;
            }
            Frame<SourceValue> frame = f[method.instructions.indexOf(insn)];
            if (frame == null) {
                continue;
            }
            int argc = Type.getArgumentTypes(call.desc).length;
            if (!origins(method, frame.getStack(frame.getStackSize() - argc - 1)).contains(newInsn)) {
                continue;
            }
            if (call.name.equals("<init>") && argc == 2) {
                name = argument(method, insn, 0);
                line = line(insn);
            } else if (argc == 1) {
                Value arg = argument(method, insn, 0);
                boolean zero = arg instanceof Constant c && c.value() instanceof Number n && n.longValue() == 0;
                if (call.name.equals("setMaxAge") && zero) {
                    flags.add("deletes"); // Max-Age 0 tells the browser to drop the cookie
                } else if (!zero) {
                    flag(call.name, flags);
                }
            } else if (call.name.equals("setAttribute") && argc == 2
                    && argument(method, insn, 0) instanceof Constant c && "SameSite".equalsIgnoreCase(String.valueOf(c.value()))) {
                flags.add("sameSite");
            }
        }
        return new CookieValue(name, flags, line);
    }

    private static void flag(String call, Set<String> flags) {
        String name = call.startsWith("set") && call.length() > 3
                ? Character.toLowerCase(call.charAt(3)) + call.substring(4) : call;
        if (Set.of("secure", "httpOnly", "sameSite", "maxAge").contains(name)) {
            flags.add(name);
        }
    }

    private Value concat(MethodNode method, InvokeDynamicInsnNode indy) {
        if (indy.bsmArgs.length == 0 || !(indy.bsmArgs[0] instanceof String recipe)) {
            return UNKNOWN;
        }
        StringBuilder text = new StringBuilder();
        int arg = 0;
        int constant = 1;
        for (char c : recipe.toCharArray()) {
            if (c == '\u0001') {
                Value v = argument(method, indy, arg++);
                text.append(v instanceof Constant k ? String.valueOf(k.value()) : "\u0001");
            } else if (c == '\u0002') {
                text.append(indy.bsmArgs[constant++]);
            } else {
                text.append(c);
            }
        }
        return new Concat(text.toString());
    }

    /**
     * A string appended together in a {@code StringBuilder} chain: {@code "a" + b} as javac compiles it for Java 8 or
     * with {@code -XDstringConcat=inline} (other compilers build strings the same way). The same {@link Concat} as an
     * invokedynamic recipe gives, a part that is not a constant written {@code \u0001}; a builder kept in a local
     * variable and appended to statement by statement is not followed (unknown).
     */
    private Value builtString(MethodNode method, MethodInsnNode toString, int depth) {
        Frame<SourceValue>[] f = frames(method);
        List<String> parts = new ArrayList<>();
        AbstractInsnNode at = toString;
        while (parts.size() <= 64) {
            Frame<SourceValue> frame = f[method.instructions.indexOf(at)];
            if (frame == null) {
                return UNKNOWN;
            }
            int argc = Type.getArgumentTypes(((MethodInsnNode) at).desc).length;
            SourceValue receiver = frame.getStack(frame.getStackSize() - argc - 1);
            if (receiver.insns.size() != 1) {
                return UNKNOWN;
            }
            AbstractInsnNode source = beforeDup(method, receiver.insns.iterator().next());
            if (source instanceof MethodInsnNode append && STRING_BUILDERS.contains(append.owner)
                    && append.name.equals("append") && Type.getArgumentTypes(append.desc).length == 1) {
                parts.add(0, part(method, append, depth));
                at = append;
            } else if (source instanceof TypeInsnNode created && created.getOpcode() == Opcodes.NEW
                    && STRING_BUILDERS.contains(created.desc)) {
                MethodInsnNode constructor = constructor(method, created);
                if (constructor == null) {
                    return UNKNOWN;
                }
                Type[] parameters = Type.getArgumentTypes(constructor.desc);
                if (parameters.length == 1 && parameters[0].getSort() == Type.OBJECT) { // (String), (CharSequence)
                    parts.add(0, part(method, constructor, depth));
                }
                return new Concat(String.join("", parts));
            } else {
                return UNKNOWN;
            }
        }
        return UNKNOWN;
    }

    /** The text one append (or the builder's constructor) adds: a constant as Java prints it, else {@code \u0001}. */
    private static String printed(MethodInsnNode call, Value value) {
        if (!(value instanceof Constant k)) {
            return "\u0001";
        }
        Type parameter = Type.getArgumentTypes(call.desc)[0];
        if (parameter.equals(Type.CHAR_TYPE) && k.value() instanceof Integer c) {
            return String.valueOf((char) c.intValue());
        }
        if (parameter.equals(Type.BOOLEAN_TYPE) && k.value() instanceof Integer b) {
            return String.valueOf(b != 0);
        }
        return String.valueOf(k.value());
    }

    /** The part its only argument adds, resolved one level deeper than the string it is part of. */
    private String part(MethodNode method, MethodInsnNode call, int depth) {
        Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(call)];
        return printed(call, resolve(method, frame.getStack(frame.getStackSize() - 1), depth + 1));
    }

    /** The {@code <init>} call that constructs the object {@code created} makes: {@code new B; dup; ...; <init>}. */
    private MethodInsnNode constructor(MethodNode method, TypeInsnNode created) {
        Frame<SourceValue>[] f = frames(method);
        for (AbstractInsnNode insn = created.getNext(); insn != null; insn = insn.getNext()) {
            if (insn instanceof MethodInsnNode init && init.getOpcode() == Opcodes.INVOKESPECIAL
                    && init.name.equals("<init>") && init.owner.equals(created.desc)) {
                Frame<SourceValue> frame = f[method.instructions.indexOf(init)];
                if (frame == null) {
                    return null;
                }
                int argc = Type.getArgumentTypes(init.desc).length;
                SourceValue self = frame.getStack(frame.getStackSize() - argc - 1);
                if (self.insns.size() == 1 && beforeDup(method, self.insns.iterator().next()) == created) {
                    return init;
                }
            }
        }
        return null;
    }

    /** The instruction that pushed the value a {@code dup} copied (through any number of them), or {@code insn}. */
    private AbstractInsnNode beforeDup(MethodNode method, AbstractInsnNode insn) {
        AbstractInsnNode at = insn;
        for (int i = 0; i < 8 && at.getOpcode() == Opcodes.DUP; i++) {
            Frame<SourceValue> frame = frames(method)[method.instructions.indexOf(at)];
            SourceValue copied = frame == null ? null : frame.getStack(frame.getStackSize() - 1);
            if (copied == null || copied.insns.size() != 1) {
                return at;
            }
            at = copied.insns.iterator().next();
        }
        return at;
    }

    private static Optional<Long> number(Value value) {
        return value instanceof Constant c && c.value() instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    /** The static fields' values as {@code <clinit>} assigns them. */
    private Map<String, Value> statics() {
        if (statics == null) {
            statics = new HashMap<>();
            for (FieldNode field : node.fields) {
                if (field.value != null) {
                    statics.put(field.name, new Constant(field.value));
                }
            }
            for (MethodNode clinit : methods("<clinit>")) {
                Frame<SourceValue>[] f = frames(clinit);
                if (f == null) {
                    continue;
                }
                for (AbstractInsnNode insn : clinit.instructions) {
                    if (insn instanceof FieldInsnNode put && put.getOpcode() == Opcodes.PUTSTATIC
                            && put.owner.equals(node.name) && f[clinit.instructions.indexOf(insn)] != null) {
                        Frame<SourceValue> frame = f[clinit.instructions.indexOf(insn)];
                        statics.putIfAbsent(put.name, UNKNOWN); // guards against a constant read while it is computed
                        statics.put(put.name, resolve(clinit, frame.getStack(frame.getStackSize() - 1), 0));
                    }
                }
            }
        }
        return statics;
    }

    /** The spans of time the class's static constants hold, e.g. {@code static final Duration KEEP = Duration.ofDays(90)}. */
    public List<TimeSpan> staticTimeSpans(MethodNode reader) {
        List<TimeSpan> spans = new ArrayList<>();
        for (AbstractInsnNode insn : reader.instructions) {
            if (insn instanceof FieldInsnNode get && get.getOpcode() == Opcodes.GETSTATIC && get.owner.equals(node.name)
                    && statics().get(get.name) instanceof Constant c && c.value() instanceof TimeSpan span) {
                spans.add(span);
            }
        }
        return spans;
    }

    private static Optional<Integer> parameterIndex(MethodNode method, int slot) {
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        int current = isStatic ? 0 : 1;
        Type[] args = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < args.length; i++) {
            if (current == slot) {
                return Optional.of(i);
            }
            current += args[i].getSize();
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Frame<SourceValue>[] frames(MethodNode method) {
        return frames.computeIfAbsent(method, m -> {
            try {
                return new Analyzer<>(new SourceInterpreter()).analyze(node.name, m);
            } catch (AnalyzerException | RuntimeException e) {
                return null;
            }
        });
    }

    /** The source line of an instruction, or 0 when the class has no line numbers. */
    public static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode i = insn; i != null; i = i.getPrevious()) {
            if (i instanceof LineNumberNode n) {
                return n.line;
            }
        }
        return 0;
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
