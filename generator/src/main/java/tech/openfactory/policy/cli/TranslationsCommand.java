package tech.openfactory.policy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.openfactory.policy.model.HistoryLoader;
import tech.openfactory.policy.model.Policy;
import tech.openfactory.policy.model.PolicyException;
import tech.openfactory.policy.model.PolicyLoader;
import tech.openfactory.policy.model.Problem;
import tech.openfactory.policy.translation.Translation;
import tech.openfactory.policy.translation.TranslationLoader;
import tech.openfactory.policy.translation.TranslationStatus;
import tech.openfactory.policy.translation.Translations;
import tech.openfactory.policy.translation.UnitState;

/** {@code policy translations}: where the translations of content/privacy/translations stand. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Reports on the translations in content/privacy/translations/<locale>.yaml.",
        subcommands = {TranslationsCommand.Status.class})
final class TranslationsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: status");
    }

    /**
     * What {@code check} says of the translations: one line per locale, then each stale, mismatched or orphaned
     * unit (warnings: they never block the English page) and each placeholder mismatch or unreadable file (errors:
     * a translation that drops or adds a fact). Returns the exit code; nothing when there are no translations.
     */
    static int check(Policy policy, Path privacy, PrintWriter out, PrintWriter err, LintCommand.Format format) {
        Path dir = privacy.resolve(Translations.DIRECTORY);
        List<Problem> malformed = new ArrayList<>();
        List<TranslationStatus> statuses = new ArrayList<>();
        try {
            TranslationLoader loader = new TranslationLoader();
            for (Path file : TranslationLoader.files(dir)) {
                try {
                    statuses.add(TranslationStatus.of(policy, loader.load(file)));
                } catch (PolicyException e) {
                    malformed.addAll(e.problems());
                }
            }
        } catch (PolicyException e) {
            malformed.addAll(e.problems());
        }
        boolean errors = !malformed.isEmpty();
        for (TranslationStatus status : statuses) {
            List<Problem> mismatches = status.errors();
            for (Problem problem : status.problems()) {
                out.println(mismatches.contains(problem) ? format.problem(problem) : format.warning(problem));
            }
            errors |= status.hasErrors();
        }
        malformed.forEach(problem -> err.println(format.problem(problem)));
        if (!statuses.isEmpty()) {
            out.println("translations: " + statuses.stream().map(s -> s.translation().tag() + " " + s.translated() + "/"
                    + s.total() + (s.count(UnitState.STALE) > 0 ? " (" + s.count(UnitState.STALE) + " stale)" : ""))
                    .collect(java.util.stream.Collectors.joining(", ")) + "; `policy translations status` lists them");
        }
        return errors ? PolicyCommand.POLICY_ERRORS : ExitCode.OK.code();
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Prints, per locale, how many units of the living policy are translated, missing, stale"
                    + " (the English text changed since), with other placeholders than the English, or orphaned (no"
                    + " longer in the policy); then one line per stale, mismatched or orphaned unit, as"
                    + " file:line:col.",
                "Exits 0 when only units are missing, stale or orphaned: they never block the English page (the"
                    + " translated page shows them in English). Exits 1 when a translation file is malformed or a"
                    + " unit's placeholders differ from its English text's, since it would drop or add a fact."})
    static final class Status implements Callable<Integer> {
        @CommandLine.Mixin
        PolicyCommand.ContentOption content = new PolicyCommand.ContentOption();

        @Option(names = "--locale", paramLabel = "TAG", description = "only this translation, e.g. de or fr-CA")
        String locale;

        @Option(names = "--missing", description = "also list each untranslated unit, with the source: to record")
        boolean missing;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path privacy = content.content.resolve("privacy");
            Path policyFile = privacy.resolve(HistoryLoader.LIVING);
            Path dir = privacy.resolve(Translations.DIRECTORY);
            Policy policy;
            try {
                policy = PolicyLoader.builder().build().load(policyFile);
            } catch (PolicyException e) {
                PolicyCommand.report(e, err, policyFile, "translations are checked against a valid policy");
                return PolicyCommand.POLICY_ERRORS;
            }
            List<Path> files;
            try {
                files = TranslationLoader.files(dir);
            } catch (PolicyException e) {
                PolicyCommand.report(e, err, dir, "no status was computed");
                return PolicyCommand.POLICY_ERRORS;
            }
            if (locale != null) {
                files = files.stream().filter(f -> f.getFileName().toString().equals(locale + ".yaml")).toList();
                if (files.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no translation '" + locale + "' in "
                            + dir + "; " + available(dir));
                }
            }
            if (files.isEmpty()) {
                out.println("no translations in " + dir + ": add one as " + dir.resolve("<locale>.yaml")
                        + ", e.g. de.yaml");
                return ExitCode.OK.code();
            }
            TranslationLoader loader = new TranslationLoader();
            List<TranslationStatus> statuses = new ArrayList<>();
            List<Problem> malformed = new ArrayList<>();
            for (Path file : files) {
                try {
                    statuses.add(TranslationStatus.of(policy, loader.load(file)));
                } catch (PolicyException e) {
                    malformed.addAll(e.problems());
                }
            }
            print(statuses, out);
            boolean errors = !malformed.isEmpty();
            for (TranslationStatus status : statuses) {
                List<Problem> lines = new ArrayList<>(status.problems());
                if (missing) {
                    lines.addAll(status.missing());
                }
                lines.forEach(out::println);
                errors |= status.hasErrors();
            }
            if (!malformed.isEmpty()) {
                PolicyCommand.report(new PolicyException(malformed), err, dir,
                        "fix them: a translation that does not load is left out of the table and of the pages");
            }
            return errors ? PolicyCommand.POLICY_ERRORS : ExitCode.OK.code();
        }

        private static String available(Path dir) {
            try {
                List<String> tags = TranslationLoader.files(dir).stream()
                        .map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();
                return tags.isEmpty() ? "there is none yet" : "the translations there are " + String.join(", ", tags);
            } catch (PolicyException e) {
                return "the folder cannot be listed";
            }
        }

        /** The table: one row per locale, columns aligned. */
        static void print(List<TranslationStatus> statuses, PrintWriter out) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"locale", "translated", "missing", "stale", "placeholder mismatches", "orphaned"});
            for (TranslationStatus s : statuses) {
                Translation t = s.translation();
                rows.add(new String[] {t.tag(), s.translated() + "/" + s.total(), count(s, UnitState.MISSING),
                    count(s, UnitState.STALE), count(s, UnitState.PLACEHOLDER_MISMATCH), count(s, UnitState.ORPHANED)});
            }
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
                }
                out.println(line.toString().stripTrailing());
            }
        }

        private static String count(TranslationStatus status, UnitState state) {
            return String.valueOf(status.count(state));
        }
    }
}
