package org.pyston.builtins.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, SHA-1 and the SHA-2 family through {@link MessageDigest} (every JDK provides them). */
final class JdkDigest implements Digest {
    private final MessageDigest md;

    private JdkDigest(MessageDigest md) {
        this.md = md;
    }

    static JdkDigest of(String jdkName) {
        try {
            return new JdkDigest(MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    @Override
    public void update(byte[] b, int off, int len) {
        md.update(b, off, len);
    }

    @Override
    public byte[] digest(int length) {
        return ((JdkDigest) copy()).md.digest();
    }

    @Override
    public byte[] finish(int length) {
        return md.digest();
    }

    @Override
    public Digest copy() {
        try {
            return new JdkDigest((MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
