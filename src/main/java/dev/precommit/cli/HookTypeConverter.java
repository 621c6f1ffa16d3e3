package dev.precommit.cli;

import dev.precommit.config.Stage;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code -t/--hook-type} values: the ten git hook types, legacy names translated. */
public final class HookTypeConverter implements ITypeConverter<Stage> {
  @Override
  public Stage convert(String value) {
    return Stage.fromId(value)
        .filter(Stage::isHookType)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "invalid choice: '"
                        + value
                        + "' (choose from "
                        + Stage.hookTypes().stream()
                            .map(s -> "'" + s.id() + "'")
                            .collect(Collectors.joining(", "))
                        + ")"));
  }
}
