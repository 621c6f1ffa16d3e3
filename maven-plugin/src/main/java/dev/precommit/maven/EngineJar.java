package dev.precommit.maven;

import dev.precommit.Version;
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
 * The runnable engine jar the shims call: {@code dev.precommit:precommit:<version>:jar:all}, the
 * shaded jar, resolved by Maven like any artifact (from the local repository, else from the plugin
 * repositories, e.g. a team's repository manager). Its version is the one of the engine classes the
 * plugin itself runs with.
 */
final class EngineJar {
  static final String GROUP = "dev.precommit";
  static final String ARTIFACT = "precommit";
  static final String CLASSIFIER = "all";

  private EngineJar() {}

  static Path resolve(
      RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories)
      throws ArtifactResolutionException {
    DefaultArtifact artifact =
        new DefaultArtifact(GROUP, ARTIFACT, CLASSIFIER, "jar", Version.number());
    // Installed or downloaded before: a look at the local repository (a resolution costs more).
    Path local =
        session
            .getLocalRepository()
            .getBasedir()
            .toPath()
            .resolve(session.getLocalRepositoryManager().getPathForLocalArtifact(artifact));
    if (Files.isRegularFile(local)) {
      return local;
    }
    ArtifactRequest request = new ArtifactRequest(artifact, repositories, null);
    return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
  }
}
