package org.pyston.builtins.hash;

/** A running hash computation: what every hash object of hashlib's built-in modules wraps. */
interface Digest {
    void update(byte[] b, int off, int len);

    /** The digest of everything so far ({@code length} bytes for an XOF), leaving this state usable. */
    byte[] digest(int length);

    /**
     * The digest of everything so far, after which this state is not used again: saves the copy
     * {@link #digest} makes where the algorithm's own finishing is destructive.
     */
    default byte[] finish(int length) {
        return digest(length);
    }

    /** An independent copy of the current state. */
    Digest copy();
}
