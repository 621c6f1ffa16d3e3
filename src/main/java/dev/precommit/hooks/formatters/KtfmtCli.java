package dev.precommit.hooks.formatters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * ktfmt's command line ({@code com.facebook.ktfmt.cli.Main}) called in this JVM through the
 * constructor its {@code main} uses, {@code new Main(in, out, err, args).run()}: it writes to the
 * streams it is given, so nothing JVM-wide is swapped. The class comes from {@code loader}, an
 * isolated one over the ktfmt version the hook asks for.
 */
final class KtfmtCli {
  private static final String MAIN = "com.facebook.ktfmt.cli.Main";

  /** What a run printed and returned, as the {@code java -jar} process would have. */
  record Result(int status, String stdout, String stderr) {}

  private KtfmtCli() {}

  static Result run(ClassLoader loader, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      thread.setContextClassLoader(loader);
      try {
        Class<?> main = Class.forName(MAIN, true, loader);
        Object cli =
            main.getConstructor(
                    InputStream.class, PrintStream.class, PrintStream.class, String[].class)
                .newInstance(
                    new ByteArrayInputStream(new byte[0]),
                    outStream,
                    errStream,
                    args.toArray(String[]::new));
        status = (Integer) main.getMethod("run").invoke(cli);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        errStream.print("Exception in thread \"main\" ");
        (cause == null ? e : cause).printStackTrace(errStream);
        status = 1;
      } catch (ReflectiveOperationException | LinkageError e) {
        errStream.println("Error: cannot run " + MAIN + ": " + e);
        status = 1;
      } finally {
        thread.setContextClassLoader(context);
      }
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
