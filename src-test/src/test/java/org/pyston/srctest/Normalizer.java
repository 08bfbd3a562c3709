package org.pyston.srctest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normalisation applied to a program's stderr before it is compared with a case's
 * {@code .err} file. It must stay identical to {@code normalise_stderr} in {@code src-test/regen},
 * which applies it to CPython's stderr; src-test/README.md states the rules for people.
 *
 * <ol>
 *   <li>Every occurrence of "{@code <absolute case directory>/}" is removed, so a traceback reads
 *       {@code File "name.py", line 3, in f} however the program was started.</li>
 *   <li>{@code "\r\n"} becomes {@code "\n"}.</li>
 *   <li>A 3.11 position-marker line (only spaces, {@code ^} and {@code ~}, at least one of the
 *       latter two) is dropped when the line two above it is a traceback frame header
 *       ({@code   File "...", line N, in NAME}), i.e. when it marks a frame's source line. A
 *       SyntaxError block's header has no {@code ", in NAME"}, so its caret line is kept.</li>
 * </ol>
 */
final class Normalizer {

  /** A traceback frame header; SyntaxError headers lack the {@code ", in NAME"} part. */
  private static final Pattern FRAME_HEADER = Pattern.compile("^  File \".*\", line \\d+, in .+$");

  /** A line of only spaces, carets and tildes with at least one caret or tilde. */
  private static final Pattern MARKER = Pattern.compile("^[ ^~]*[\\^~][ ^~]*$");

  private Normalizer() {}

  /** Returns {@code stderr} normalised as described above; {@code caseDir} is absolute. */
  static String normaliseStderr(String stderr, String caseDir) {
    String text = stderr.replace("\r\n", "\n").replace(caseDir + "/", "");
    String[] lines = text.split("\n", -1);
    List<String> kept = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      if (MARKER.matcher(lines[i]).matches() && i >= 2
          && FRAME_HEADER.matcher(lines[i - 2]).matches()) {
        continue;
      }
      kept.add(lines[i]);
    }
    return String.join("\n", kept);
  }

  /** Stdout is compared byte for byte, except that Windows line ends are accepted. */
  static String normaliseStdout(String stdout) {
    return stdout.replace("\r\n", "\n");
  }
}
