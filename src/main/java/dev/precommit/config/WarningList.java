package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects warnings in order and hands each to the caller's sink (if any) as it arises. */
final class WarningList implements Consumer<String> {
  private final List<String> all = new ArrayList<>();
  private final Consumer<String> sink;

  WarningList(Consumer<String> sink) {
    this.sink = sink;
  }

  @Override
  public void accept(String warning) {
    all.add(warning);
    if (sink != null) {
      sink.accept(warning);
    }
  }

  List<String> all() {
    return List.copyOf(all);
  }
}
