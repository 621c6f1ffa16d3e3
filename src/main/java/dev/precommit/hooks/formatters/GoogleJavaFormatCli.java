package dev.precommit.hooks.formatters;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * google-java-format's command line ({@code com.google.googlejavaformat.java.Main}) called in this
 * JVM through the API every release since 1.0 has: {@code new Main(out, err, in).format(args)}. It
 * writes to the writers it is given, so nothing JVM-wide is swapped and other hooks may run
 * meanwhile. The class comes from {@code loader}: the engine's own for the built-in version, an
 * isolated one for any other.
 */
final class GoogleJavaFormatCli {
  private static final String MAIN = "com.google.googlejavaformat.java.Main";

  /** What a run printed and returned, as the {@code java -jar} process would have. */
  record Result(int status, String stdout, String stderr) {}

  private GoogleJavaFormatCli() {}

  static Result run(ClassLoader loader, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true)) {
      thread.setContextClassLoader(loader);
      try {
        Class<?> main = Class.forName(MAIN, true, loader);
        Object cli =
            main.getConstructor(PrintWriter.class, PrintWriter.class, java.io.InputStream.class)
                .newInstance(outWriter, errWriter, new ByteArrayInputStream(new byte[0]));
        Object code =
            main.getMethod("format", String[].class)
                .invoke(cli, (Object) args.toArray(String[]::new));
        status = (Integer) code;
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause != null && cause.getClass().getSimpleName().equals("UsageException")) {
          // Main.main prints the usage and exits 0.
          errWriter.print(cause.getMessage());
          status = 0;
        } else {
          errWriter.print("Exception in thread \"main\" ");
          (cause == null ? e : cause).printStackTrace(errWriter);
          status = 1;
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        errWriter.println("Error: cannot run " + MAIN + ": " + e);
        status = 1;
      } finally {
        outWriter.flush();
        errWriter.flush();
        thread.setContextClassLoader(context);
      }
    }
    return new Result(status, out.toString(), err.toString());
  }
}
