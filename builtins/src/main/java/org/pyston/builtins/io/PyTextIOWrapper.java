package org.pyston.builtins.io;

import java.math.BigInteger;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _io.TextIOWrapper}: text over a binary buffer. Codecs written in Java are used directly
 * ({@link NativeDecoder}); any other encoding through the incremental encoder and decoder of its
 * {@code codecs} entry. Reading decodes the buffer in chunks into {@link #chunk}, kept as decoded
 * but <em>not</em> newline-translated, so a position inside it is a character count from the
 * chunk's start; newline translation happens as text is handed out. {@code tell()} is then the
 * chunk's start in the buffer plus the bytes of the characters handed out (encoded back, for
 * lossless Java codecs), or else CPython's opaque cookie: start | decoder flags << 64 | characters
 * to skip << 192. Synchronized on the object.
 */
public final class PyTextIOWrapper extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("TextIOWrapper", "_io", PyTextIOWrapper.class,
            TextIOWrapperMethods.class, true, PyIOBase.TEXT_IO_BASE);

    static final int CHUNK_SIZE = 8192;

    Object buffer;
    /** {@link #buffer} when it is exactly a buffered stream, driven without Python calls. */
    PyBuffered fast;
    boolean initialized;
    boolean detached;
    String encoding;
    String errors;
    /** The canonical name when a Java codec handles it, else null. */
    String nativeEncoding;
    NativeDecoder nativeDecoder;
    /** For utf-16/utf-32 written natively: whether the BOM is still to be written. */
    boolean bomPending;
    Object pyEncoder;
    Object pyDecoder;
    Object newlineArg;
    boolean readUniversal;
    boolean readTranslate;
    /** The ending readline splits on when not universal. */
    String readnl;
    boolean writeTranslate;
    String writenl;
    boolean lineBuffering;
    boolean writeThrough;
    boolean seekable;
    /** The {@code mode} attribute {@code open()} sets; null when never set. */
    Object mode;
    int seen;

    /** The decoded, untranslated text of the current chunk, and the next char to hand out. */
    String chunk = "";
    int pos;
    /** Bytes of input behind {@link #chunk}: held by the decoder before it plus those read for it. */
    long chunkInput;
    /** BOM bytes skipped at the chunk's start. */
    int chunkBom;
    /** For a Python decoder: the bytes behind {@link #chunk} (held ones first), for {@link #tell}. */
    byte[] chunkBytes;
    /** The Python decoder's flags at the chunk's start (0 for Java codecs). */
    long chunkFlags;
    boolean eof;

    PyTextIOWrapper() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    void checkAttached() {
        if (detached) {
            throw PyExceptions.valueError("underlying buffer has been detached");
        }
        if (!initialized) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
    }

    boolean isClosed() {
        checkAttached();
        if (fast != null) {
            return fast.isClosed();
        }
        return IOSupport.isClosed(buffer);
    }

    void checkOpen() {
        if (isClosed()) {
            throw IOSupport.closedFile();
        }
    }

    /** Writes {@code s} as {@code write(s)} does (print and the runtime's own messages). */
    public synchronized void writeString(String s) {
        write(s);
    }

    /** Flushes as {@code flush()} does. */
    public synchronized void flushText() {
        checkOpen();
        flush();
    }

    /** Flushes, ignoring a closed or detached stream and I/O errors (at exit). */
    public synchronized void flushQuietly() {
        try {
            if (!detached && initialized && !isClosed()) {
                flush();
            }
        } catch (RuntimeException e) {
            // nothing to report to at exit
        }
    }

    // ---- writing ----------------------------------------------------------------------------------

    /** Writes {@code s}; returns nothing (the caller knows the length). */
    void write(String s) {
        checkOpen();
        if (pyEncoder == null && nativeEncoding == null) {
            throw IOSupport.unsupported("not writable");
        }
        boolean hasLf = s.indexOf('\n') >= 0;
        String text = s;
        if (hasLf && writeTranslate && !writenl.equals("\n")) {
            text = text.replace("\n", writenl);
        }
        boolean flush = writeThrough || (lineBuffering && (hasLf || text.indexOf('\r') >= 0));
        if (!chunk.isEmpty() || chunkInput != 0) {
            chunk = "";
            pos = 0;
            chunkInput = 0;
            resetDecoder(false);
        }
        byte[] b;
        if (nativeEncoding != null) {
            String enc = nativeEncoding;
            if (enc.equals("utf-16") || enc.equals("utf-32")) {
                enc = bomPending ? enc : enc + "-le";
                bomPending = false;
            }
            b = Codecs.encode(text, enc, errors);
        } else {
            Object r = IOSupport.call(pyEncoder, "encode", PyStr.of(text));
            b = BytesSupport.data(r);
            if (b == null) {
                throw PyExceptions.typeError("encoder should return a bytes object, not '%s'",
                        org.pyston.builtins.ops.TypeOps.typeName(r));
            }
        }
        if (fast != null) {
            synchronized (fast) {
                fast.write(b, 0, b.length);
                if (flush) {
                    fast.flushWrites();
                }
            }
        } else {
            IOSupport.call(buffer, "write", PyBytes.wrap(b));
            if (flush) {
                IOSupport.call(buffer, "flush");
            }
        }
    }

    void flush() {
        checkAttached();
        if (fast != null) {
            synchronized (fast) {
                if (fast.isClosed()) {
                    throw IOSupport.closedFile();
                }
                fast.flushWrites();
            }
        } else {
            IOSupport.call(buffer, "flush");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------

    void checkReadable() {
        checkOpen();
        if (pyDecoder == null && nativeDecoder == null) {
            throw IOSupport.unsupported("not readable");
        }
    }

    void resetDecoder(boolean atStart) {
        if (nativeDecoder != null) {
            nativeDecoder.reset(atStart);
        } else if (pyDecoder != null) {
            IOSupport.call(pyDecoder, "reset");
        }
    }

    private byte[] readInput() {
        if (fast != null) {
            synchronized (fast) {
                return fast.read1(CHUNK_SIZE);
            }
        }
        Object r = AttributeOps.lookupAttr(buffer, "read1") != null
                ? IOSupport.call(buffer, "read1", PyInt.valueOf(CHUNK_SIZE))
                : IOSupport.call(buffer, "read", PyInt.valueOf(CHUNK_SIZE));
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        byte[] b = BytesSupport.data(r);
        if (b == null) {
            throw PyExceptions.typeError("underlying read1() should have returned a bytes-like object, not '%s'",
                    org.pyston.builtins.ops.TypeOps.typeName(r));
        }
        return b;
    }

    /** All the rest of the input, in one read (CPython's read() of everything). */
    private byte[] readAllInput() {
        Object r;
        if (fast != null) {
            synchronized (fast) {
                r = fast.read(-1);
            }
        } else {
            r = IOSupport.call(buffer, "read");
        }
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        byte[] b = BytesSupport.data(r);
        if (b == null) {
            throw PyExceptions.typeError("underlying read() should have returned a bytes object, not '%s'",
                    org.pyston.builtins.ops.TypeOps.typeName(r));
        }
        return b;
    }

    boolean loadChunk() {
        return loadChunk(false);
    }

    /**
     * Replaces the chunk with the next decoded one; false at the end of the input. Empty decoded
     * pieces (an unfinished character) are skipped over. With {@code all}, the chunk is the whole
     * rest of the input decoded as final, as CPython's read() does, so a decoding error's
     * position counts from the bytes the decoder held plus the rest, not from a chunk boundary.
     */
    boolean loadChunk(boolean all) {
        if (eof) {
            return false;
        }
        long held = decoderPending();
        chunkFlags = decoderFlags();
        long input = held;
        java.io.ByteArrayOutputStream fed = null;
        if (pyDecoder != null) {
            fed = new java.io.ByteArrayOutputStream();
            byte[] h = BytesSupport.need(IterOps.unpack(IOSupport.call(pyDecoder, "getstate"), 2)[0]);
            fed.write(h, 0, h.length);
        }
        while (true) {
            byte[] in = all ? readAllInput() : readInput();
            boolean fin = all || in.length == 0;
            input += in.length;
            if (fed != null) {
                fed.write(in, 0, in.length);
            }
            String text = decode(in, fin);
            if (!text.isEmpty() || fin) {
                chunkBytes = fed == null ? null : fed.toByteArray();
                chunk = text;
                pos = 0;
                chunkInput = input;
                chunkBom = nativeDecoder != null ? nativeDecoder.lastBom : 0;
                eof = fin;
                return !text.isEmpty();
            }
        }
    }

    private String decode(byte[] in, boolean fin) {
        if (nativeDecoder != null) {
            return nativeDecoder.decode(in, fin);
        }
        Object r = IOSupport.call(pyDecoder, "decode", PyBytes.wrap(in), PyBool.of(fin));
        if (!(r instanceof PyStr s)) {
            throw PyExceptions.typeError("decoder should return a string result, not '%s'",
                    org.pyston.builtins.ops.TypeOps.typeName(r));
        }
        return s.value();
    }

    private long decoderPending() {
        if (nativeDecoder != null) {
            return nativeDecoder.pending();
        }
        if (pyDecoder == null) {
            return 0;
        }
        Object st = IOSupport.call(pyDecoder, "getstate");
        Object[] parts = IterOps.unpack(st, 2);
        return BytesSupport.need(parts[0]).length;
    }

    private long decoderFlags() {
        if (pyDecoder == null) {
            return 0;
        }
        Object st = IOSupport.call(pyDecoder, "getstate");
        Object[] parts = IterOps.unpack(st, 2);
        return UnaryOps.indexAsLong(parts[1]);
    }

    private void note(char c, boolean crlf) {
        if (c == '\n') {
            seen |= NewlineTranslator.SEEN_LF;
        } else if (crlf) {
            seen |= NewlineTranslator.SEEN_CRLF;
        } else {
            seen |= NewlineTranslator.SEEN_CR;
        }
    }

    /**
     * After a '\r' that ended the chunk: loads the next chunk and, when it starts with '\n',
     * consumes it (translate mode) or appends it to {@code out} ("" mode). True when a '\n' followed.
     */
    private boolean crAtChunkEnd(StringBuilder out, boolean keep) {
        if (!loadChunk() || chunk.charAt(0) != '\n') {
            return false;
        }
        pos = 1;
        if (keep) {
            out.append('\n');
        }
        return true;
    }

    /** Appends up to {@code n} characters (n < 0: all), translating newlines; returns what was read. */
    String read(long n) {
        checkReadable();
        StringBuilder out = new StringBuilder();
        long want = n < 0 ? Long.MAX_VALUE : n;
        long got = 0;
        while (got < want) {
            if (pos >= chunk.length() && !loadChunk(n < 0)) {
                break;
            }
            if (!readUniversal && n < 0) {
                out.append(chunk, pos, chunk.length());
                pos = chunk.length();
                continue;
            }
            while (pos < chunk.length() && got < want) {
                char c = chunk.charAt(pos++);
                if (Character.isHighSurrogate(c) && pos < chunk.length() && Character.isLowSurrogate(chunk.charAt(pos))) {
                    out.append(c).append(chunk.charAt(pos++));
                    got++;
                    continue;
                }
                if (c == '\r' && readUniversal) {
                    boolean crlf;
                    if (pos < chunk.length()) {
                        crlf = chunk.charAt(pos) == '\n';
                        if (crlf && readTranslate) {
                            pos++;
                        }
                        out.append(readTranslate ? '\n' : '\r');
                        got++;
                        if (crlf && !readTranslate) {
                            if (got < want) {
                                out.append('\n');
                                pos++;
                                got++;
                            }
                        }
                    } else {
                        out.append(readTranslate ? '\n' : '\r');
                        got++;
                        crlf = readTranslate ? crAtChunkEnd(out, false) : false;
                    }
                    note('\r', crlf);
                    continue;
                }
                if (c == '\n' && readUniversal) {
                    note('\n', false);
                }
                out.append(c);
                got++;
            }
        }
        if (n < 0 && eof && pos >= chunk.length() && !chunk.isEmpty()) {
            // as if the empty final chunk had been loaded: tell() is the position of the end
            chunk = "";
            pos = 0;
            chunkInput = decoderPending();
            chunkFlags = decoderFlags();
            chunkBytes = null;
            chunkBom = 0;
        }
        return out.toString();
    }

    /** One line (at most {@code limit} characters when limit >= 0), with CPython's newline rules. */
    String readline(long limit) {
        checkReadable();
        StringBuilder out = new StringBuilder();
        long got = 0;
        while (limit < 0 || got < limit) {
            if (pos >= chunk.length() && !loadChunk()) {
                break;
            }
            char c = chunk.charAt(pos++);
            if (Character.isHighSurrogate(c) && pos < chunk.length() && Character.isLowSurrogate(chunk.charAt(pos))) {
                out.append(c).append(chunk.charAt(pos++));
                got++;
                continue;
            }
            got++;
            if (readUniversal) {
                if (c == '\n') {
                    note('\n', false);
                    out.append('\n');
                    return out.toString();
                }
                if (c == '\r') {
                    boolean crlf;
                    if (pos < chunk.length()) {
                        crlf = chunk.charAt(pos) == '\n';
                        if (crlf) {
                            pos++;
                        }
                    } else {
                        crlf = crAtChunkEnd(out, false);
                    }
                    note('\r', crlf);
                    if (readTranslate) {
                        out.append('\n');
                    } else {
                        out.append('\r');
                        if (crlf) {
                            out.append('\n');
                        }
                    }
                    return out.toString();
                }
                out.append(c);
                continue;
            }
            out.append(c);
            if (readnl.length() == 1) {
                if (c == readnl.charAt(0)) {
                    return out.toString();
                }
            } else if (c == '\r') {
                if (pos < chunk.length()) {
                    if (chunk.charAt(pos) == '\n') {
                        pos++;
                        out.append('\n');
                        return out.toString();
                    }
                } else if (crAtChunkEnd(out, true)) {
                    return out.toString();
                }
            }
        }
        return out.toString();
    }

    // ---- positions ----------------------------------------------------------------------------------

    Object tell() {
        checkOpen();
        if (!seekable) {
            throw IOSupport.unsupported("underlying stream is not seekable");
        }
        flush();
        long bufPos = fast != null ? fast.tell() : UnaryOps.indexAsLong(IOSupport.call(buffer, "tell"));
        long start = bufPos - chunkInput;
        if (pos == 0 && chunkFlags == 0) {
            return PyInt.valueOf(start);
        }
        if (nativeDecoder != null && nativeDecoder.lossless()) {
            return PyInt.valueOf(start + chunkBom + nativeDecoder.encodedLength(chunk.substring(0, pos)));
        }
        if (pyDecoder != null && chunkBytes != null) {
            Object exact = reconstruct(start, chunk.codePointCount(0, pos));
            if (exact != null) {
                return exact;
            }
        }
        BigInteger cookie = BigInteger.valueOf(start)
                .or(BigInteger.valueOf(chunkFlags).shiftLeft(64))
                .or(BigInteger.valueOf(chunk.codePointCount(0, pos)).shiftLeft(192));
        return PyInt.of(cookie);
    }

    /**
     * CPython's way to an exact position with a Python decoder: decode the chunk's bytes again one
     * at a time from the chunk's start state until {@code chars} characters came out and the
     * decoder holds nothing; the byte position (with the decoder's flags above bit 64) then, or
     * null when no such point exists.
     */
    private Object reconstruct(long start, int chars) {
        Object saved = IOSupport.call(pyDecoder, "getstate");
        try {
            IOSupport.call(pyDecoder, "setstate", PyTuple.of(PyBytes.EMPTY, PyInt.valueOf(chunkFlags)));
            int got = 0;
            for (int k = 0; k < chunkBytes.length && got <= chars; k++) {
                Object out = IOSupport.call(pyDecoder, "decode", PyBytes.wrap(new byte[] {chunkBytes[k]}));
                got += ((PyStr) out).length();
                Object[] st = IterOps.unpack(IOSupport.call(pyDecoder, "getstate"), 2);
                if (got == chars && BytesSupport.need(st[0]).length == 0) {
                    long flags = UnaryOps.indexAsLong(st[1]);
                    BigInteger cookie = BigInteger.valueOf(start + k + 1).or(BigInteger.valueOf(flags).shiftLeft(64));
                    return PyInt.of(cookie);
                }
            }
            return null;
        } finally {
            IOSupport.call(pyDecoder, "setstate", saved);
        }
    }

    Object seek(Object cookieObj, int whence) {
        checkOpen();
        if (!seekable) {
            throw IOSupport.unsupported("underlying stream is not seekable");
        }
        if (whence == 1) {
            if (!isZero(cookieObj)) {
                throw IOSupport.unsupported("can't do nonzero cur-relative seeks");
            }
            cookieObj = tell();
        } else if (whence == 2) {
            if (!isZero(cookieObj)) {
                throw IOSupport.unsupported("can't do nonzero end-relative seeks");
            }
            flush();
            long end = fast != null ? fast.seek(0, 2)
                    : UnaryOps.indexAsLong(IOSupport.call(buffer, "seek", PyInt.valueOf(0), PyInt.valueOf(2)));
            chunk = "";
            pos = 0;
            chunkInput = 0;
            eof = false;
            resetDecoder(end == 0);
            bomPending = false;
            return PyInt.valueOf(end);
        } else if (whence != 0) {
            throw PyExceptions.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        BigInteger cookie = IntMath.big(UnaryOps.index(cookieObj));
        if (cookie.signum() < 0) {
            throw PyExceptions.valueError("negative seek position %s", cookie);
        }
        flush();
        long start = cookie.longValue() & Long.MAX_VALUE;
        long flags = cookie.shiftRight(64).longValue() & 0xffffffffL;
        long skip = cookie.shiftRight(192).longValue();
        if (fast != null) {
            fast.seek(start, 0);
        } else {
            IOSupport.call(buffer, "seek", PyInt.valueOf(start));
        }
        chunk = "";
        pos = 0;
        chunkInput = 0;
        eof = false;
        resetDecoder(start == 0);
        if (pyDecoder != null && flags != 0) {
            IOSupport.call(pyDecoder, "setstate", PyTuple.of(PyBytes.EMPTY, PyInt.valueOf(flags)));
        }
        bomPending = start == 0 && nativeEncoding != null && (nativeEncoding.equals("utf-16") || nativeEncoding.equals("utf-32"));
        if (skip > 0) {
            loadChunk();
            pos = chunk.offsetByCodePoints(0, (int) Math.min(skip, chunk.codePointCount(0, chunk.length())));
        }
        return cookieObj;
    }

    private static boolean isZero(Object o) {
        return IntMath.isInt(o) && UnaryOps.indexAsLong(o) == 0;
    }
}
