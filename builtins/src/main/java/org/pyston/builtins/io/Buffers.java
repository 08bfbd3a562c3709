package org.pyston.builtins.io;

import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;

/** Writing into a caller's writable buffer (bytearray, memoryview), as {@code readinto} does. */
final class Buffers {
    private Buffers() {
    }

    /** Copies {@code data[0:n]} into {@code target[0:n]}. */
    static void copyInto(Object target, byte[] data, int n) {
        if (n == 0) {
            return;
        }
        byte[] part = n == data.length ? data : java.util.Arrays.copyOf(data, n);
        if (target instanceof PyByteArray a) {
            a.replace(0, n, part);
            return;
        }
        ItemOps.setItem(target, new PySlice(PyInt.valueOf(0), PyInt.valueOf(n), org.pyston.builtins.object.PyNone.NONE),
                PyBytes.wrap(part));
    }
}
