package dev.precommit.cli;

import dev.precommit.CliContext;
import dev.precommit.config.Constants;
import dev.precommit.config.ManifestLoader;
import dev.precommit.output.Output;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate-manifest [FILES…]}: checks hook manifests without running anything. Each invalid
 * file prints its one-line error on stdout (as pre-commit prints its error block there); warnings
 * print as {@code [WARNING]} lines.
 */
@Command(
    name = "validate-manifest",
    mixinStandardHelpOptions = true,
    description = "Validate .pre-commit-hooks.yaml files")
public final class ValidateManifestCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--color", description = "Whether to use color: auto, always, never.")
  String color;

  @Parameters(
      paramLabel = "FILES",
      arity = "0..*",
      description = "Manifest files to validate (default: " + Constants.MANIFEST_FILE + ").")
  private List<String> files = List.of();

  public ValidateManifestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Output output = CommandOutput.of(context, color);
    return ValidatedFiles.check(
        files,
        Constants.MANIFEST_FILE,
        output,
        name -> ManifestLoader.load(context.workingDir().resolve(name), name, name, output::warn),
        manifest -> List.of());
  }
}
