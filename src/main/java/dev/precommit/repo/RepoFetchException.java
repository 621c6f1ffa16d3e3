package dev.precommit.repo;

import dev.precommit.cli.FatalException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Collection;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * A hook repository that cannot be fetched or lacks the rev asked for. Says what failed ({@code
 * could not resolve host github.com}, {@code connection refused}, {@code repository not found},
 * {@code rev `v9` not found}) and the way out, on one line:
 *
 * <pre>cannot fetch REPO: PROBLEM.  REMEDY[; to run without its hooks, set SKIP=ID,ID].</pre>
 */
public final class RepoFetchException extends FatalException {
  private static final long serialVersionUID = 1L;
  private static final String CHECK_NETWORK =
      "Check your network connection and the repository URL";

  private final String repo;
  private final String problem;
  private final String remedy;

  RepoFetchException(String repo, String problem, String remedy, Throwable cause) {
    super("cannot fetch " + repo + ": " + problem + ".  " + remedy + ".", cause);
    this.repo = repo;
    this.problem = problem;
    this.remedy = remedy;
  }

  /** {@code rev} is in neither the repository's branches nor its tags nor its commits. */
  static RepoFetchException revNotFound(String repo, String rev) {
    return new RepoFetchException(
        repo, "rev `" + rev + "` not found", "Check the rev, or run `precommit autoupdate`", null);
  }

  /** What {@code error} (from listing or fetching {@code repo}) says went wrong, in plain words. */
  static RepoFetchException of(String repo, Throwable error) {
    UnknownHostException unknownHost = find(error, UnknownHostException.class);
    if (unknownHost != null) {
      // "github.com", or "github.com: Name or service not known" from some resolvers.
      String host = String.valueOf(unknownHost.getMessage()).split(":", 2)[0].strip();
      return new RepoFetchException(repo, "could not resolve host " + host, CHECK_NETWORK, error);
    }
    ConnectException connect = find(error, ConnectException.class);
    if (connect != null) {
      String message = String.valueOf(connect.getMessage());
      String problem =
          message.startsWith("Connection refused")
              ? "connection refused"
              : "could not connect (" + RepoCloner.oneLine(connect) + ")";
      return new RepoFetchException(repo, problem, CHECK_NETWORK, error);
    }
    if (find(error, NoRouteToHostException.class) != null) {
      return new RepoFetchException(repo, "no route to host", CHECK_NETWORK, error);
    }
    if (find(error, SocketTimeoutException.class) != null) {
      return new RepoFetchException(repo, "the connection timed out", CHECK_NETWORK, error);
    }
    if (find(error, NoRemoteRepositoryException.class) != null) {
      return new RepoFetchException(
          repo, "repository not found", "Check the repository URL and `rev`", error);
    }
    String text = RepoCloner.oneLine(error);
    if (text.contains("Authentication is required") || text.contains("not authorized")) {
      // GitHub answers 401 for a repository that does not exist as for a private one.
      return new RepoFetchException(
          repo, "repository not found, or it needs credentials", "Check the repository URL", error);
    }
    if (isSsh(repo) && find(error, NullPointerException.class) != null) {
      return new RepoFetchException(
          repo, "precommit cannot fetch over ssh yet", "Use the repository's https URL", error);
    }
    return new RepoFetchException(repo, text, CHECK_NETWORK, error);
  }

  /**
   * The same failure, also naming the way round it: {@code SKIP} with the ids of the hooks the
   * config takes from the repository.
   */
  RepoFetchException skippable(Collection<String> hookIds) {
    if (hookIds.isEmpty()) {
      return this;
    }
    return new RepoFetchException(
        repo,
        problem,
        remedy + "; to run without its hooks, set SKIP=" + String.join(",", hookIds),
        getCause());
  }

  private static boolean isSsh(String repo) {
    return repo.startsWith("ssh://") || repo.matches("^[^/:@]+@[^/:]+:.*");
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
