package tech.openfactory.policy.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a command: the training run behind {@code bin/policy}'s class-data archive. The build runs it once, at package
 * time, in a JVM that lists the classes it loads for the archive ({@code -XX:DumpLoadedClassList} on Java 17,
 * {@code -XX:AOTMode=record} on Java 25), so that the archive holds the classes the commands load. Its arguments are
 * command lines of the tool separated by {@code ";"}, e.g. {@code check --content content ; build --out /tmp/x};
 * each runs as {@code java -jar policy.jar} would run it, one after the other in this JVM, with the output discarded.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true);
        List<String> line = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals(";")) {
                PolicyCommand.execute(line.toArray(String[]::new), discard, discard);
                line.clear();
            } else {
                line.add(arg);
            }
        }
        if (!line.isEmpty()) {
            PolicyCommand.execute(line.toArray(String[]::new), discard, discard);
        }
    }
}
