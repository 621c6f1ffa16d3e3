package dev.precommit.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Loads a JVM hook's classes apart from the engine's (parent: the platform class loader, so the
 * hook sees only the JDK and its own jars) and rewrites their calls to {@code System.exit}, {@code
 * Runtime.exit} and {@code Runtime.halt} into {@link ExitTrap}, which throws instead.
 *
 * <p>Why rewriting: the only other way to keep a tool's {@code System.exit} from ending the engine
 * is a SecurityManager, which JDK 17 deprecates (with a warning on stderr) and JDK 18+ refuses
 * without {@code -Djava.security.manager=allow}. Rewriting works on every JDK. It misses exits made
 * through reflection or method handles; such a tool ends the run, as it would from a shell.
 */
final class IsolatedClassLoader extends URLClassLoader {
  private static final String TRAP = ExitTrap.class.getName().replace('.', '/');
  private static final byte[] EXIT = "exit".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HALT = "halt".getBytes(StandardCharsets.US_ASCII);

  static {
    ClassLoader.registerAsParallelCapable();
  }

  IsolatedClassLoader(URL[] urls) {
    super("precommit-jvm-hook", urls, ClassLoader.getPlatformClassLoader());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.startsWith(ExitTrap.class.getName())) {
      return ExitTrap.class.getClassLoader().loadClass(name);
    }
    return super.loadClass(name, resolve);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    String path = name.replace('.', '/') + ".class";
    URL url = findResource(path);
    if (url == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    byte[] rewritten = rewriteExits(bytes);
    definePackageOf(name);
    CodeSource source = new CodeSource(codeBase(url), (CodeSigner[]) null);
    return defineClass(
        name, rewritten, 0, rewritten.length, new ProtectionDomain(source, null, this, null));
  }

  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot < 0) {
      return;
    }
    String pkg = className.substring(0, dot);
    if (getDefinedPackage(pkg) == null) {
      try {
        definePackage(pkg, null, null, null, null, null, null, null);
      } catch (IllegalArgumentException raced) {
        // Another thread defined it first.
      }
    }
  }

  private static URL codeBase(URL url) {
    try {
      if ("jar".equals(url.getProtocol())) {
        return ((JarURLConnection) url.openConnection()).getJarFileURL();
      }
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class with exit calls redirected, or the same bytes when it has none. */
  static byte[] rewriteExits(byte[] bytes) {
    if (indexOf(bytes, EXIT) < 0 && indexOf(bytes, HALT) < 0) {
      return bytes;
    }
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(reader, 0);
    boolean[] changed = {false};
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String desc, String signature, String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, desc, signature, exceptions);
            return new MethodVisitor(Opcodes.ASM9, next) {
              @Override
              public void visitMethodInsn(
                  int opcode, String owner, String method, String descriptor, boolean itf) {
                if (opcode == Opcodes.INVOKESTATIC
                    && owner.equals("java/lang/System")
                    && method.equals("exit")
                    && descriptor.equals("(I)V")) {
                  changed[0] = true;
                  super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, "exit", "(I)V", false);
                } else if (opcode == Opcodes.INVOKEVIRTUAL
                    && owner.equals("java/lang/Runtime")
                    && (method.equals("exit") || method.equals("halt"))
                    && descriptor.equals("(I)V")) {
                  changed[0] = true;
                  super.visitMethodInsn(
                      Opcodes.INVOKESTATIC, TRAP, "runtimeExit", "(Ljava/lang/Runtime;I)V", false);
                } else {
                  super.visitMethodInsn(opcode, owner, method, descriptor, itf);
                }
              }
            };
          }
        },
        0);
    return changed[0] ? writer.toByteArray() : bytes;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
