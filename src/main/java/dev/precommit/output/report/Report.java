package dev.precommit.output.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A machine-readable form of a run, for CI systems that show failures natively (test tabs, code
 * scanning) and for scripts. One class per format; {@link Reports} names them.
 */
public interface Report {
  /** Writes {@code run} to {@code out} (not closed). */
  void write(RunReport run, OutputStream out) throws IOException;
}
