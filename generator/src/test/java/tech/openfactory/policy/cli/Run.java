package tech.openfactory.policy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in-process: its exit code and what it printed on each stream. */
record Run(int exit, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
