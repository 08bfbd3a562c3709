package org.pyston.builtins.text;

/**
 * An object other than bytes, bytearray and memoryview that exposes its contents as a
 * (contiguous, one-dimensional) buffer, such as {@code array.array}: bytes-like wherever
 * {@link BytesSupport#data} is asked, e.g. {@code bytes(a)}, {@code b''.join}, hashing, zlib.
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] bufferBytes();
}
