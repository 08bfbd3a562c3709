package org.pyston.builtins.io;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.text.BytesSupport;

/** The writing method of {@code BufferedWriter}. */
public final class BufferedWriterMethods extends BufferedCommonMethods {
    private BufferedWriterMethods() {
    }

    @PyMethod
    public static Object write(PyBuffered self, Object data) {
        return writeBytes(self, data);
    }

    static Object writeBytes(PyBuffered self, Object data) {
        byte[] b = BytesSupport.need(data);
        synchronized (self) {
            self.write(b, 0, b.length);
        }
        return PyInt.valueOf(b.length);
    }
}
