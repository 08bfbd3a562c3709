package org.pyston.srctest.regrtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of a test module produced: the outcome of each test ID in the order they ran,
 * and notes about the module as a whole (import failure, crash, hang, resumption).
 */
final class ModuleResult {
  final String module;
  final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  /** True when the driver got to the end of the module (after any resumptions). */
  boolean finished;
  long millis;

  ModuleResult(String module) {
    this.module = module;
  }

  long count(Outcome outcome) {
    return outcomes.values().stream().filter(o -> o == outcome).count();
  }

  /** One line for the log: counts per outcome and the notes. */
  String summary() {
    StringBuilder sb = new StringBuilder(module).append(": ");
    for (Outcome o : Outcome.values()) {
      long n = count(o);
      if (n > 0) {
        sb.append(o.name().toLowerCase()).append(' ').append(n).append(", ");
      }
    }
    sb.append(finished ? "finished" : "did not finish").append(" in ").append(millis / 1000).append('s');
    for (String note : notes) {
      sb.append("; ").append(note);
    }
    return sb.toString();
  }
}
