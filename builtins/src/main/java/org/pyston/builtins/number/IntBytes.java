package org.pyston.builtins.number;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** {@code int.to_bytes} and {@code int.from_bytes} (3.11: length defaults to 1, byteorder to 'big'). */
final class IntBytes {
    private IntBytes() {
    }

    private static boolean little(Object byteorder) {
        if (byteorder == null) {
            return false;
        }
        if (!(org.pyston.builtins.object.PyInstance.unwrap(byteorder) instanceof PyStr s)) {
            throw PyExceptions.typeError("to_bytes() argument 'byteorder' must be str, not %s", TypeOps.typeName(byteorder));
        }
        if (s.value().equals("little")) {
            return true;
        }
        if (s.value().equals("big")) {
            return false;
        }
        throw PyExceptions.valueError("byteorder must be either 'little' or 'big'");
    }

    static Object toBytes(Object self, Object lengthObj, Object byteorder, Object signedObj) {
        long length = lengthObj == null ? 1 : UnaryOps.indexAsLong(lengthObj);
        boolean lit = little(byteorder);
        boolean signed = signedObj != null && Truth.isTrue(signedObj);
        if (length < 0) {
            throw PyExceptions.valueError("length argument must be non-negative");
        }
        BigInteger v = IntMath.big(self);
        if (!signed && v.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(v.signum() == 0)) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        byte[] two = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fill;
            out[lit ? i : (int) length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    }

    static Object fromBytes(Object bytes, Object byteorder, Object signedObj) {
        boolean lit = little(byteorder);
        boolean signed = signedObj != null && Truth.isTrue(signedObj);
        byte[] b = null;
        if (!(bytes instanceof org.pyston.builtins.text.PyBytes)) {
            // PyObject_Bytes: __bytes__ comes first
            Object m = org.pyston.builtins.ops.TypeOps.typeOf(bytes).lookup("__bytes__");
            if (m != null) {
                Object r = org.pyston.builtins.ops.CallOps.callWithSelf(m, bytes, new Object[0], null);
                if (!(org.pyston.builtins.object.PyInstance.unwrap(r) instanceof org.pyston.builtins.text.PyBytes)) {
                    throw PyExceptions.typeError("__bytes__ returned non-bytes (type %s)",
                            org.pyston.builtins.ops.TypeOps.typeName(r));
                }
                b = BytesSupport.data(r);
            }
        }
        if (b == null) {
            b = BytesSupport.data(bytes);
        }
        if (b == null) {
            if (bytes instanceof PyStr) {
                throw PyExceptions.typeError("cannot convert 'str' object to bytes");
            }
            Object it;
            try {
                it = IterOps.iter(bytes);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                if (!e.isInstance(PyExceptions.TYPE_ERROR)) {
                    throw e;
                }
                throw PyExceptions.typeError("cannot convert '%s' object to bytes", org.pyston.builtins.ops.TypeOps.typeName(bytes));
            }
            Object[] items = IterOps.toArray(it);
            b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                b[i] = (byte) BytesSupport.byteValue(items[i]);
            }
        }
        byte[] be = new byte[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            be[i + 1] = lit ? b[b.length - 1 - i] : b[i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && b.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * b.length));
        }
        return PyInt.of(v);
    }
}
