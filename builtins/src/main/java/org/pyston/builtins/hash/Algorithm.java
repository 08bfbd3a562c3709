package org.pyston.builtins.hash;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The digest algorithms {@code _hashlib} offers, by the name Python gives them ({@code "sha256"},
 * {@code "sha512_224"}, {@code "shake_128"}, {@code "md5-sha1"}): where OpenSSL is CPython's
 * provider, ours are the JDK's {@link java.security.MessageDigest}s and our own Keccak and BLAKE2.
 *
 * @param xof an extendable-output function (SHAKE): digest size 0, {@code digest(length)}
 */
record Algorithm(String name, int digestSize, int blockSize, boolean xof, Supplier<Digest> factory) {

    private static final Map<String, Algorithm> BY_NAME = new TreeMap<>();

    static {
        jdk("md5", "MD5", 16, 64);
        jdk("sha1", "SHA-1", 20, 64);
        jdk("sha224", "SHA-224", 28, 64);
        jdk("sha256", "SHA-256", 32, 64);
        jdk("sha384", "SHA-384", 48, 128);
        jdk("sha512", "SHA-512", 64, 128);
        jdk("sha512_224", "SHA-512/224", 28, 128);
        jdk("sha512_256", "SHA-512/256", 32, 128);
        for (int bits : new int[] {224, 256, 384, 512}) {
            int rate = 200 - 2 * bits / 8;
            add(new Algorithm("sha3_" + bits, bits / 8, rate, false, () -> new Keccak(rate, 0x06)));
        }
        add(new Algorithm("shake_128", 0, 168, true, () -> new Keccak(168, 0x1f)));
        add(new Algorithm("shake_256", 0, 136, true, () -> new Keccak(136, 0x1f)));
        add(new Algorithm("blake2b", 64, 128, false, () -> new Blake2(true, Blake2.Params.plain(64))));
        add(new Algorithm("blake2s", 32, 64, false, () -> new Blake2(false, Blake2.Params.plain(32))));
        // TLS 1.0's MD5 and SHA-1 side by side, which OpenSSL names "md5-sha1".
        add(new Algorithm("md5-sha1", 36, 64, false,
                () -> new ConcatDigest(JdkDigest.of("MD5"), 16, JdkDigest.of("SHA-1"), 20)));
    }

    private static void jdk(String name, String jdkName, int digestSize, int blockSize) {
        add(new Algorithm(name, digestSize, blockSize, false, () -> JdkDigest.of(jdkName)));
    }

    private static void add(Algorithm a) {
        BY_NAME.put(a.name, a);
    }

    /** The names, as {@code _hashlib.openssl_md_meth_names}. */
    static Iterable<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * OpenSSL 3's own names of the algorithms (case does not matter in them), which CPython's
     * {@code _hashlib.new} accepts besides the Python names: {@code "SHA256"}, {@code "sha3-256"},
     * {@code "blake2b512"}.
     */
    private static final Map<String, String> OPENSSL_NAMES = Map.ofEntries(
            Map.entry("sha-1", "sha1"), Map.entry("ssl3-sha1", "sha1"),
            Map.entry("sha-224", "sha224"), Map.entry("sha2-224", "sha224"),
            Map.entry("sha-256", "sha256"), Map.entry("sha2-256", "sha256"),
            Map.entry("sha-384", "sha384"), Map.entry("sha2-384", "sha384"),
            Map.entry("sha-512", "sha512"), Map.entry("sha2-512", "sha512"),
            Map.entry("sha512-224", "sha512_224"), Map.entry("sha-512/224", "sha512_224"),
            Map.entry("sha2-512/224", "sha512_224"),
            Map.entry("sha512-256", "sha512_256"), Map.entry("sha-512/256", "sha512_256"),
            Map.entry("sha2-512/256", "sha512_256"),
            Map.entry("sha3-224", "sha3_224"), Map.entry("sha3-256", "sha3_256"),
            Map.entry("sha3-384", "sha3_384"), Map.entry("sha3-512", "sha3_512"),
            Map.entry("shake-128", "shake_128"), Map.entry("shake128", "shake_128"),
            Map.entry("shake-256", "shake_256"), Map.entry("shake256", "shake_256"),
            Map.entry("blake2b-512", "blake2b"), Map.entry("blake2b512", "blake2b"),
            Map.entry("blake2s-256", "blake2s"), Map.entry("blake2s256", "blake2s"));

    /**
     * The algorithm called {@code name}, or null: a Python name exactly, or one of OpenSSL's
     * names in any case, as CPython's lookup (so {@code "SHA256"} is found and {@code "Blake2b"} not).
     */
    static Algorithm lookup(String name) {
        Algorithm a = BY_NAME.get(name);
        if (a != null) {
            return a;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("md5") || n.equals("sha1") || n.startsWith("sha") && n.length() == 6 || n.equals("md5-sha1")) {
            return BY_NAME.get(n); // names OpenSSL and Python share: md5, sha1, sha224 ... sha512
        }
        String python = OPENSSL_NAMES.get(n);
        return python == null ? null : BY_NAME.get(python);
    }

    Digest newDigest() {
        return factory.get();
    }

    /** Two digests of the same input, their outputs concatenated. */
    private record ConcatDigest(Digest first, int firstSize, Digest second, int secondSize) implements Digest {
        @Override
        public void update(byte[] b, int off, int len) {
            first.update(b, off, len);
            second.update(b, off, len);
        }

        @Override
        public byte[] digest(int length) {
            byte[] out = new byte[firstSize + secondSize];
            System.arraycopy(first.digest(firstSize), 0, out, 0, firstSize);
            System.arraycopy(second.digest(secondSize), 0, out, firstSize, secondSize);
            return out;
        }

        @Override
        public Digest copy() {
            return new ConcatDigest(first.copy(), firstSize, second.copy(), secondSize);
        }
    }
}
