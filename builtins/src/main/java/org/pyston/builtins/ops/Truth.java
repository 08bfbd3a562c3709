package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/** Truth testing ({@code if x:}, {@code not x}, {@code bool(x)}): {@code __bool__}, then {@code __len__}. */
public final class Truth {
    private Truth() {
    }

    /** The truth value of {@code o}. */
    public static boolean isTrue(Object o) {
        if (o instanceof PyBool b) {
            return b.value;
        }
        if (o instanceof PyInt i) {
            return i.value != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof PyStr s) {
            return !s.value().isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size() != 0;
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0.0;
        }
        if (o instanceof PyBigInt) {
            return true;
        }
        PyType t = TypeOps.typeOf(o);
        if (t.isBuiltin() && t.lookup("__bool__") == null) {
            Object len = t.lookup("__len__");
            if (len == null) {
                return true;
            }
            return IntMath.small(CallOps.callWithSelf(len, o, new Object[0], null)) != 0;
        }
        Object b = t.lookup("__bool__");
        if (b == PyNone.NONE) {
            // CPython calls whatever __bool__ is: None is not callable.
            throw PyExceptions.typeError("'NoneType' object is not callable");
        }
        if (b != null) {
            Object r = CallOps.callWithSelf(b, o, new Object[0], null);
            if (r instanceof PyBool rb) {
                return rb.value;
            }
            throw PyExceptions.typeError("__bool__ should return bool, returned %s", TypeOps.typeName(r));
        }
        Object len = t.lookup("__len__");
        if (len != null) {
            return ItemOps.lengthOf(CallOps.callWithSelf(len, o, new Object[0], null)) != 0;
        }
        return true;
    }

    /** {@code not o}. */
    public static Object not(Object o) {
        return PyBool.of(!isTrue(o));
    }
}
