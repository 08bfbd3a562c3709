package org.pyston.builtins.io;

import java.io.IOException;
import java.lang.ref.Cleaner;

import org.pyston.builtins.object.PyType;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;

/**
 * {@code _io.FileIO}: raw, unbuffered binary I/O on one descriptor of the interpreter's
 * {@link FileDescriptors} (the table {@code os.open}, {@code os.pipe} and {@code subprocess}
 * use too). As CPython's, it names a descriptor, not a file: each operation looks the descriptor
 * up, so after {@code os.close(fd)} it fails with EBADF and after {@code os.dup2} it sees the new
 * file. An instance that is never closed closes its descriptor when it is
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
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    /** {@code name} (the path or the descriptor as given); settable as CPython's instance attribute. */
    Object name;
    private Cleaner.Cleanable cleanable;
    /** Set by an explicit close, so the cleaner does not close a descriptor number reused since. */
    private java.util.concurrent.atomic.AtomicBoolean closedExplicitly;

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

    /** The open file the descriptor refers to now; ValueError when this is closed, OSError(EBADF) when the fd is. */
    OpenFile file() {
        if (fd < 0) {
            throw IOSupport.closedFile();
        }
        try {
            return table.get(fd);
        } catch (ErrnoException e) {
            throw IOSupport.osError(e.errno);
        }
    }

    void attach(FileDescriptors table, int fd, boolean closefd) {
        this.table = table;
        this.fd = fd;
        this.closefd = closefd;
        if (closefd && fd > 2) {
            OpenFile f = table.lookup(fd);
            java.util.concurrent.atomic.AtomicBoolean done = closedExplicitly = new java.util.concurrent.atomic.AtomicBoolean();
            cleanable = CLEANER.register(this, () -> {
                try {
                    if (!done.get() && table.lookup(fd) == f) {
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
            closedExplicitly.set(true);
            cleanable.clean();
            cleanable = null;
        }
        if (closefd && n >= 0) {
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
