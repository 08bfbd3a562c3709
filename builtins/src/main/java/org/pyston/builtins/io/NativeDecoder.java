package org.pyston.builtins.io;

import org.pyston.builtins.text.Codecs;

/**
 * An incremental decoder for the codecs implemented in Java ({@link Codecs}: utf-8, latin-1,
 * ascii, utf-16 and utf-32 with their -le/-be forms): it decodes the longest prefix of whole
 * characters and keeps the bytes of an unfinished one for the next call. For utf-16 and utf-32
 * the byte order comes from a BOM at the start (skipped), else little-endian, as CPython.
 */
public final class NativeDecoder {
    /** Canonical name ({@link Codecs#canonical}). */
    final String encoding;
    final String errors;
    private byte[] pending = new byte[0];
    /** For utf-16/utf-32: "-le" or "-be" once known; null before the first bytes. */
    private String order;
    /** BOM bytes skipped by the last {@link #decode} call. */
    int lastBom;

    public NativeDecoder(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
    }

    public static boolean supports(String canonical) {
        switch (canonical) {
            case "utf-8": case "latin-1": case "ascii": case "utf-16": case "utf-16-le": case "utf-16-be":
            case "utf-32": case "utf-32-le": case "utf-32-be":
                return true;
            default:
                return false;
        }
    }

    /** Bytes held back from the last call (an unfinished character). */
    public int pending() {
        return pending.length;
    }

    /** Forgets held bytes; {@code atStart}: a BOM may come next (utf-16/utf-32). */
    void reset(boolean atStart) {
        pending = new byte[0];
        if (atStart) {
            order = null;
        } else if (order == null) {
            order = "-le";
        }
    }

    /** Whether decoding then re-encoding gives back the same bytes (so positions can be computed by encoding). */
    boolean lossless() {
        return errors.equals("strict") || errors.equals("surrogateescape") || errors.equals("surrogatepass");
    }

    /** The bytes that {@code text} (decoded by this decoder after the BOM) came from. */
    int encodedLength(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        return Codecs.encode(text, effective(), errors).length;
    }

    private String effective() {
        if (encoding.equals("utf-16") || encoding.equals("utf-32")) {
            return encoding + (order == null ? "-le" : order);
        }
        return encoding;
    }

    public String decode(byte[] input, boolean fin) {
        byte[] b = input;
        if (pending.length > 0) {
            b = new byte[pending.length + input.length];
            System.arraycopy(pending, 0, b, 0, pending.length);
            System.arraycopy(input, 0, b, pending.length, input.length);
        }
        lastBom = 0;
        int start = 0;
        if ((encoding.equals("utf-16") || encoding.equals("utf-32")) && order == null) {
            int unit = encoding.equals("utf-16") ? 2 : 4;
            if (b.length < unit && !fin) {
                pending = b;
                return "";
            }
            order = "-le";
            if (unit == 2 && b.length >= 2) {
                if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                    start = 2;
                } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                    start = 2;
                    order = "-be";
                }
            } else if (unit == 4 && b.length >= 4) {
                if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                    start = 4;
                } else if (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                    start = 4;
                    order = "-be";
                }
            }
            lastBom = start;
        }
        int cut = fin ? b.length : completeEnd(b, start);
        pending = java.util.Arrays.copyOfRange(b, cut, b.length);
        if (cut == start) {
            return "";
        }
        byte[] whole = start == 0 && cut == b.length ? b : java.util.Arrays.copyOfRange(b, start, cut);
        return Codecs.decode(whole, effective(), errors);
    }

    /** The end of the longest prefix of {@code b[start..]} made of whole characters. */
    private int completeEnd(byte[] b, int start) {
        int n = b.length;
        String enc = effective();
        switch (enc) {
            case "utf-8": {
                for (int back = 1; back <= 3 && n - back >= start; back++) {
                    int c = b[n - back] & 0xff;
                    if (c < 0x80) {
                        return n;
                    }
                    if (c >= 0xc0) {
                        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                        return back < need && c <= 0xf4 ? n - back : n;
                    }
                }
                return n;
            }
            case "utf-16-le":
            case "utf-16-be": {
                int end = n - (n - start) % 2;
                if (end - 2 >= start) {
                    int hi = enc.endsWith("le") ? b[end - 1] & 0xff : b[end - 2] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        end -= 2;
                    }
                }
                return end;
            }
            case "utf-32-le":
            case "utf-32-be":
                return n - (n - start) % 4;
            default:
                return n;
        }
    }
}
