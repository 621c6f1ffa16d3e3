package dev.precommit.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The runnable engine jar the shims call, and the plugin loads when it has work to do: {@code
 * dev.precommit:precommit:<version>:jar:all}, the shaded jar, of the plugin's own version, resolved
 * by Maven like any artifact (from the local repository, else from the plugin repositories, e.g. a
 * team's repository manager). It is not a dependency of the plugin: Maven would resolve it and
 * build a class realm for it on every build, which costs more than the whole no-op install.
 */
final class EngineJar {
  private EngineJar() {}

  private static DefaultArtifact artifact(String version) {
    return new DefaultArtifact("dev.precommit", "precommit", "all", "jar", version);
  }

  /** Where the jar is, or would be, in the local repository: a path, no look at the disk. */
  static Path local(RepositorySystemSession session, String version) {
    return session
        .getLocalRepository()
        .getBasedir()
        .toPath()
        .resolve(session.getLocalRepositoryManager().getPathForLocalArtifact(artifact(version)))
        .toAbsolutePath();
  }

  static Path resolve(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories,
      String version)
      throws ArtifactResolutionException {
    // Installed or downloaded before: a look at the local repository (a resolution costs more).
    Path local = local(session, version);
    if (Files.isRegularFile(local)) {
      return local;
    }
    ArtifactRequest request = new ArtifactRequest(artifact(version), repositories, null);
    return system
        .resolveArtifact(session, request)
        .getArtifact()
        .getFile()
        .toPath()
        .toAbsolutePath();
  }
}
