package dev.precommit.output.report;

import dev.precommit.FatalException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the requested reports after a run, failed or not. Missing parent directories are created
 * (CI jobs like {@code reports/precommit.xml}). Every report is attempted; a path that cannot be
 * written ends the command with one line that names the report, the path and the reason.
 */
public final class ReportWriter {
  private final Reports reports;
  private final Path workingDir;

  public ReportWriter(Reports reports, Path workingDir) {
    this.reports = reports;
    this.workingDir = workingDir;
  }

  /**
   * Writes each of {@code requests}.
   *
   * @throws FatalException naming every report that could not be written
   */
  public void writeAll(List<ReportRequest> requests, RunReport run) {
    List<String> problems = new ArrayList<>();
    for (ReportRequest request : requests) {
      Report report =
          reports
              .find(request.format())
              .orElseThrow(() -> new IllegalArgumentException(request.format()));
      Path path = workingDir.resolve(request.path()).normalize();
      try {
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        try (OutputStream out = Files.newOutputStream(path)) {
          report.write(run, out);
        }
      } catch (IOException e) {
        problems.add(
            "cannot write the "
                + request.format()
                + " report to "
                + request.path()
                + ": "
                + reason(e));
      }
    }
    if (!problems.isEmpty()) {
      throw new FatalException(String.join("; ", problems));
    }
  }

  /** What went wrong, in words rather than an exception's class name. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException
        || (e instanceof FileSystemException fs && "Not a directory".equals(fs.getReason()))) {
      return "a parent is not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a parent is not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
