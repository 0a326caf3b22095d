#!/usr/bin/env node
// What the policy repository's pull-request workflow (.github/workflows/policy-pr.yml) does, kept out of the YAML
// so that the tests (generator/src/test/java/tech/openfactory/policy/ci/PullRequestScriptTest.java) run it with a
// fake GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH and a fake `gh` on PATH.
//
//   node .github/scripts/policy-pr.mjs check [ARGS...]             policy check --format github: annotations in the
//                                                                  log, a summary, the exit code of the check
//   node .github/scripts/policy-pr.mjs diff --out DIR [ARGS...]    policy diff: the comment's body in DIR/comment.md
//                                                                  and the step summary; fails only on errors
//   node .github/scripts/policy-pr.mjs comment FILE                the one sticky comment of the pull request: the
//                                                                  bot's comment holding MARKER is updated, else one
//                                                                  is created (gh api; needs GH_TOKEN)
//
// The tool is run as $POLICY (default: java -jar generator/target/policy.jar; words split on spaces).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const MARKER = "<!-- policy-diff -->";
/** GitHub refuses a comment longer than 65,536 characters; the rest is in the step summary. */
const COMMENT_LIMIT = 60000;
const KINDS = { 0: "none", 10: "editorial", 11: "material" };

function policy(args) {
  const command = (process.env.POLICY || "java -jar generator/target/policy.jar").trim().split(/\s+/);
  const run = spawnSync(command[0], [...command.slice(1), ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) {
    console.log(`::error::could not run ${command.join(" ")}: ${run.error.message}`);
    return { code: 3, stdout: "", stderr: "" };
  }
  return { code: run.status ?? 3, stdout: run.stdout, stderr: run.stderr };
}

function appendFile(variable, text) {
  const file = process.env[variable];
  if (file) {
    fs.appendFileSync(file, text);
  }
}

function output(name, value) {
  appendFile("GITHUB_OUTPUT", `${name}=${value}\n`);
}

function lines(text) {
  return text.split(/\r?\n/).filter((line) => line !== "");
}

/** A fence longer than any run of backticks in the text, so that the text cannot close it. */
function fenced(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) || []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}\n`;
}

const ANNOTATION = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+)::(.*)$/;

function unescapeData(text) {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text) {
  return unescapeData(text.replace(/%3A/g, ":").replace(/%2C/g, ","));
}

/** An annotation back as the text line `file:line:col: message` (other lines as they are), for the summary. */
function asText(line) {
  const m = ANNOTATION.exec(line);
  return m ? `${unescapeProperty(m[2])}:${m[3]}:${m[4]}: ${unescapeData(m[5])}` : line;
}

function check(args) {
  const run = policy(["check", "--format", "github", ...args]);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const all = [...lines(run.stdout), ...lines(run.stderr)];
  const errors = all.filter((line) => line.startsWith("::error ")).length;
  const warnings = all.filter((line) => line.startsWith("::warning ")).length;
  let status;
  if (run.code === 0) {
    status = warnings === 0
      ? "✅ The policy is valid and says everything the lint checks."
      : `✅ The policy is valid. The lint lists ${warnings} thing${warnings === 1 ? "" : "s"} the law asks it to`
        + " say that it does not: warnings, which do not fail the check. GitHub shows the first 10 on their lines;"
        + " all are below.";
  } else if (run.code === 1 && errors > 0) {
    status = errors === 1
      ? "❌ The policy has an error, annotated at its line in the pull request and listed below. Nothing is built"
        + " from the policy until it is fixed."
      : `❌ The policy has ${errors} errors, annotated at their lines in the pull request and listed below. Nothing`
        + " is built from the policy until they are fixed.";
  } else if (run.code === 1) {
    status = "❌ The lint's findings fail the check (--strict).";
  } else {
    status = `❌ \`policy check\` could not run (exit ${run.code}); see the log of this step.`;
  }
  appendFile("GITHUB_STEP_SUMMARY", `### Policy check\n\n${status}\n\n`
    + (all.length ? fenced(all.map(asText).join("\n")) + "\n" : ""));
  output("errors", errors);
  output("warnings", warnings);
  return run.code;
}

function event() {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !fs.existsSync(file)) {
    return {};
  }
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function footer() {
  const pr = event().pull_request;
  const sha = pr?.head?.sha ? ` for ${pr.head.sha.slice(0, 7)}` : "";
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = process.env;
  const link = server && repo && runId ? ` · [the run](${server}/${repo}/actions/runs/${runId})` : "";
  return `<sub>\`policy diff\`${sha}${link}; this comment is updated on every push.</sub>\n`;
}

/** The Markdown cut to fit a comment, at a line, with what it left open closed. */
function fit(markdown) {
  if (markdown.length <= COMMENT_LIMIT) {
    return markdown;
  }
  let cut = markdown.slice(0, COMMENT_LIMIT);
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
  let closing = "";
  if ((cut.match(/^```/gm) || []).length % 2 === 1) {
    closing += "\n```";
  }
  const open = (cut.match(/<details>/g) || []).length - (cut.match(/<\/details>/g) || []).length;
  closing += "\n\n</details>".repeat(Math.max(0, open));
  return `${cut}${closing}\n\n**…** the summary is longer than a comment can hold; all of it is in the job summary of`
    + " the run below.\n";
}

function diff(args) {
  const at = args.indexOf("--out");
  if (at < 0 || !args[at + 1]) {
    console.error("policy-pr.mjs diff: --out DIR is required");
    return 2;
  }
  const out = args[at + 1];
  const rest = [...args.slice(0, at), ...args.slice(at + 2)];
  const run = policy(["diff", ...rest]);
  const kind = KINDS[run.code];
  // Not echoed: the policy's own words must not reach the log, where a line could read as a workflow command.
  console.log(`policy diff: exit ${run.code} (${kind ? `${kind} change` : "not compared"}); the summary is in`
    + ` ${path.join(out, "comment.md")} and the job summary`);
  let body;
  if (kind) {
    appendFile("GITHUB_STEP_SUMMARY", run.stdout.endsWith("\n") ? run.stdout : `${run.stdout}\n`);
    body = `${MARKER}\n${fit(run.stdout)}\n${footer()}`;
  } else {
    const why = run.stderr.trim() ? `\n${fenced(run.stderr.trim())}` : "";
    const text = `## Privacy Policy: not compared\n\n\`policy diff\` could not compare the policy (exit ${run.code}).`
      + ` The errors are annotated at their lines by the \`policy check\` step.\n${why}`;
    appendFile("GITHUB_STEP_SUMMARY", `${text}\n`);
    body = `${MARKER}\n${fit(text)}\n${footer()}`;
  }
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "comment.md"), body);
  output("kind", kind || "error");
  return kind ? 0 : run.code || 1;
}

function gh(args) {
  const run = spawnSync("gh", args, { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) {
    const why = run.error ? run.error.message : (run.stderr || "").trim();
    throw new Error(`gh ${args.join(" ")} failed: ${why}`);
  }
  return run.stdout;
}

function comment(args) {
  const file = args[0];
  if (!file || !fs.existsSync(file)) {
    console.error(`policy-pr.mjs comment: no comment body at ${file}`);
    return 2;
  }
  const body = fs.readFileSync(file, "utf8");
  const pr = event().pull_request;
  if (!pr?.number) {
    console.error("policy-pr.mjs comment: GITHUB_EVENT_PATH holds no pull_request; run it on pull_request events");
    return 2;
  }
  const base = pr.base?.repo?.full_name || process.env.GITHUB_REPOSITORY;
  if (pr.head?.repo?.full_name !== base) {
    // A fork's pull request gets a read-only token: the summary of the run is where the diff is.
    console.log(`::notice::pull request #${pr.number} comes from a fork, whose token cannot comment; the diff is in`
      + " the job summary");
    return 0;
  }
  const author = process.env.POLICY_COMMENT_AUTHOR || "github-actions[bot]";
  const input = path.join(fs.mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), "policy-comment-")),
    "body.json");
  fs.writeFileSync(input, JSON.stringify({ body }));
  try {
    let previous;
    for (let page = 1; page <= 100 && !previous; page++) {
      const comments = JSON.parse(gh(["api", `repos/${base}/issues/${pr.number}/comments?per_page=100&page=${page}`]));
      previous = comments.find((c) => c.user?.login === author && (c.body || "").includes(MARKER));
      if (comments.length < 100) {
        break;
      }
    }
    if (previous) {
      gh(["api", "--method", "PATCH", `repos/${base}/issues/comments/${previous.id}`, "--input", input]);
      console.log(`updated the policy diff comment ${previous.id} of pull request #${pr.number}`);
    } else {
      gh(["api", "--method", "POST", `repos/${base}/issues/${pr.number}/comments`, "--input", input]);
      console.log(`commented the policy diff on pull request #${pr.number}`);
    }
    return 0;
  } catch (e) {
    console.log(`::error::${e.message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}`);
    return 1;
  }
}

const [command, ...args] = process.argv.slice(2);
const commands = { check, diff, comment };
if (!commands[command]) {
  console.error("usage: policy-pr.mjs check [ARGS...] | diff --out DIR [ARGS...] | comment FILE");
  process.exit(2);
}
process.exitCode = commands[command](args);
