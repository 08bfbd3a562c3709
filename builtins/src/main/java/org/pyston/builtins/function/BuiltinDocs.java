package org.pyston.builtins.function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * The docstrings of the builtins module's functions and types and of those types' methods, as
 * CPython 3.11 has them ({@code len.__doc__}, {@code str.upper.__doc__}). Read on first use from
 * {@code docstrings.txt}, which {@code builtins/tools/gen-docstrings.py} writes from CPython.
 */
public final class BuiltinDocs {
    private BuiltinDocs() {}

    private static volatile Map<String, String> docs;

    /** The docstring for {@code key} ("len", "str", "str.upper"), or None. */
    public static Object get(String key) {
        String d = table().get(key);
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    /** The docstring of method {@code name} of {@code owner}, when owner is a builtins type; else None. */
    public static Object method(PyType owner, String name) {
        return owner != null && owner.isBuiltin() && owner.getModule().equals("builtins")
                ? get(owner.getName() + "." + name) : PyNone.NONE;
    }

    /** The docstring of a built-in method bound to {@code self}, where a class method bound to a class is looked up by that class. */
    public static Object boundMethod(PyMethodDescriptor d, Object self) {
        PyType owner = d.getOwner();
        if (self instanceof PyType cls) {
            // dict.fromkeys, D.fromkeys: the built-in base defining the class method
            for (PyType t : cls.getMro()) {
                if (t.isBuiltin() && t.lookupLocal(d.getName()) instanceof PyClassMethodDescriptor) {
                    owner = t;
                    break;
                }
            }
        }
        return method(owner, d.getName());
    }

    private static Map<String, String> table() {
        Map<String, String> m = docs;
        if (m == null) {
            m = load();
            docs = m;
        }
        return m;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("/org/pyston/builtins/docstrings.txt")) {
            if (in == null) return m;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            // no docstrings: __doc__ reads None, as for a build without them
        }
        return m;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
