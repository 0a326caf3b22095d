package tech.openfactory.policy.cli;

/**
 * Every exit code of {@code policy}, defined once: the commands return these, {@code --help} lists them, and the
 * README's table is checked against them.
 */
public enum ExitCode {
    OK(0, "the policy is valid (and, for build, the site was written; for diff, nothing changed); lint findings are"
            + " warnings"),
    POLICY_ERRORS(1, "the policy, its history or the templates have errors, each printed as file:line:col; nothing was"
            + " written (with --strict, check and lint also exit 1 on any lint finding)"),
    USAGE(2, "the command line is wrong (unknown option, missing value)"),
    INTERNAL_ERROR(3, "an internal error of the tool; please report it with the command you ran"),
    EDITORIAL(10, "diff only: the change is editorial"),
    MATERIAL(11, "diff only: the change is material");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What it means, as --help and the README say it. */
    public String meaning() {
        return meaning;
    }
}
