package dev.precommit.lang;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Whether a registry a test needs can be reached; tests skip with a message when not. */
public final class Network {
  private Network() {}

  /**
   * Copies the developer's registry settings (CA bundles, pip and npm variables, pip's user config)
   * into a test environment whose HOME is a temporary directory: without them a machine behind a
   * TLS-inspecting proxy or with a local package mirror cannot install anything.
   */
  public static void passRegistrySettings(Map<String, String> env) {
    System.getenv()
        .forEach(
            (k, v) -> {
              String key = k.toLowerCase(java.util.Locale.ROOT);
              if (key.startsWith("pip_")
                  || key.startsWith("npm_config_")
                  || key.equals("node_extra_ca_certs")
                  || key.equals("ssl_cert_file")
                  || key.equals("ssl_cert_dir")
                  || key.endsWith("_proxy")) {
                env.put(k, v);
              }
            });
    Path pipConf = Path.of(System.getProperty("user.home"), ".config", "pip", "pip.conf");
    if (Files.exists(pipConf) && !env.containsKey("PIP_CONFIG_FILE")) {
      env.put("PIP_CONFIG_FILE", pipConf.toString());
    }
  }

  public static boolean reachable(String url) {
    URI uri = URI.create(url);
    int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), 3000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
