package org.pyston.srctest.regrtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The pass-rate table of regrtest/README.md, made from the header lines of the tag files and
 * written between two marker lines (the rest of the README is left as it is).
 */
final class Readme {
  static final String BEGIN = "<!-- BEGIN regrtest table (written by RegrTest with -Dregrtest.update=true) -->";
  static final String END = "<!-- END regrtest table -->";

  private Readme() {}

  static void writeTable(Path readme, Path tagsDir, List<String> modules) throws IOException {
    StringBuilder t = new StringBuilder();
    t.append(BEGIN).append('\n');
    t.append("| module | pass under Pyston | pass under CPython 3.11 | % |\n");
    t.append("| --- | ---: | ---: | ---: |\n");
    long ours = 0;
    long theirs = 0;
    for (String module : modules) {
      TagFile tags = TagFile.read(tagsDir, module);
      int cp = tags.cpythonPasses();
      t.append("| ").append(module).append(" | ").append(tags.passing().size()).append(" | ")
          .append(cp < 0 ? "?" : String.valueOf(cp)).append(" | ")
          .append(cp <= 0 ? "-" : percent(tags.passing().size(), cp)).append(" |\n");
      if (cp > 0) {
        ours += tags.passing().size();
        theirs += cp;
      }
    }
    t.append("| **all ").append(modules.size()).append(" modules** | ").append(ours).append(" | ")
        .append(theirs).append(" | ").append(theirs == 0 ? "-" : percent(ours, theirs)).append(" |\n");
    t.append(END);

    String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    String updated = b >= 0 && e > b
        ? text.substring(0, b) + t + text.substring(e + END.length())
        : text + "\n" + t + "\n";
    Files.writeString(readme, updated, StandardCharsets.UTF_8);
  }

  private static String percent(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
