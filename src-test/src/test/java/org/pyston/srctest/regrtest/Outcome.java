package org.pyston.srctest.regrtest;

/**
 * What became of one CPython test ID in one run: the driver's verdicts (PASS ... XFAIL) and the
 * runner's own for the test that was running when the process crashed or stopped making progress.
 */
enum Outcome {
  PASS, FAIL, ERROR, SKIP, XFAIL, CRASH, TIMEOUT;

  /** The outcome named by a driver line's first word, or null if the word names none. */
  static Outcome ofDriverWord(String word) {
    switch (word) {
      case "PASS": return PASS;
      case "FAIL": return FAIL;
      case "ERROR": return ERROR;
      case "SKIP": return SKIP;
      case "XFAIL": return XFAIL;
      default: return null;
    }
  }
}
