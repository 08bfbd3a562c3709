package org.pyston.builtins.pyexpat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns the bytes given to {@code Parse} into text, piece by piece, as expat does: the encoding is
 * the one given to ParserCreate, else a byte-order mark, else the XML declaration's, else UTF-8.
 * A byte sequence that is not valid in the encoding becomes U+FFFF, which is not an XML character,
 * so the scanner reports "not well-formed (invalid token)" at its position.
 */
final class InputDecoder {
    /** Reported in place of an undecodable byte sequence. */
    static final char INVALID = '\uFFFF';

    private String override;
    private CharsetDecoder decoder;
    private byte[] pending = new byte[0];

    InputDecoder(String encoding) {
        this.override = encoding;
    }

    /** True once the encoding is fixed (decoding has started). */
    boolean started() {
        return decoder != null;
    }

    /** Fixes the encoding of a document given as str (UTF-8), as pyexpat does. */
    void forceUtf8() {
        if (decoder == null) {
            override = "utf-8";
        }
    }

    /** Decodes what can be decoded of the input so far; with {@code last}, everything. */
    String decode(byte[] data, boolean last) {
        byte[] in = pending.length == 0 ? data : concat(pending, data);
        pending = new byte[0];
        int offset = 0;
        if (decoder == null) {
            String name = override;
            if (name == null) {
                if (in.length < 4 && !last || startsXmlDecl(in) && !declComplete(in) && !last && in.length < 1024) {
                    pending = in;
                    return "";
                }
                name = detect(in);
            }
            if (startsWith(in, 0xEF, 0xBB, 0xBF) && isUtf8(name)) {
                offset = 3;
            }
            decoder = charset(name).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        ByteBuffer bb = ByteBuffer.wrap(in, offset, in.length - offset);
        CharBuffer cb = CharBuffer.allocate(in.length + 16);
        StringBuilder out = new StringBuilder(in.length);
        while (true) {
            CoderResult r = decoder.decode(bb, cb, last);
            if (r.isOverflow()) {
                cb.flip();
                out.append(cb);
                cb.clear();
                continue;
            }
            if (r.isError()) {
                cb.flip();
                out.append(cb);
                cb.clear();
                out.append(INVALID);
                bb.position(bb.position() + r.length());
                continue;
            }
            break;
        }
        if (last) {
            decoder.flush(cb);
        }
        cb.flip();
        out.append(cb);
        if (bb.hasRemaining()) {
            if (last) {
                out.append(INVALID);
            } else {
                pending = Arrays.copyOfRange(in, bb.position(), in.length);
            }
        }
        String s = out.toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF' && offset == 0 && !started) {
            s = s.substring(1);
        }
        started = true;
        return s;
    }

    private boolean started;

    private static boolean isUtf8(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("_", "-");
        return n.equals("utf-8") || n.equals("utf8");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsXmlDecl(byte[] b) {
        return startsWith(b, '<', '?', 'x', 'm', 'l');
    }

    private static boolean declComplete(byte[] b) {
        for (int i = 5; i + 1 < b.length; i++) {
            if (b[i] == '?' && b[i + 1] == '>') {
                return true;
            }
        }
        return false;
    }

    /** The encoding from a BOM, the UTF-16 pattern of "<?", or the XML declaration. */
    private static String detect(byte[] b) {
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0, '<', 0, '?')) {
            return "utf-16be";
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, '<', 0, '?', 0)) {
            return "utf-16le";
        }
        if (startsXmlDecl(b)) {
            int end = Math.min(b.length, 1024);
            String head = new String(b, 0, end, StandardCharsets.ISO_8859_1);
            int close = head.indexOf("?>");
            if (close > 0) {
                head = head.substring(0, close);
            }
            int k = head.indexOf("encoding");
            if (k > 0) {
                int q = k + 8;
                while (q < head.length() && (head.charAt(q) == ' ' || head.charAt(q) == '=' || head.charAt(q) == '\t'
                        || head.charAt(q) == '\n' || head.charAt(q) == '\r')) {
                    q++;
                }
                if (q < head.length() && (head.charAt(q) == '"' || head.charAt(q) == '\'')) {
                    int e = head.indexOf(head.charAt(q), q + 1);
                    if (e > q) {
                        return head.substring(q + 1, e);
                    }
                }
            }
        }
        return "utf-8";
    }

    /** The Java charset of an encoding name; an "unknown encoding" failure when there is none. */
    static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("utf-16")) {
            return StandardCharsets.UTF_16;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            throw new XmlSyntaxError(ExpatErrors.UNKNOWN_ENCODING, 1, 0, 0);
        }
    }
}
