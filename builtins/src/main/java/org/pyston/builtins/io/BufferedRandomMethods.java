package org.pyston.builtins.io;

import org.pyston.builtins.object.PyMethod;

/** {@code BufferedRandom}: the reading methods plus {@code write}. */
public final class BufferedRandomMethods extends BufferedReaderMethods {
    private BufferedRandomMethods() {
    }

    @PyMethod
    public static Object write(PyBuffered self, Object data) {
        return BufferedWriterMethods.writeBytes(self, data);
    }
}
