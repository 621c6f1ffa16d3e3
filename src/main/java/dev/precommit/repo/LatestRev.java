package dev.precommit.repo;

import dev.precommit.cli.FatalException;
import dev.precommit.config.HookConfig;
import dev.precommit.config.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Finds the rev {@code autoupdate} moves a repository to, as pre-commit does: fetch the remote's
 * {@code HEAD} and tags into a scratch repository; by default the nearest tag below {@code HEAD}
 * (preferring, among tags on that commit, the first with a dot, so {@code v1.2.0} beats a moving
 * {@code stable}); with bleeding edge the tag exactly at {@code HEAD} or its SHA; with freeze the
 * SHA the tag names (and the tag remembered for the comment).
 */
final class LatestRev {
  private static final Pattern DESCRIBE_SUFFIX = Pattern.compile("-\\d+-g[0-9a-f]+$");
  private static final String FETCHED_HEAD = "refs/precommit/head";

  private final RepoCloner cloner;

  LatestRev(RepoCloner cloner) {
    this.cloner = cloner;
  }

  RevInfo find(String repo, boolean tagsOnly, boolean freeze) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("precommit-autoupdate");
      try (Repository repository =
              new FileRepositoryBuilder()
                  .setGitDir(tmp.resolve(Constants.DOT_GIT).toFile())
                  .setWorkTree(tmp.toFile())
                  .build();
          Git git = new Git(repository)) {
        repository.create();
        try {
          git.fetch()
              .setRemote(cloner.url(repo))
              .setRefSpecs(
                  new RefSpec("+HEAD:" + FETCHED_HEAD), new RefSpec("+refs/tags/*:refs/tags/*"))
              .setTagOpt(TagOpt.NO_TAGS)
              .call();
        } catch (GitAPIException | RuntimeException e) {
          throw RepoFetchException.of(repo, e);
        }
        ObjectId head = repository.resolve(FETCHED_HEAD + "^{commit}");
        if (head == null) {
          throw new FatalException("cannot fetch " + repo + ": it has no HEAD");
        }
        String rev = describe(git, head, tagsOnly);
        if (rev == null) {
          rev = head.name();
        } else if (tagsOnly) {
          rev = bestCandidateTag(repository, rev);
        }
        String frozen = null;
        if (freeze) {
          ObjectId exact = repository.resolve(rev);
          if (exact != null && !exact.name().equals(rev)) {
            frozen = rev;
            rev = exact.name();
          }
        }
        return new RevInfo(rev, frozen, hookIds(repository, repo, rev, tmp));
      }
    } catch (IOException | GitAPIException e) {
      throw new FatalException("cannot update " + repo + ": " + RepoCloner.oneLine(e), e);
    } finally {
      if (tmp != null) {
        try {
          Store.deleteRecursively(tmp);
        } catch (IOException ignored) {
          // A scratch directory in the temp dir; the OS cleans it eventually.
        }
      }
    }
  }

  /** {@code git describe --tags --abbrev=0} or {@code --exact}; null when there is no such tag. */
  private static String describe(Git git, ObjectId head, boolean tagsOnly)
      throws IOException, GitAPIException {
    String described = git.describe().setTarget(head).setTags(true).call();
    if (described == null) {
      return null;
    }
    String tag = DESCRIBE_SUFFIX.matcher(described).replaceFirst("");
    if (!tagsOnly && !tag.equals(described)) {
      return null;
    }
    return tag;
  }

  /** Among the tags on the same commit as {@code tag}, the first (by name) containing a dot. */
  private static String bestCandidateTag(Repository repository, String tag) throws IOException {
    ObjectId commit = repository.resolve(tag + "^{commit}");
    Set<String> pointing = new TreeSet<>();
    for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      Ref peeled = repository.getRefDatabase().peel(ref);
      ObjectId target =
          peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
      if (target.equals(commit)) {
        pointing.add(ref.getName().substring(Constants.R_TAGS.length()));
      }
    }
    return pointing.stream().filter(t -> t.contains(".")).findFirst().orElse(tag);
  }

  private Set<String> hookIds(Repository repository, String repo, String rev, Path tmp)
      throws IOException {
    ObjectId id = repository.resolve(rev + "^{commit}");
    Path manifest = tmp.resolve(HookResolver.MANIFEST);
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(id);
      try (TreeWalk tree = TreeWalk.forPath(repository, HookResolver.MANIFEST, commit.getTree())) {
        if (tree != null) {
          Files.write(manifest, repository.open(tree.getObjectId(0)).getBytes());
        }
      }
    }
    Set<String> ids = new HashSet<>();
    List<HookConfig> hooks =
        ManifestLoader.load(manifest, repo + " " + HookResolver.MANIFEST, repo, null).hooks();
    for (HookConfig hook : hooks) {
      ids.add(hook.id());
    }
    return ids;
  }
}
