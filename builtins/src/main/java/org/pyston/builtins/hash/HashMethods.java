package org.pyston.builtins.hash;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** The methods every fixed-size hash object has: update, digest, hexdigest, copy, name, sizes. */
public class HashMethods {
    HashMethods() {}

    @PyMethod
    public static Object update(PyHash self, Object data) {
        byte[] b = PyHash.data(data);
        synchronized (self) {
            self.digest.update(b, 0, b.length);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object digest(PyHash self) {
        synchronized (self) {
            return PyBytes.wrap(self.digest.digest(self.digestSize));
        }
    }

    @PyMethod
    public static Object hexdigest(PyHash self) {
        synchronized (self) {
            return PyStr.of(PyHash.hex(self.digest.digest(self.digestSize)));
        }
    }

    @PyMethod
    public static Object copy(PyHash self) {
        synchronized (self) {
            return new PyHash(self.type, self.name, self.digestSize, self.blockSize, self.digest.copy());
        }
    }

    @PyGetter("name")
    public static Object name(PyHash self) {
        return PyStr.of(self.name);
    }

    @PyGetter("digest_size")
    public static Object digestSize(PyHash self) {
        return new PyInt(self.digestSize);
    }

    @PyGetter("block_size")
    public static Object blockSize(PyHash self) {
        return new PyInt(self.blockSize);
    }
}
