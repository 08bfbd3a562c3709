package org.pyston.builtins.io;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.text.PyBytes;

/** The reading methods of {@code BufferedReader} (and, inherited, {@code BufferedRandom}). */
public class BufferedReaderMethods extends BufferedCommonMethods {
    BufferedReaderMethods() {
    }

    @PyMethod(required = 0)
    public static Object read(PyBuffered self, Object size) {
        long n = IOSupport.size(size);
        synchronized (self) {
            return self.read(n);
        }
    }

    @PyMethod(required = 0)
    public static Object read1(PyBuffered self, Object size) {
        long n = IOSupport.size(size);
        synchronized (self) {
            return PyBytes.wrap(self.read1(n));
        }
    }

    @PyMethod(required = 0)
    public static Object peek(PyBuffered self, Object size) {
        synchronized (self) {
            return PyBytes.wrap(self.peek());
        }
    }

    @PyMethod(required = 0)
    public static Object readline(PyBuffered self, Object size) {
        long n = IOSupport.size(size);
        synchronized (self) {
            return PyBytes.wrap(self.readline(n));
        }
    }

    @PyMethod
    public static Object readinto(PyBuffered self, Object buffer) {
        int n = (int) ItemOps.len(buffer);
        byte[] b;
        synchronized (self) {
            Object r = self.read(n);
            b = r instanceof PyBytes pb ? pb.value : new byte[0];
        }
        Buffers.copyInto(buffer, b, b.length);
        return PyInt.valueOf(b.length);
    }

    @PyMethod
    public static Object readinto1(PyBuffered self, Object buffer) {
        int n = (int) ItemOps.len(buffer);
        byte[] b;
        synchronized (self) {
            b = self.read1(n);
        }
        Buffers.copyInto(buffer, b, b.length);
        return PyInt.valueOf(b.length);
    }
}
