package org.citecheck.references.fields.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads CRFsuite's native library from jcrfsuite's jar. jcrfsuite's own loader injects a class into
 * the system class loader by reflection, which Java 17 forbids without {@code --add-opens}; loading
 * the library from the class loader that holds the JNI class binds its methods as well.
 */
public final class NativeCrfSuite {

  private static boolean loaded;

  private NativeCrfSuite() {}

  /**
   * Loads the library once; throws {@link UnsupportedOperationException} where the jar has none.
   */
  public static synchronized void load() {
    if (loaded) {
      return;
    }
    String resource = resource();
    try (InputStream in = NativeCrfSuite.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnsupportedOperationException("CRFsuite has no native library for " + platform());
      }
      Path file =
          Files.createTempFile("citecheck-crfsuite", resource.substring(resource.lastIndexOf('.')));
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      System.load(file.toAbsolutePath().toString());
      loaded = true;
    } catch (IOException e) {
      throw new UnsupportedOperationException(
          "CRFsuite's native library cannot be written: " + e.getMessage(), e);
    }
  }

  private static String resource() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    if (os.startsWith("windows")) {
      return "/crfsuite-0.12/Windows/" + (x64 ? "amd64" : "x86") + "/crfsuite.dll";
    }
    if (os.startsWith("linux") && (x64 || arch.matches("i[3-6]86|x86"))) {
      return "/crfsuite-0.12/Linux/" + (x64 ? "amd64" : "i386") + "/libcrfsuite.so";
    }
    return "/crfsuite-0.12/" + platform() + "/none";
  }

  private static String platform() {
    return System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }
}
