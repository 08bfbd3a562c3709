package org.pyston.builtins.text;

/**
 * A built-in object that exports its contents as a contiguous, one-dimensional buffer of items
 * of one native struct format: bytes, bytearray and {@code array.array}. It is what
 * {@code memoryview(obj)} views, live (writes through a view change the object), and what
 * {@link BytesSupport#data} copies wherever a bytes-like object is asked, e.g. {@code bytes(a)},
 * {@code b''.join}, hashing, zlib. A mutable exporter refuses to change its size while a
 * memoryview of it is in use ({@link BufferExports}).
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] bufferBytes();

    /** The size of the buffer in bytes. */
    int bufferLength();

    /** The byte at {@code index}, 0 <= index < bufferLength(). */
    byte bufferGet(int index);

    /** Writes the byte at {@code index}; only called when {@link #bufferReadonly()} is false. */
    default void bufferPut(int index, byte value) {
        throw new UnsupportedOperationException("read-only buffer");
    }

    /** Whether views of this buffer may write. */
    default boolean bufferReadonly() {
        return true;
    }

    /** The struct format of one item (as CPython's Py_buffer.format). */
    default String bufferFormat() {
        return "B";
    }

    /** The size of one item in bytes. */
    default int bufferItemSize() {
        return 1;
    }

    /** Records a new view, which may pin the exporter's size until released (immutable exporters ignore it). */
    default void bufferExport(PyMemoryView view) {
    }

    /** Records that a view was released. */
    default void bufferRelease(PyMemoryView view) {
    }
}
