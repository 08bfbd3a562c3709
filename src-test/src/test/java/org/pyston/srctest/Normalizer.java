package org.pyston.srctest;

/**
 * The normalisation applied to a program's stderr before it is compared with a case's
 * {@code .err} file. It must stay identical to {@code normalise_stderr} in {@code src-test/regen},
 * which applies it to CPython's stderr; src-test/README.md states the rules for people.
 *
 * <ol>
 *   <li>Every occurrence of "{@code <absolute case directory>/}" is removed, so a traceback reads
 *       {@code File "name.py", line 3, in f} however the program was started.</li>
 *   <li>{@code "\r\n"} becomes {@code "\n"}.</li>
 * </ol>
 * 3.11's position-marker lines under traceback source lines ({@code ~~^^~~}) are compared.
 */
final class Normalizer {

  private Normalizer() {}

  /** Returns {@code stderr} normalised as described above; {@code caseDir} is absolute. */
  static String normaliseStderr(String stderr, String caseDir) {
    return stderr.replace("\r\n", "\n").replace(caseDir + "/", "");
  }

  /** Stdout is compared byte for byte, except that Windows line ends are accepted. */
  static String normaliseStdout(String stdout) {
    return stdout.replace("\r\n", "\n");
  }
}
