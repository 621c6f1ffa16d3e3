package dev.precommit.repo;

import dev.precommit.FatalException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Fetches a hook repository at one rev into an empty directory with JGit, so no {@code git} binary
 * is needed: shallow (depth 1) when the rev names a branch, a tag or a full SHA the server hands
 * out, else a full fetch of branches and tags and a checkout of the rev.
 *
 * <p>The repository is built with explicit git and work-tree directories and never reads {@code
 * GIT_DIR}, {@code GIT_INDEX_FILE} or {@code GIT_OBJECT_DIRECTORY}: inside a git hook those point
 * at the user's repository, and pre-commit strips them for clones for the same reason. JGit still
 * looks the system git config up once per JVM (a fork of {@code git}, unless {@code
 * GIT_CONFIG_NOSYSTEM} is set); that is left alone because clones are rare and slow anyway, and
 * presetting it would change JVM-wide JGit state.
 */
public final class RepoCloner {
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern SCP_LIKE = Pattern.compile("^[^/:]+:.*");
  private static final String FETCHED = "refs/precommit/fetched";

  private final Path baseDir;
  private final Supplier<UrlRewrites> rewrites;

  /**
   * A cloner that takes URLs as written, with no {@code insteadOf} rules (tests).
   *
   * @param baseDir what relative repository paths in a config are relative to (the work tree)
   */
  public RepoCloner(Path baseDir) {
    this(baseDir, UrlRewrites::none);
  }

  /**
   * A cloner that rewrites URLs by the {@code url.<base>.insteadOf} rules git reads with {@code
   * env} (read once, on the first clone), as the git command's clones do.
   */
  public RepoCloner(Path baseDir, Map<String, String> env) {
    this(baseDir, new Memo<>(() -> UrlRewrites.read(env)));
  }

  private RepoCloner(Path baseDir, Supplier<UrlRewrites> rewrites) {
    this.baseDir = baseDir;
    this.rewrites = rewrites;
  }

  /**
   * The URL JGit should fetch: rewritten by git's {@code insteadOf} rules, then relative local
   * paths made absolute against the work tree.
   */
  public String url(String repo) {
    String url = rewrites.get().rewrite(repo);
    if (url.contains("://") || (SCP_LIKE.matcher(url).matches() && !url.startsWith("."))) {
      return url;
    }
    return baseDir.resolve(url).toAbsolutePath().normalize().toString();
  }

  /** A value computed on first use, then kept. */
  private static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> source;
    private T value;

    Memo(Supplier<T> source) {
      this.source = source;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = source.get();
      }
      return value;
    }
  }

  /**
   * Fills the empty directory {@code dir} with {@code repo} checked out at {@code rev} (detached).
   *
   * @throws RepoFetchException naming the repository, what failed and the way out, when it or the
   *     rev cannot be fetched
   */
  public void cloneInto(String repo, String rev, Path dir) {
    String url = url(repo);
    File gitDir = dir.resolve(Constants.DOT_GIT).toFile();
    try (Repository repository =
            new FileRepositoryBuilder().setGitDir(gitDir).setWorkTree(dir.toFile()).build();
        Git git = new Git(repository)) {
      repository.create();
      StoredConfig config = repository.getConfig();
      config.setString("remote", "origin", "url", url);
      // No auto-gc, and none in the background: JGit's detached gc takes gc.log.lock even when
      // there is nothing to do, racing the deletion of a failed clone.
      config.setInt("gc", null, "auto", 0);
      config.setBoolean("gc", null, "autoDetach", false);
      config.save();
      Map<String, Ref> remoteRefs = listRemote(repo, url);
      ObjectId commit = shallowFetch(git, rev, remoteRefs);
      if (commit == null) {
        commit = fullFetch(git, repo, rev);
      }
      git.checkout().setName(commit.name()).call();
    } catch (IOException | GitAPIException e) {
      throw new FatalException("cannot check out " + repo + " at " + rev + ": " + oneLine(e), e);
    }
  }

  /** The commit the remote's {@code HEAD} points at ({@code git ls-remote REPO HEAD}). */
  public String headRev(String repo) {
    Ref head = listRemote(repo, url(repo)).get(Constants.HEAD);
    if (head == null || head.getObjectId() == null) {
      throw new FatalException("cannot fetch " + repo + ": it has no HEAD");
    }
    return head.getObjectId().name();
  }

  /** Whether {@code rev} is a full 40-digit commit SHA. */
  public static boolean isFullSha(String rev) {
    return FULL_SHA.matcher(rev).matches();
  }

  private static Map<String, Ref> listRemote(String repo, String url) {
    try {
      return Git.lsRemoteRepository().setRemote(url).setHeads(false).setTags(false).callAsMap();
    } catch (GitAPIException | RuntimeException e) {
      throw RepoFetchException.of(repo, e);
    }
  }

  /** Depth-1 fetch of what {@code rev} names; null when it cannot be done that way. */
  private static ObjectId shallowFetch(Git git, String rev, Map<String, Ref> remoteRefs) {
    String source = null;
    if (isFullSha(rev)) {
      source = rev.toLowerCase(java.util.Locale.ROOT);
    } else {
      for (String candidate : List.of(rev, "refs/tags/" + rev, "refs/heads/" + rev)) {
        if (candidate.startsWith("refs/") && remoteRefs.containsKey(candidate)) {
          source = candidate;
          break;
        }
      }
    }
    if (source == null) {
      return null;
    }
    try {
      git.fetch()
          .setRemote("origin")
          .setRefSpecs(new RefSpec("+" + source + ":" + FETCHED))
          .setTagOpt(TagOpt.NO_TAGS)
          .setDepth(1)
          .call();
      return git.getRepository().resolve(FETCHED + "^{commit}");
    } catch (GitAPIException | IOException | RuntimeException e) {
      return null;
    }
  }

  private static ObjectId fullFetch(Git git, String repo, String rev)
      throws GitAPIException, IOException {
    Repository repository = git.getRepository();
    // A failed shallow attempt may have left a shallow file; a full fetch must not honour it.
    java.nio.file.Files.deleteIfExists(repository.getDirectory().toPath().resolve("shallow"));
    try {
      git.fetch()
          .setRemote("origin")
          .setRefSpecs(
              new RefSpec("+refs/heads/*:refs/remotes/origin/*"),
              new RefSpec("+refs/tags/*:refs/tags/*"))
          .setTagOpt(TagOpt.FETCH_TAGS)
          .call();
    } catch (GitAPIException | RuntimeException e) {
      throw RepoFetchException.of(repo, e);
    }
    List<String> candidates = new ArrayList<>();
    candidates.add("refs/tags/" + rev);
    candidates.add("refs/remotes/origin/" + rev);
    candidates.add(rev);
    for (String candidate : candidates) {
      try {
        ObjectId id = repository.resolve(candidate + "^{commit}");
        if (id != null) {
          return id;
        }
      } catch (RevisionSyntaxException | IOException e) {
        // Not this form of the rev (ambiguous or malformed); try the next.
      }
    }
    throw RepoFetchException.revNotFound(repo, rev);
  }

  static String oneLine(Throwable e) {
    Throwable t = e;
    String message = null;
    while (t != null) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
