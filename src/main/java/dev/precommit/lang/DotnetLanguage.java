package dev.precommit.lang;

import dev.precommit.FatalException;
import dev.precommit.repo.Hook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code language: dotnet}, as pre-commit builds it: {@code dotnet pack} of the hook repository
 * into {@code pre-commit-build}, then {@code dotnet tool install --tool-path dotnetenv-default/bin}
 * of each package's id from that directory alone (a {@code nuget.config} with no sources). No
 * {@code additional_dependencies}.
 */
final class DotnetLanguage extends ToolchainLanguage {
  private static final Toolchain DOTNET =
      Toolchain.of(
          "the .NET SDK",
          "dotnet",
          "",
          "dotnet-sdk-8.0",
          "--cask dotnet-sdk",
          "curl -sSL https://dot.net/v1/dotnet-install.sh | bash");
  private static final Pattern ID = Pattern.compile("<id>\\s*([^<\\s]+)\\s*</id>");

  DotnetLanguage() {
    super("dotnet", "dotnetenv");
  }

  @Override
  Toolchain toolchain(Map<String, String> env) {
    return DOTNET;
  }

  @Override
  boolean takesDependencies() {
    return false;
  }

  @Override
  Map<String, String> inEnvironment(Path env, Map<String, String> vars) {
    return withPath(env.resolve("bin"), vars);
  }

  @Override
  void build(Hook hook, Path env, Map<String, String> vars) throws IOException {
    String dotnet = tool(vars);
    Path prefix = hook.prefix();
    Path buildDir = prefix.resolve("pre-commit-build");
    EnvironmentDir.runStep(
        hook,
        List.of(
            dotnet,
            "pack",
            "--configuration",
            "Release",
            "--property",
            "PackageOutputPath=" + buildDir),
        prefix,
        vars);
    List<String> packages = Star.of(buildDir, ".nupkg");
    if (packages.isEmpty()) {
      throw new FatalException(
          "cannot install the environment of hook `"
              + hook.id()
              + "`: `dotnet pack` left no .nupkg in "
              + buildDir);
    }
    Path config = Files.createTempFile("precommit-nuget", ".config");
    try {
      Files.writeString(
          config,
          "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration>  <packageSources>"
              + "    <clear />  </packageSources></configuration>",
          StandardCharsets.UTF_8);
      for (String nupkg : packages) {
        EnvironmentDir.runStep(
            hook,
            List.of(
                dotnet,
                "tool",
                "install",
                "--configfile",
                config.toString(),
                "--tool-path",
                env.resolve("bin").toString(),
                "--add-source",
                buildDir.toString(),
                toolId(hook, buildDir.resolve(nupkg))),
            prefix,
            vars);
      }
    } finally {
      Files.deleteIfExists(config);
    }
  }

  /** The package id in the {@code .nuspec} inside {@code nupkg}. */
  static String toolId(Hook hook, Path nupkg) throws IOException {
    try (ZipFile zip = new ZipFile(nupkg.toFile())) {
      ZipEntry nuspec =
          zip.stream()
              .filter(e -> e.getName().endsWith(".nuspec"))
              .findFirst()
              .orElseThrow(() -> new FatalException(nupkg + " holds no .nuspec"));
      try (InputStream in = zip.getInputStream(nuspec)) {
        Matcher id = ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (!id.find()) {
          throw new FatalException(
              "cannot install the environment of hook `"
                  + hook.id()
                  + "`: "
                  + nuspec.getName()
                  + " names no package id");
        }
        return id.group(1);
      }
    }
  }
}
