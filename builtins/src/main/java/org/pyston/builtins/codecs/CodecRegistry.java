package org.pyston.builtins.codecs;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * One interpreter's codec registry, as CPython's codecs.c: the search functions registered with
 * {@code codecs.register} (the {@code encodings} package registers its own, imported on the first
 * look-up), the cache of their answers by normalised name, and the error handlers by name.
 */
public final class CodecRegistry {
    final List<Object> searchFunctions = new ArrayList<>();
    final PyDict cache = new PyDict();
    final PyDict errorHandlers = new PyDict();
    private boolean encodingsImported;

    static CodecRegistry of(Interpreter interp) {
        return interp.moduleState(CodecRegistry.class, CodecRegistry::new);
    }

    /** CPython's normalizestring: lower case, spaces to hyphens... as 3.11 does: spaces become underscores. */
    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c == ' ' ? '_' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** {@code codecs.lookup(encoding)}: a CodecInfo, LookupError "unknown encoding: x" when no search function knows it. */
    public static Object lookup(String encoding) {
        Interpreter interp = Interpreter.current();
        CodecRegistry r = of(interp);
        r.importEncodings(interp);
        String key = normalize(encoding);
        Object hit = r.cache.get(PyStr.of(key));
        if (hit != null) {
            return hit;
        }
        Object[] fns;
        synchronized (r) {
            fns = r.searchFunctions.toArray();
        }
        for (Object fn : fns) {
            Object res = CallOps.call(fn, new Object[] {PyStr.of(key)}, null);
            if (res == PyNone.NONE) {
                continue;
            }
            if (!(TypeOps.typeOf(res).isSubtype(PyTuple.TYPE)) || ItemOps.len(res) != 4) {
                throw PyExceptions.typeError("codec search functions must return 4-tuples");
            }
            r.cache.put(PyStr.of(key), res);
            return res;
        }
        throw PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR, "unknown encoding: %s", encoding);
    }

    private void importEncodings(Interpreter interp) {
        if (encodingsImported) {
            return;
        }
        encodingsImported = true;
        Object imp = interp.getBuiltinsDict().getStr("__import__");
        if (imp != null) {
            CallOps.call(imp, new Object[] {PyStr.of("encodings")}, null);
        }
    }
}
