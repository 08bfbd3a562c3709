package org.pyston.compiler.scopes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an analysis result in the one-line-per-scope format that gen_oracle_corpus.py renders
 * CPython's symtable and code objects in, so the two can be compared as text.
 */
final class ScopeDump {
    private ScopeDump() {}

    static String of(ScopeTable table) {
        List<String> out = new ArrayList<>();
        dump(table.moduleScope(), out);
        return String.join("\n", out);
    }

    static String of(ScopeError e) {
        return "SyntaxError: " + e.msg + " @" + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
    }

    private static void dump(Scope s, List<String> out) {
        List<String> flags = new ArrayList<>();
        if (s.hasVarargs()) flags.add("varargs");
        if (s.hasVarkeywords()) flags.add("varkw");
        if (s.isGenerator()) flags.add("gen");
        if (s.isCoroutine()) flags.add("coro");
        if (s.isAsyncGenerator()) flags.add("agen");
        List<String> syms = new ArrayList<>();
        for (String name : new TreeSet<>(s.resolutions.keySet())) {
            syms.add(name + ":" + s.lookup(name));
        }
        out.add(s.kind() + " " + s.qualname() + " args=" + s.argcount() + "/" + s.posonlyargcount() + "/"
                + s.kwonlyargcount() + " flags=" + String.join(",", flags)
                + " varnames=" + String.join(",", s.varnames()) + " cells=" + String.join(",", s.cellvars())
                + " frees=" + String.join(",", s.freevars()) + " syms={" + String.join(" ", syms) + "}");
        for (Scope child : s.children()) {
            dump(child, out);
        }
    }
}
