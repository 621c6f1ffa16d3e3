package dev.precommit.lang;

import dev.precommit.FatalException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves Maven coordinates ({@code group:artifact:version}, or with extension and classifier as
 * Maven spells them) and their runtime dependencies into a local repository under the store, with
 * Maven Resolver, so a {@code jvm} hook needs neither Maven nor coursier installed.
 */
final class MavenDependencies {
  /** Maven Central; {@code PRECOMMIT_MAVEN_REPOSITORY} points elsewhere (a mirror). */
  static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private MavenDependencies() {}

  /** The remote repository to resolve from: {@code PRECOMMIT_MAVEN_REPOSITORY} or Central. */
  static String remote(java.util.Map<String, String> env) {
    return env.getOrDefault("PRECOMMIT_MAVEN_REPOSITORY", CENTRAL);
  }

  /** The jars of {@code coordinates} and everything they need at run time, in classpath order. */
  static List<Path> resolve(List<String> coordinates, Path localRepository, String remoteUrl) {
    RepositorySystem system = new RepositorySystemSupplier().get();
    try {
      Properties systemProperties = new Properties();
      systemProperties.putAll(System.getProperties());
      try (CloseableSession session =
          new SessionBuilderSupplier(system)
              .get()
              .withLocalRepositoryBaseDirectories(localRepositories(localRepository))
              .setSystemProperties(systemProperties)
              .build()) {
        RemoteRepository remote =
            new RemoteRepository.Builder("central", "default", remoteUrl).build();
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
          collect.addDependency(new Dependency(artifact(coordinate), JavaScopes.RUNTIME));
        }
        collect.setRepositories(List.of(remote));
        DependencyRequest request =
            new DependencyRequest(
                collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        return system.resolveDependencies(session, request).getArtifactResults().stream()
            .map(ArtifactResult::getArtifact)
            .map(a -> a.getPath())
            .toList();
      }
    } catch (DependencyResolutionException e) {
      throw new FatalException(
          "cannot resolve "
              + String.join(", ", coordinates)
              + " from "
              + remoteUrl
              + ": "
              + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
    } finally {
      system.shutdown();
    }
  }

  /**
   * The store's repository first (where downloads go), then the user's Maven repository when there
   * is one, read-only: artifacts a Maven build already fetched are not fetched again.
   */
  private static List<Path> localRepositories(Path store) {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    return Files.isDirectory(m2) ? List.of(store, m2) : List.of(store);
  }

  private static DefaultArtifact artifact(String coordinate) {
    try {
      return new DefaultArtifact(coordinate);
    } catch (IllegalArgumentException e) {
      throw new FatalException(
          "bad Maven coordinate `"
              + coordinate
              + "` in additional_dependencies: expected group:artifact:version");
    }
  }
}
