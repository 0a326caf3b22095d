package tech.openfactory.policy.trials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A fixture's ground truth, written by hand before any run of the kit: {@code ground-truth.tsv} beside its pom. */
record GroundTruth(List<Persisted> persisted, List<Field> fields, List<Cookie> cookies, List<Retention> retention) {
    record Persisted(String type, String signal) {}

    /** A field on the type that declares it; {@code declarations} are "category/element", empty when not personal. */
    record Field(String type, String name, boolean personal, List<String> declarations) {
        String id() {
            return type + "." + name;
        }
    }

    record Cookie(String name, String cookie, String how, String where) {}

    /** {@code method} is "com.example.Job.purge"; {@code period} as the code has it, e.g. "3 days". */
    record Retention(String rule, String method, String period) {
        String type() {
            return method.substring(0, method.lastIndexOf('.'));
        }

        String methodName() {
            return method.substring(method.lastIndexOf('.') + 1);
        }

        long amount() {
            return Long.parseLong(period.split(" ")[0]);
        }
    }

    static GroundTruth read(Path file) {
        List<Persisted> persisted = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<Cookie> cookies = new ArrayList<>();
        List<Retention> retention = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                switch (c[0]) {
                    case "persisted" -> persisted.add(new Persisted(c[1], c[2]));
                    case "field" -> fields.add(new Field(c[1], c[2], c[3].equals("personal"),
                            c.length < 5 || c[4].equals("->") ? List.of() : List.of(c[4].split(","))));
                    case "cookie" -> cookies.add(new Cookie(c[1], c[2], c[3], c[4]));
                    case "retention" -> retention.add(new Retention(c[1], c[2], c[3]));
                    default -> throw new IllegalArgumentException(file + ": unknown row kind '" + c[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GroundTruth(List.copyOf(persisted), List.copyOf(fields), List.copyOf(cookies), List.copyOf(retention));
    }

    List<Field> personal() {
        return fields.stream().filter(Field::personal).toList();
    }
}
