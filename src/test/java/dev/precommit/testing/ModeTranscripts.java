package dev.precommit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

/**
 * What each scenario printed, exited with and left behind, per {@link LauncherMode}: the second
 * mode to record a scenario asserts it saw exactly what the first saw. One per test class.
 */
public final class ModeTranscripts {
  private final Map<String, Recorded> byScenario = new HashMap<>();

  private record Recorded(LauncherMode mode, String transcript) {}

  /** Records {@code transcript}; fails when the other mode recorded a different one. */
  public synchronized void record(String scenario, LauncherMode mode, String transcript) {
    Recorded earlier = byScenario.get(scenario);
    if (earlier != null && earlier.mode() != mode) {
      assertThat(transcript)
          .as("%s: %s against %s", scenario, mode, earlier.mode())
          .isEqualTo(earlier.transcript());
    }
    byScenario.put(scenario, new Recorded(mode, transcript));
  }
}
