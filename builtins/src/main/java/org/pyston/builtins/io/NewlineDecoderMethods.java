package org.pyston.builtins.io;

import java.math.BigInteger;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code _io.IncrementalNewlineDecoder} ({@link PyNewlineDecoder}), as CPython's textio.c. */
public final class NewlineDecoderMethods {
    private NewlineDecoderMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyNewlineDecoder();
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyNewlineDecoder self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("IncrementalNewlineDecoder", args, kwnames, 3,
                new String[] {"decoder", "translate", "errors"}, 2);
        self.decoder = p[0] == PyNone.NONE ? null : p[0];
        self.translator = new NewlineTranslator(Truth.isTrue(p[1]));
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object decode(PyNewlineDecoder self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("decode", args, kwnames, 2, new String[] {"input", "final"}, 1);
        boolean fin = p[1] != null && Truth.isTrue(p[1]);
        NewlineTranslator t = self.translator();
        Object out = self.decoder == null ? p[0]
                : IOSupport.call(self.decoder, "decode", p[0], PyBool.of(fin));
        if (!(out instanceof PyStr s)) {
            throw PyExceptions.typeError("decoder should return a string result, not '%s'", TypeOps.typeName(out));
        }
        return PyStr.of(t.feed(s.value(), fin));
    }

    @PyMethod
    public static Object getstate(PyNewlineDecoder self) {
        NewlineTranslator t = self.translator();
        Object buffer = PyBytes.EMPTY;
        BigInteger flag = BigInteger.ZERO;
        if (self.decoder != null) {
            Object[] st = IterOps.unpack(IOSupport.call(self.decoder, "getstate"), 2);
            buffer = st[0];
            flag = IntMath.big(UnaryOps.index(st[1]));
        }
        flag = flag.shiftLeft(1).or(t.pendingCR ? BigInteger.ONE : BigInteger.ZERO);
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @PyMethod
    public static Object setstate(PyNewlineDecoder self, Object state) {
        NewlineTranslator t = self.translator();
        Object[] st = IterOps.unpack(state, 2);
        BigInteger flag = IntMath.big(UnaryOps.index(st[1]));
        t.pendingCR = flag.testBit(0);
        if (self.decoder != null) {
            IOSupport.call(self.decoder, "setstate", PyTuple.of(st[0], PyInt.of(flag.shiftRight(1))));
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object reset(PyNewlineDecoder self) {
        NewlineTranslator t = self.translator();
        t.pendingCR = false;
        t.seen = 0;
        if (self.decoder != null) {
            IOSupport.call(self.decoder, "reset");
        }
        return PyNone.NONE;
    }

    @PyGetter("newlines")
    public static Object newlines(PyNewlineDecoder self) {
        return self.translator().newlines();
    }
}
