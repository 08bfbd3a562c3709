package org.pyston.builtins.hash;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** The methods of {@code _hashlib.HMAC} (made by {@code hmac_new}; the type itself cannot be called). */
public final class HmacMethods {
    private HmacMethods() {}

    @PyMethod
    public static Object update(PyHmac self, Object msg) {
        byte[] b = PyHash.data(msg);
        synchronized (self) {
            self.update(b);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object digest(PyHmac self) {
        synchronized (self) {
            return PyBytes.wrap(self.mac());
        }
    }

    @PyMethod
    public static Object hexdigest(PyHmac self) {
        synchronized (self) {
            return PyStr.of(PyHash.hex(self.mac()));
        }
    }

    @PyMethod
    public static Object copy(PyHmac self) {
        synchronized (self) {
            return self.copy();
        }
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyHmac self) {
        return PyStr.of("<" + self.algorithm.name() + " HMAC object @ " + TypeOps.addressOf(self) + ">");
    }

    @PyGetter("name")
    public static Object name(PyHmac self) {
        return PyStr.of("hmac-" + self.algorithm.name());
    }

    @PyGetter("digest_size")
    public static Object digestSize(PyHmac self) {
        return new PyInt(self.algorithm.digestSize());
    }

    @PyGetter("block_size")
    public static Object blockSize(PyHmac self) {
        return new PyInt(self.algorithm.blockSize());
    }
}
