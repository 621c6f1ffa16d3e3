package dev.precommit.repo;

import dev.precommit.FatalException;
import dev.precommit.config.HookConfig;
import dev.precommit.output.Output;
import dev.precommit.process.ProcessResult;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code precommit try-repo}: a one-repository config for a hook repository (all its hooks, or
 * one), written into a scratch store and printed between rules, ready for a run. A local repository
 * with uncommitted changes is first committed into a shadow clone, so hook authors can try their
 * work in progress.
 */
public final class TryRepo {
  /** The rule around the printed config: 79 {@code =}. */
  public static final String RULE = "=".repeat(79);

  private final Path scratch;
  private final Map<String, String> env;
  private final Output out;

  /**
   * @param scratch an empty temporary directory: store, shadow repository and config go there
   */
  public TryRepo(Path scratch, Map<String, String> env, Output out) {
    this.scratch = scratch;
    this.env = env;
    this.out = out;
  }

  /** The config to run, written to {@code <scratch>/.pre-commit-config.yaml}. */
  public Path prepare(String repo, String hookId, String ref, Path root) throws IOException {
    RepoCloner cloner = new RepoCloner(root, env);
    String rev = ref;
    String source = repo;
    if (rev == null) {
      rev = cloner.headRev(repo);
      Path local = root.resolve(repo);
      if (!repo.contains("://") && Files.isDirectory(local) && hasChanges(local)) {
        out.warn("Creating temporary repo with uncommitted changes...");
        Path shadow = shadow(local, rev);
        source = shadow.toString();
        rev = cloner.headRev(source);
      }
    }
    Store store = new Store(scratch);
    List<String> ids = new ArrayList<>();
    if (hookId != null) {
      ids.add(hookId);
    } else {
      HookResolver resolver = new HookResolver(store, cloner, out::info, out::warn);
      resolver.manifest(source, rev).stream()
          .map(HookConfig::id)
          .sorted(Comparator.naturalOrder())
          .forEach(ids::add);
    }
    StringBuilder config = new StringBuilder("repos:\n");
    config.append("-   repo: ").append(scalar(source)).append('\n');
    config.append("    rev: ").append(scalar(rev)).append('\n');
    config.append("    hooks:\n");
    for (String id : ids) {
      config.append("    -   id: ").append(scalar(id)).append('\n');
    }
    Path file = scratch.resolve(".pre-commit-config.yaml");
    Files.writeString(file, config, StandardCharsets.UTF_8);
    out.writeLine(RULE);
    out.writeLine("Using config:");
    out.writeLine(RULE);
    out.write(config.toString());
    out.writeLine(RULE);
    return file;
  }

  /** The environment the run should use: the scratch directory is its cache. */
  public Map<String, String> runEnvironment() {
    Map<String, String> runEnv = new HashMap<>(env);
    runEnv.put("PRECOMMIT_HOME", scratch.toString());
    return runEnv;
  }

  private boolean hasChanges(Path repo) throws IOException {
    return git(repo, Map.of(), "diff", "--quiet", "HEAD").exitCode() == 1;
  }

  /**
   * A clone of {@code repo} with its staged and tracked changes committed on top of {@code rev}.
   */
  private Path shadow(Path repo, String rev) throws IOException {
    Path shadow = scratch.resolve("shadow-repo");
    gitOrFail(scratch, Map.of(), "clone", "-q", repo.toString(), shadow.toString());
    gitOrFail(shadow, Map.of(), "checkout", "-q", rev, "-b", "_pc_tmp");
    Map<String, String> into =
        Map.of(
            "GIT_INDEX_FILE", shadow.resolve(".git/index").toString(),
            "GIT_OBJECT_DIRECTORY", shadow.resolve(".git/objects").toString());
    String staged =
        git(repo, Map.of(), "diff", "--cached", "--name-only", "--no-ext-diff", "-z").outputText();
    List<String> add = new ArrayList<>(List.of("add", "--"));
    for (String file : staged.split("\0")) {
      if (!file.isEmpty()) {
        add.add(file);
      }
    }
    if (add.size() > 2) {
      gitOrFail(repo, into, add.toArray(String[]::new));
    }
    gitOrFail(repo, into, "add", "-u");
    gitOrFail(
        shadow,
        Map.of(),
        "-c",
        "user.name=precommit",
        "-c",
        "user.email=precommit@localhost",
        "commit",
        "-q",
        "--no-verify",
        "--no-gpg-sign",
        "-m",
        "try-repo changes");
    return shadow;
  }

  private ProcessResult git(Path dir, Map<String, String> extra, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Map<String, String> gitEnv = new HashMap<>(env);
    for (String key :
        List.of("GIT_DIR", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_WORK_TREE")) {
      gitEnv.remove(key);
    }
    return ProcessRunner.separate(gitEnv).run(command, dir, extra, null);
  }

  private void gitOrFail(Path dir, Map<String, String> extra, String... args) throws IOException {
    ProcessResult result = git(dir, extra, args);
    if (!result.succeeded()) {
      throw new FatalException(
          "git " + String.join(" ", args) + " failed: " + result.errorText().strip());
    }
  }

  private static String scalar(String value) {
    Tag tag = new Resolver().resolve(NodeId.scalar, value, true);
    boolean plain =
        Tag.STR.equals(tag)
            && !value.isEmpty()
            && value.matches("[^:#'\"\\[\\]{}&*!|>%@`,\\s]" + "[^#]*")
            && !value.contains(": ")
            && !value.endsWith(":");
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }
}
