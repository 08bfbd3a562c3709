package org.pyston.srctest.regrtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committed tag file, {@code regrtest/tags/<module>.txt}: the test IDs of one CPython module
 * that passed under Pyston when it was last recorded (CI fails when one of them stops passing),
 * after a header line with the counts the README table is made from.
 *
 * <pre>
 * # test_int: 40 of 52 tests pass under Pyston; 52 pass under CPython 3.11
 * test.test_int.IntTestCases.test_basic
 * </pre>
 */
record TagFile(String module, Set<String> passing, int cpythonPasses) {

  private static final Pattern HEADER = Pattern.compile(
      "# (\\S+): (\\d+) of (-?\\d+) tests pass under Pyston; (-?\\d+) pass under CPython 3\\.11");

  static Path path(Path tagsDir, String module) {
    return tagsDir.resolve(module + ".txt");
  }

  /** The tag file of a module, or an empty one (nothing required, CPython count unknown: -1). */
  static TagFile read(Path tagsDir, String module) throws IOException {
    Path p = path(tagsDir, module);
    Set<String> ids = new LinkedHashSet<>();
    int cpython = -1;
    if (Files.exists(p)) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        Matcher m = HEADER.matcher(line);
        if (m.lookingAt()) { // a remark may follow the counts
          cpython = Integer.parseInt(m.group(4));
        } else if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(line.strip());
        }
      }
    }
    return new TagFile(module, ids, cpython);
  }

  void write(Path tagsDir, int pystonTotal) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# " + module + ": " + passing.size() + " of " + pystonTotal
        + " tests pass under Pyston; " + cpythonPasses + " pass under CPython 3.11");
    lines.add("# Test IDs that passed when last recorded (regrtest/README.md); CI fails if one stops passing.");
    lines.addAll(passing.stream().sorted().toList());
    Files.createDirectories(tagsDir);
    Files.write(path(tagsDir, module), lines, StandardCharsets.UTF_8);
  }
}
