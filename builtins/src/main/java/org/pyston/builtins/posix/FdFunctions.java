package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The descriptor functions of {@code posix}: {@code open}, {@code read}, {@code write},
 * {@code close}, {@code lseek}, {@code dup}, {@code pipe} ... over the interpreter's
 * {@link FileDescriptors} table. Descriptors these create are non-inheritable, as CPython's
 * (PEP 446).
 */
public final class FdFunctions {
    private FdFunctions() {}

    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;
    public static final int O_NONBLOCK = 04000;
    public static final int O_DSYNC = 010000;
    public static final int O_DIRECTORY = 0200000;
    public static final int O_NOFOLLOW = 0400000;
    public static final int O_CLOEXEC = 02000000;
    public static final int O_SYNC = 04010000;

    /** A descriptor argument: an int (or __index__), not a float or bool-like misuse. */
    static int fdArg(Object o) {
        if (o instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        long fd = UnaryOps.indexAsLong(o);
        if (fd > Integer.MAX_VALUE || fd < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("fd is greater than maximum");
        }
        return (int) fd;
    }

    /** An fd or an object with {@code fileno()} (what fsync and friends take). */
    static int fileDescriptor(Object o) {
        if (o instanceof PyInt || TypeOps.typeOf(o).lookup("__index__") != null) {
            return fdArg(o);
        }
        if (TypeOps.typeOf(o).lookup("fileno") == null) {
            throw PyExceptions.typeError("argument must be an int, or have a fileno() method.");
        }
        Object r = CallOps.callMethod(o, "fileno", new Object[0], null);
        if (!(r instanceof PyInt)) {
            throw PyExceptions.typeError("fileno() returned a non-integer");
        }
        return fdArg(r);
    }

    static OpenFile file(int fd) {
        try {
            return FileDescriptors.current().get(fd);
        } catch (ErrnoException e) {
            throw PosixErrors.error(e.errno);
        }
    }

    @PyMethod(general = true)
    public static Object open(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("open", args, kwnames, 3, new String[] {"path", "flags", "mode", "dir_fd"}, 2);
        StatFunctions.noDirFd("open", a[3]);
        PathArg p = PathArg.of("open", "path", a[0], false);
        int flags = fdArg(a[1]);
        int mode = a[2] == null ? 0777 : fdArg(a[2]);
        try {
            OpenFile f = openFile(p.path(), flags, mode);
            return PyInt.valueOf(FileDescriptors.current().add(f, false));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
    }

    /**
     * Opens {@code path} as open(2) does with {@code flags} and creation {@code mode} (less the
     * interpreter's umask). Public for the io stack's {@code FileIO(name)}.
     */
    public static OpenFile openFile(Path path, int flags, int mode) throws IOException {
        int acc = flags & 3;
        boolean read = acc == 0 || acc == O_RDWR;
        boolean write = acc == O_WRONLY || acc == O_RDWR;
        boolean follow = (flags & O_NOFOLLOW) == 0;
        LinkOption[] lo = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        if (exists && (flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL)) {
            throw new ErrnoException(ErrnoException.EEXIST);
        }
        if (!follow && Files.isSymbolicLink(path)) {
            throw new ErrnoException(ErrnoException.ELOOP);
        }
        if (exists && Files.isDirectory(path, lo)) {
            if (write || (flags & O_CREAT) != 0) {
                throw new ErrnoException(ErrnoException.EISDIR);
            }
            return new DirectoryFile(path);
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw new ErrnoException(exists || Files.exists(path) ? ErrnoException.ENOTDIR : ErrnoException.ENOENT);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (read) {
            opts.add(StandardOpenOption.READ);
        }
        if (write) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && write) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        if (!follow) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        FileChannel ch = FileChannel.open(path, opts);
        if (!exists && (flags & O_CREAT) != 0) {
            // The JVM's own umask applied at creation; apply the interpreter's instead.
            try {
                Files.setAttribute(path, "unix:mode", mode & 07777 & ~PosixState.current().umask());
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // not a POSIX file system: keep what the JVM made
            }
        }
        ChannelFile f = new ChannelFile(ch, path, read, write, (flags & O_APPEND) != 0);
        if ((flags & O_NONBLOCK) != 0) {
            f.setBlocking(false);
        }
        return f;
    }

    @PyMethod
    public static Object close(Object fd) {
        try {
            FileDescriptors.current().close(fdArg(fd));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object closerange(Object low, Object high) {
        int lo = Math.max(0, fdArg(low));
        int hi = fdArg(high);
        FileDescriptors t = FileDescriptors.current();
        for (int fd : t.openDescriptors()) {
            if (fd >= lo && fd < hi) {
                try {
                    t.close(fd);
                } catch (IOException e) {
                    // closerange ignores errors, as CPython's
                }
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object read(Object fd, Object length) {
        long n = UnaryOps.indexAsLong(length);
        if (n < 0) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        OpenFile f = file(fdArg(fd));
        byte[] buf = new byte[(int) Math.min(n, 1 << 24)];
        try {
            int got = f.read(buf, 0, buf.length);
            return PyBytes.wrap(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object write(Object fd, Object data) {
        int n = fdArg(fd);
        byte[] b = BytesSupport.need(data);
        OpenFile f = file(n);
        try {
            return PyInt.valueOf(f.write(b, 0, b.length));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object writev(Object fd, Object buffers) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Object o : IterOps.toArray(buffers)) {
            all.writeBytes(BytesSupport.need(o));
        }
        return write(fd, PyBytes.wrap(all.toByteArray()));
    }

    @PyMethod
    public static Object pread(Object fd, Object length, Object offset) {
        OpenFile f = file(fdArg(fd));
        try {
            synchronized (f) {
                long saved = f.seek(0, 1);
                f.seek(UnaryOps.indexAsLong(offset), 0);
                try {
                    return read(fd, length);
                } finally {
                    f.seek(saved, 0);
                }
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object pwrite(Object fd, Object data, Object offset) {
        OpenFile f = file(fdArg(fd));
        try {
            synchronized (f) {
                long saved = f.seek(0, 1);
                f.seek(UnaryOps.indexAsLong(offset), 0);
                try {
                    return write(fd, data);
                } finally {
                    f.seek(saved, 0);
                }
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object lseek(Object fd, Object position, Object whence) {
        OpenFile f = file(fdArg(fd));
        try {
            return PyInt.valueOf(f.seek(UnaryOps.indexAsLong(position), fdArg(whence)));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object ftruncate(Object fd, Object length) {
        OpenFile f = file(fdArg(fd));
        try {
            f.truncate(UnaryOps.indexAsLong(length));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object truncate(Object path, Object length) {
        PathArg p = PathArg.of("truncate", "path", path, true);
        if (p.isFd()) {
            return ftruncate(PyInt.valueOf(p.fd), length);
        }
        try {
            OpenFile f = openFile(p.path(), O_WRONLY, 0);
            try {
                f.truncate(UnaryOps.indexAsLong(length));
            } finally {
                f.release();
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object fsync(Object fd) {
        OpenFile f = file(fileDescriptor(fd));
        try {
            f.sync();
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object fdatasync(Object fd) {
        return fsync(fd);
    }

    @PyMethod
    public static Object isatty(Object fd) {
        OpenFile f = FileDescriptors.current().lookup(fdArg(fd));
        return PyBool.of(f != null && f.isatty());
    }

    @PyMethod(name = "device_encoding")
    public static Object deviceEncoding(Object fd) {
        OpenFile f = FileDescriptors.current().lookup(fdArg(fd));
        return f != null && f.isatty() ? PyStr.of("UTF-8") : PyNone.NONE;
    }

    @PyMethod
    public static Object dup(Object fd) {
        try {
            return PyInt.valueOf(FileDescriptors.current().dup(fdArg(fd), false));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod(general = true)
    public static Object dup2(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("dup2", args, kwnames, 3, new String[] {"fd", "fd2", "inheritable"}, 2);
        try {
            return PyInt.valueOf(FileDescriptors.current().dup2(fdArg(a[0]), fdArg(a[1]),
                    a[2] == null || Truth.isTrue(a[2])));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object pipe() {
        Pipe p = new Pipe();
        FileDescriptors t = FileDescriptors.current();
        int r = t.add(p.reader, false);
        int w = t.add(p.writer, false);
        return PyTuple.of(PyInt.valueOf(r), PyInt.valueOf(w));
    }

    @PyMethod
    public static Object pipe2(Object flags) {
        int fl = fdArg(flags);
        Pipe p = new Pipe();
        boolean blocking = (fl & O_NONBLOCK) == 0;
        p.reader.setBlocking(blocking);
        p.writer.setBlocking(blocking);
        FileDescriptors t = FileDescriptors.current();
        boolean inheritable = (fl & O_CLOEXEC) == 0;
        int r = t.add(p.reader, inheritable);
        int w = t.add(p.writer, inheritable);
        return PyTuple.of(PyInt.valueOf(r), PyInt.valueOf(w));
    }

    @PyMethod(name = "get_inheritable")
    public static Object getInheritable(Object fd) {
        try {
            return PyBool.of(FileDescriptors.current().isInheritable(fdArg(fd)));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod(name = "set_inheritable")
    public static Object setInheritable(Object fd, Object inheritable) {
        try {
            FileDescriptors.current().setInheritable(fdArg(fd), Truth.isTrue(inheritable));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "get_blocking")
    public static Object getBlocking(Object fd) {
        return PyBool.of(file(fdArg(fd)).isBlocking());
    }

    @PyMethod(name = "set_blocking")
    public static Object setBlocking(Object fd, Object blocking) {
        file(fdArg(fd)).setBlocking(Truth.isTrue(blocking));
        return PyNone.NONE;
    }
}
