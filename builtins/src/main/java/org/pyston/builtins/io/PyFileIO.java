package org.pyston.builtins.io;

import java.io.IOException;
import java.lang.ref.Cleaner;

import org.pyston.builtins.object.PyType;

/**
 * {@code _io.FileIO}: raw, unbuffered binary I/O on one descriptor of the interpreter's
 * {@link FileDescriptors}. An instance that is never closed closes its descriptor when it is
 * collected (CPython closes it on deallocation), so scripts that rely on that do not run out of
 * descriptors.
 */
public final class PyFileIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("FileIO", "_io", PyFileIO.class, FileIOMethods.class, true,
            PyIOBase.RAW_IO_BASE);

    private static final Cleaner CLEANER = Cleaner.create();

    FileDescriptors table;
    /** The descriptor; -1 once closed (or before __init__). */
    int fd = -1;
    FileDescriptors.Fd file;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    /** {@code name} (the path or the descriptor as given); settable as CPython's instance attribute. */
    Object name;
    private Cleaner.Cleanable cleanable;

    PyFileIO() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    boolean isClosed() {
        return fd < 0;
    }

    FileDescriptors.Fd file() {
        if (fd < 0) {
            throw IOSupport.closedFile();
        }
        return file;
    }

    void attach(FileDescriptors table, int fd, boolean closefd) {
        this.table = table;
        this.fd = fd;
        this.file = table.get(fd);
        this.closefd = closefd;
        if (closefd && fd > 2) {
            FileDescriptors.Fd f = file;
            cleanable = CLEANER.register(this, () -> {
                try {
                    if (table.get(fd) == f) {
                        table.close(fd);
                    }
                } catch (IOException e) {
                    // collected: nobody to tell
                }
            });
        }
    }

    /** Closes the descriptor (when closefd) and marks this closed. */
    void closeFd() throws IOException {
        int n = fd;
        fd = -1;
        if (cleanable != null) {
            cleanable.clean();
            cleanable = null;
        } else if (closefd && n >= 0) {
            table.close(n);
        }
    }

    /** CPython's FileIO.mode string. */
    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }
}
