package dev.precommit.lang;

import dev.precommit.process.ProcessResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Calls a tool's {@code main(String[])} inside this JVM as if it were a process: its stdout and
 * stderr (interleaved, as pre-commit shows a hook's output) become the result's output, stdin is
 * empty, an exit through {@link ExitTrap} gives the exit code, returning normally gives 0 and an
 * uncaught exception gives 1 with the JVM's usual report.
 *
 * <p>{@code System.out}/{@code err}/{@code in} are JVM-wide, so in-process hooks run one at a time
 * (a JVM-wide lock around the swap). The engine's own output is not affected: it writes through the
 * streams it was given when it started, not through {@code System.out}. Output that a tool's
 * background threads print after {@code main} returns is lost.
 */
final class InProcessMain {
  private static final ReentrantLock SYSTEM_STREAMS = new ReentrantLock();

  private InProcessMain() {}

  static ProcessResult run(ClassLoader loader, String mainClass, List<String> args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    SYSTEM_STREAMS.lock();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    Thread thread = Thread.currentThread();
    ClassLoader oldContext = thread.getContextClassLoader();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      System.setIn(new ByteArrayInputStream(new byte[0]));
      thread.setContextClassLoader(loader);
      code = invoke(loader, mainClass, args, capture);
      capture.flush();
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
      thread.setContextClassLoader(oldContext);
      SYSTEM_STREAMS.unlock();
    }
    return new ProcessResult(code, buffer.toByteArray());
  }

  private static int invoke(
      ClassLoader loader, String mainClass, List<String> args, PrintStream capture) {
    Method main;
    try {
      Class<?> type = Class.forName(mainClass, false, loader);
      main = type.getMethod("main", String[].class);
      if (!Modifier.isStatic(main.getModifiers())) {
        capture.println("Error: main method in class " + mainClass + " is not static");
        return 1;
      }
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      capture.println(
          "Error: could not find or load main class "
              + mainClass
              + " in the hook's additional_dependencies");
      return 1;
    } catch (NoSuchMethodException e) {
      capture.println("Error: main method not found in class " + mainClass);
      return 1;
    }
    try {
      main.invoke(null, (Object) args.toArray(String[]::new));
      return 0;
    } catch (InvocationTargetException e) {
      return report(e.getCause(), capture);
    } catch (ExitTrap.Exit e) {
      return e.status();
    } catch (ExceptionInInitializerError e) {
      return report(e.getCause() == null ? e : e.getCause(), capture);
    } catch (IllegalAccessException e) {
      capture.println("Error: main method in class " + mainClass + " is not public");
      return 1;
    }
  }

  private static int report(Throwable thrown, PrintStream capture) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ExitTrap.Exit exit) {
        return exit.status();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    capture.print("Exception in thread \"main\" ");
    thrown.printStackTrace(capture);
    return 1;
  }
}
