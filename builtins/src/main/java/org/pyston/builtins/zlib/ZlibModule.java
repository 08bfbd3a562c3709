package org.pyston.builtins.zlib;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyston.builtins.binascii.BinasciiModule;
import org.pyston.builtins.binascii.Checksums;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code zlib} module over {@code java.util.zip}: one-shot and streaming (de)compression with
 * CPython's arguments, {@code wbits} containers (zlib, raw, gzip, automatic), flush modes,
 * {@code zlib.error} messages ("Error -3 while decompressing data: incorrect header check"), and the
 * crc32/adler32 checksums. The JDK's Deflater is the same zlib, so compressed bytes equal CPython's.
 * Not available through java.util.zip, and refused with a clear error: compression windows below
 * 32 KiB, memLevel other than 8, the Z_RLE/Z_FIXED strategies, Z_PARTIAL_FLUSH/Z_BLOCK/Z_TREES, copy().
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final int MAX_WBITS = 15;
    static final int DEFLATED = 8;
    static final int DEF_MEM_LEVEL = 8;
    static final int DEF_BUF_SIZE = 16384;
    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_BLOCK = 5;
    static final int Z_TREES = 6;
    static final int Z_FILTERED = 1;
    static final int Z_HUFFMAN_ONLY = 2;
    static final int Z_RLE = 3;
    static final int Z_FIXED = 4;

    /** The zlib version we report: the one CPython 3.11 on the reference platform is built with. */
    private static final String ZLIB_VERSION = "1.2.13";

    private static final Map<Interpreter, PyType> ERRORS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds {@code zlib} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(ZlibModule.class, "zlib", d);
        PyType error = BinasciiModule.newException("error", "zlib", PyExceptions.EXCEPTION);
        ERRORS.put(interp, error);
        d.putStr("error", error);
        Object[][] constants = {
            {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", DEFLATED}, {"DEF_MEM_LEVEL", DEF_MEM_LEVEL},
            {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1},
            {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_FILTERED", Z_FILTERED},
            {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
            {"Z_DEFAULT_STRATEGY", 0}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
            {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH},
            {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES},
        };
        for (Object[] c : constants) {
            d.putStr((String) c[0], new PyInt((Integer) c[1]));
        }
        d.putStr("ZLIB_VERSION", PyStr.of(ZLIB_VERSION));
        d.putStr("ZLIB_RUNTIME_VERSION", PyStr.of(ZLIB_VERSION));
        return m;
    }

    /** A {@code zlib.error} with the message given. */
    static RuntimeException error(String format, Object... args) {
        PyType t = ERRORS.get(Interpreter.current());
        return PyExceptions.withMessage(t == null ? PyExceptions.EXCEPTION : t, format, args);
    }

    /** CPython's zlib_error: "Error CODE WHAT: MESSAGE", or without the message when zlib gave none. */
    static RuntimeException failure(Inflation.ZlibFailure f, String what) {
        return f.getMessage() == null ? error("Error %d %s", f.code, what)
                : error("Error %d %s: %.200s", f.code, what, f.getMessage());
    }

    private static long intArg(Object o, long dflt) {
        return o == null ? dflt : UnaryOps.indexAsLong(o);
    }

    /** Rejects the deflate parameters java.util.zip cannot honour, naming them. */
    private static void requireSupported(long wbits, long memLevel, long strategy) {
        if (!WindowBits.fullWindow(wbits)) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "zlib compression with wbits=%d (a window below 32 KiB) is not supported by java.util.zip", wbits);
        }
        if (memLevel != DEF_MEM_LEVEL) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "zlib compression with memLevel=%d is not supported by java.util.zip (only 8)", memLevel);
        }
        if (strategy == Z_RLE || strategy == Z_FIXED) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "zlib strategy %s is not supported by java.util.zip", strategy == Z_RLE ? "Z_RLE" : "Z_FIXED");
        }
    }

    @PyMethod(general = true)
    public static Object compress(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("compress", args, kwnames, 3, new String[] {"data", "level", "wbits"}, 1);
        byte[] data = BytesSupport.need(p[0]);
        long level = intArg(p[1], -1);
        long wbits = intArg(p[2], MAX_WBITS);
        WindowBits format = WindowBits.forCompression(wbits);
        if (level < -1 || level > 9 || format == null) {
            throw error("Bad compression level");
        }
        requireSupported(wbits, DEF_MEM_LEVEL, 0);
        return PyBytes.wrap(PyCompress.oneShot(data, (int) level, format));
    }

    @PyMethod(general = true)
    public static Object decompress(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("decompress", args, kwnames, 3, new String[] {"data", "wbits", "bufsize"}, 1);
        byte[] data = BytesSupport.need(p[0]);
        long wbits = intArg(p[1], MAX_WBITS);
        long bufsize = intArg(p[2], DEF_BUF_SIZE);
        if (bufsize < 0) {
            throw PyExceptions.valueError("bufsize must be non-negative");
        }
        WindowBits format = WindowBits.forDecompression(wbits);
        if (format == null) {
            throw error("Error -2 while preparing to decompress data: inconsistent stream state");
        }
        return PyBytes.wrap(PyDecompress.oneShot(data, format, (int) Math.min(bufsize, 1 << 20)));
    }

    private static byte[] zdict(Object o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        byte[] b = BytesSupport.data(o);
        if (b == null) {
            throw PyExceptions.typeError("zdict argument must support the buffer protocol");
        }
        return b;
    }

    @PyMethod(general = true)
    public static Object compressobj(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("compressobj", args, kwnames, 6,
                new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0);
        long level = intArg(p[0], -1);
        long method = intArg(p[1], DEFLATED);
        long wbits = intArg(p[2], MAX_WBITS);
        long memLevel = intArg(p[3], DEF_MEM_LEVEL);
        long strategy = intArg(p[4], 0);
        byte[] zdict = zdict(p[5]);
        WindowBits format = WindowBits.forCompression(wbits);
        if (level < -1 || level > 9 || method != DEFLATED || format == null || memLevel < 1 || memLevel > 9
                || strategy < 0 || strategy > Z_FIXED) {
            throw PyExceptions.valueError("Invalid initialization option");
        }
        requireSupported(wbits, memLevel, strategy);
        return new PyCompress((int) level, format, (int) strategy, zdict);
    }

    @PyMethod(general = true)
    public static Object decompressobj(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("decompressobj", args, kwnames, 2, new String[] {"wbits", "zdict"}, 0);
        long wbits = intArg(p[0], MAX_WBITS);
        byte[] zdict = zdict(p[1]);
        WindowBits format = WindowBits.forDecompression(wbits);
        if (format == null) {
            throw PyExceptions.valueError("Invalid initialization option");
        }
        return new PyDecompress(format, zdict);
    }

    /** An {@code unsigned_int(bitwise=True)} argument: any int, keeping its low 32 bits. */
    private static int bitwise(Object o, int dflt) {
        if (o == null) {
            return dflt;
        }
        Object i = UnaryOps.index(o);
        return IntMath.isSmall(i) ? (int) IntMath.small(i) : IntMath.big(i).intValue();
    }

    @PyMethod(required = 1)
    public static Object crc32(Object data, Object value) {
        byte[] b = BytesSupport.need(data);
        return new PyInt(Checksums.crc32(bitwise(value, 0), b, 0, b.length) & 0xffffffffL);
    }

    @PyMethod(required = 1)
    public static Object adler32(Object data, Object value) {
        byte[] b = BytesSupport.need(data);
        return new PyInt(Checksums.adler32(bitwise(value, 1), b, 0, b.length) & 0xffffffffL);
    }
}
