package org.pyston.builtins.text;

/** {@code bytes % args}: {@link PercentFormatter} over Latin-1 strings (one char per byte). */
final class BytesFormat {
    private BytesFormat() {
    }

    static byte[] format(byte[] fmt, Object args) {
        return BytesSupport.fromLatin1(PercentFormatter.format(BytesSupport.latin1(fmt), args, true));
    }
}
