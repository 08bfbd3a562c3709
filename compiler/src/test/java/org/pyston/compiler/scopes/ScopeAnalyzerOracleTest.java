package org.pyston.compiler.scopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Differential tests against CPython 3.11: the expectations in {@link OracleCorpus} come from python3 itself. */
class ScopeAnalyzerOracleTest {

    @TestFactory
    List<DynamicTest> testAnalyze_matchesCpythonOracle() {
        // Tests that every corpus snippet gets CPython's scopes, names, flags and code name lists, or CPython's SyntaxError.
        List<DynamicTest> tests = new ArrayList<>();
        for (OracleCorpus.Case c : OracleCorpus.cases()) {
            tests.add(DynamicTest.dynamicTest(c.source().replace("\n", "⏎"), () -> {
                String actual;
                try {
                    actual = ScopeDump.of(ScopeAnalyzer.analyze(c.ast().get(), "x.py"));
                } catch (ScopeError e) {
                    actual = ScopeDump.of(e);
                }
                assertEquals(c.expected(), actual, c.source());
            }));
        }
        return tests;
    }
}
