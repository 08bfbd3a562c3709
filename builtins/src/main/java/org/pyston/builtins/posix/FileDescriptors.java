package org.pyston.builtins.posix;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

import org.pyston.builtins.runtime.Interpreter;

/**
 * One interpreter's file descriptor table: small ints naming {@link OpenFile}s, as a POSIX
 * process's table does. The JVM cannot hand out real descriptors, so these numbers are the
 * interpreter's own; {@code os.open}, {@code os.pipe}, {@code _io.FileIO} and
 * {@code _posixsubprocess} all allocate here, so an fd from one works with the others.
 *
 * <p>Per interpreter (several interpreters in one JVM each have their own 0, 1, 2): 0, 1, 2 are
 * the streams the interpreter was created with ({@link #install}); when those are the JVM's own
 * {@code System.in/out/err} they write to the process's descriptors unbuffered. New descriptors
 * take the lowest free number. Each entry carries its close-on-exec flag ("inheritable" is its
 * inverse, as {@code os.get_inheritable} reports). Thread-safe (synchronized on the table).
 *
 * <p>The public API, for the io stack and the other modules that take descriptors:
 * {@link #of(Interpreter)} / {@link #current()}, {@link #add}, {@link #get} (EBADF when not open),
 * {@link #lookup} (null when not open), {@link #close}, {@link #dup}, {@link #dup2}.
 */
public final class FileDescriptors {
    private static final class Entry {
        final OpenFile file;
        boolean inheritable;

        Entry(OpenFile file, boolean inheritable) {
            this.file = file;
            this.inheritable = inheritable;
        }
    }

    /** Open descriptors by number. */
    private final TreeMap<Integer, Entry> table = new TreeMap<>();

    private FileDescriptors() {}

    /** The table of {@code interp} (made on first use, on the JVM's standard streams unless installed). */
    public static FileDescriptors of(Interpreter interp) {
        return interp.moduleState(FileDescriptors.class, () -> {
            FileDescriptors t = new FileDescriptors();
            t.setStandardStreams(System.in, System.out, System.err);
            return t;
        });
    }

    /** The table of the current thread's interpreter. */
    public static FileDescriptors current() {
        return of(Interpreter.current());
    }

    /** Makes 0, 1, 2 of {@code interp}'s table the given streams (what the interpreter was created with). */
    public static void install(Interpreter interp, InputStream in, OutputStream out, OutputStream err) {
        of(interp).setStandardStreams(in, out, err);
    }

    private synchronized void setStandardStreams(InputStream in, OutputStream out, OutputStream err) {
        table.put(0, new Entry(stream(in, null, 0), true));
        table.put(1, new Entry(stream(null, out, 1), true));
        table.put(2, new Entry(stream(null, err, 2), true));
    }

    private static StreamFile stream(InputStream in, OutputStream out, int n) {
        boolean process = n == 0 ? in == System.in : n == 1 ? out == System.out : out == System.err;
        if (!process) {
            return new StreamFile(in, out, -1, false);
        }
        if (out != null) {
            // System.out/err buffer on their own: flush them, then write to the descriptor itself.
            try {
                out.flush();
            } catch (IOException e) {
                // nothing was pending
            }
            out = new FileOutputStream(n == 1 ? FileDescriptor.out : FileDescriptor.err);
        }
        return new StreamFile(in, out, n, isTerminal(n));
    }

    /** Whether the JVM process's descriptor {@code n} is a terminal (Linux: /proc/self/fd/N names a tty). */
    static boolean isTerminal(int n) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + n)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Whether the JVM process's descriptor {@code n} is a regular file (a redirect from a file). */
    static boolean isRegularFile(int n) {
        try {
            return Files.isRegularFile(Path.of("/proc/self/fd/" + n));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Gives {@code file} the lowest free descriptor; the table takes over the caller's reference. */
    public synchronized int add(OpenFile file, boolean inheritable) {
        int n = 0;
        for (Integer k : table.keySet()) {
            if (k != n) {
                break;
            }
            n++;
        }
        table.put(n, new Entry(file, inheritable));
        return n;
    }

    /** The open file {@code fd} refers to; EBADF when it is not open. */
    public synchronized OpenFile get(int fd) throws ErrnoException {
        Entry e = table.get(fd);
        if (e == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        return e.file;
    }

    /** The open file {@code fd} refers to, or null. */
    public synchronized OpenFile lookup(int fd) {
        Entry e = table.get(fd);
        return e == null ? null : e.file;
    }

    /** Closes {@code fd}: the open file closes when no other descriptor or child holds it. */
    public void close(int fd) throws IOException {
        Entry e;
        synchronized (this) {
            e = table.remove(fd);
        }
        if (e == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        e.file.release();
    }

    /** {@code os.dup}: a new, lowest-numbered descriptor for the same open file. */
    public synchronized int dup(int fd, boolean inheritable) throws ErrnoException {
        OpenFile f = get(fd);
        return add(f.retain(), inheritable);
    }

    /** {@code os.dup2}: makes {@code fd2} refer to {@code fd}'s open file, closing what it referred to. */
    public int dup2(int fd, int fd2, boolean inheritable) throws IOException {
        if (fd2 < 0) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        Entry old;
        synchronized (this) {
            OpenFile f = get(fd);
            if (fd == fd2) {
                return fd2;
            }
            old = table.put(fd2, new Entry(f.retain(), inheritable));
        }
        if (old != null) {
            old.file.release();
        }
        return fd2;
    }

    public synchronized boolean isInheritable(int fd) throws ErrnoException {
        Entry e = table.get(fd);
        if (e == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        return e.inheritable;
    }

    public synchronized void setInheritable(int fd, boolean inheritable) throws ErrnoException {
        Entry e = table.get(fd);
        if (e == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        e.inheritable = inheritable;
    }

    /** The open descriptors, ascending. */
    public synchronized int[] openDescriptors() {
        return table.keySet().stream().mapToInt(Integer::intValue).toArray();
    }
}
