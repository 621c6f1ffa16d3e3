package dev.precommit.maven;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One call into the engine jar, in a class loader of its own whose parent is the platform class
 * loader (so the engine sees the JDK and its own classes, nothing of Maven's or the plugin's):
 * {@code dev.precommit.install.BuildPluginCall}, a {@link Function} from a request map to an answer
 * map, JDK types only. Only taken when there is work to do; the no-op build never opens the jar.
 */
final class EngineCall {
  private static final String DOOR = "dev.precommit.install.BuildPluginCall";

  private EngineCall() {}

  /** A request for {@code goal} with what every goal passes; the caller adds the rest. */
  static Map<String, Object> request(String goal, Path start, Path jar, LogOutput log) {
    Map<String, Object> request = new HashMap<>();
    request.put("goal", goal);
    request.put("start", start);
    request.put("env", System.getenv());
    request.put("jar", jar);
    request.put("out", log.out());
    request.put("err", log.err());
    return request;
  }

  /**
   * @return the answer: {@code outcome}, {@code message}, … (see {@code BuildPluginCall})
   * @throws IOException when the jar cannot be opened or is not the engine's
   */
  static Map<String, Object> run(Path jar, Map<String, Object> request) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            "precommit-engine",
            new URL[] {jar.toUri().toURL()},
            ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      Object door = loader.loadClass(DOOR).getConstructor().newInstance();
      @SuppressWarnings("unchecked")
      Function<Map<String, Object>, Map<String, Object>> call =
          (Function<Map<String, Object>, Map<String, Object>>) door;
      return call.apply(request);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IOException(jar + " is not a precommit engine jar for this plugin: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
