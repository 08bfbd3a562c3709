package org.pyston.srctest;

import java.util.ArrayList;
import java.util.List;

/**
 * A small unified-style line diff for assertion messages: "-" lines are expected (CPython),
 * "+" lines are what we printed. Quadratic LCS, which is fine for outputs of a few thousand lines;
 * beyond that it falls back to showing the first differing line.
 */
final class TextDiff {

  private static final int CONTEXT = 3;
  private static final int MAX_LCS_CELLS = 25_000_000;
  private static final int MAX_REPORT_LINES = 200;

  private TextDiff() {}

  /** Returns a unified-style diff of two texts, labelled with the given names. */
  static String unified(String expectedName, String expected, String actualName, String actual) {
    String[] a = splitLines(expected);
    String[] b = splitLines(actual);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(expectedName).append('\n');
    out.append("+++ ").append(actualName).append('\n');
    if ((long) a.length * b.length > MAX_LCS_CELLS) {
      int i = 0;
      while (i < a.length && i < b.length && a[i].equals(b[i])) {
        i++;
      }
      out.append("@@ first difference at line ").append(i + 1).append(" @@\n");
      out.append('-').append(i < a.length ? a[i] : "<end of output>").append('\n');
      out.append('+').append(i < b.length ? b[i] : "<end of output>").append('\n');
      return out.toString();
    }
    List<String> ops = editScript(a, b);
    // Emit hunks: runs of changes with CONTEXT lines of surrounding equal lines.
    int n = ops.size();
    boolean[] show = new boolean[n];
    for (int k = 0; k < n; k++) {
      if (ops.get(k).charAt(0) != ' ') {
        for (int j = Math.max(0, k - CONTEXT); j <= Math.min(n - 1, k + CONTEXT); j++) {
          show[j] = true;
        }
      }
    }
    int emitted = 0;
    int aLine = 1;
    int bLine = 1;
    boolean inHunk = false;
    for (int k = 0; k < n; k++) {
      char kind = ops.get(k).charAt(0);
      if (show[k]) {
        if (!inHunk) {
          out.append("@@ -").append(aLine).append(" +").append(bLine).append(" @@\n");
          inHunk = true;
        }
        if (emitted++ < MAX_REPORT_LINES) {
          out.append(ops.get(k)).append('\n');
        }
      } else {
        inHunk = false;
      }
      if (kind != '+') {
        aLine++;
      }
      if (kind != '-') {
        bLine++;
      }
    }
    if (emitted > MAX_REPORT_LINES) {
      out.append("... (").append(emitted - MAX_REPORT_LINES).append(" more diff lines)\n");
    }
    return out.toString();
  }

  /** Splits into lines, marking a missing final newline the way diff does. */
  private static String[] splitLines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    boolean finalNewline = text.endsWith("\n");
    String body = finalNewline ? text.substring(0, text.length() - 1) : text;
    String[] lines = body.split("\n", -1);
    if (!finalNewline) {
      lines[lines.length - 1] += "\\ (no newline at end)";
    }
    return lines;
  }

  private static List<String> editScript(String[] a, String[] b) {
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        ops.add(" " + a[i]);
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        ops.add("-" + a[i++]);
      } else {
        ops.add("+" + b[j++]);
      }
    }
    while (i < a.length) {
      ops.add("-" + a[i++]);
    }
    while (j < b.length) {
      ops.add("+" + b[j++]);
    }
    return ops;
  }
}
