package org.pyston.builtins.hash;

import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** {@code _hashlib.HASH}: the common hash methods, and CPython's repr naming the algorithm. */
public final class OpensslHashMethods extends HashMethods {
    private OpensslHashMethods() {}

    @PyMethod(name = "__repr__")
    public static Object repr(PyHash self) {
        return PyStr.of("<" + self.name + " _hashlib." + self.type.getName() + " object @ " + TypeOps.addressOf(self)
                + ">");
    }
}
