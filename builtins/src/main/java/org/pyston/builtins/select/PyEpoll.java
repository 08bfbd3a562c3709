package org.pyston.builtins.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.ChannelFile;
import org.pyston.builtins.posix.DirectoryFile;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.posix.Readiness;

/**
 * {@code select.epoll}: an interest list polled as epoll(7) does, itself a descriptor in the
 * interpreter's table (so {@code fileno()}, {@code fromfd} and {@code os.close} work on it).
 * As Linux's: registering a regular file or directory fails with EPERM, registering twice with
 * EEXIST, modifying or unregistering an unknown descriptor with ENOENT; an entry whose open file
 * is closed drops out of the set; EPOLLONESHOT disables an entry after it is reported until
 * {@code modify}.
 *
 * <p>EPOLLET (edge-triggered) is served level-triggered: a program written for edge-triggered
 * epoll (it reads until EAGAIN after each event) sees the same data, with possibly more wake-ups.
 */
public final class PyEpoll implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("epoll", "select", PyEpoll.class, PyEpoll.class);

    static final int EPOLLET = 1 << 31;
    static final int EPOLLONESHOT = 1 << 30;
    static final int EPOLLEXCLUSIVE = 1 << 28;
    static final int EPOLL_CLOEXEC = 02000000;

    /** One registration: the open file it was made for and the events asked. */
    private static final class Interest {
        final OpenFile file;
        int mask;

        Interest(OpenFile file, int mask) {
            this.file = file;
            this.mask = mask;
        }
    }

    /** The open file behind an epoll descriptor: holds the interest list. */
    static final class EpollFile extends OpenFile {
        /** By descriptor number, in registration order. Guarded by this. */
        final Map<Integer, Interest> interests = new LinkedHashMap<>();

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            throw new ErrnoException(ErrnoException.EINVAL);
        }

        @Override
        public int write(byte[] b, int off, int len) throws IOException {
            throw new ErrnoException(ErrnoException.EINVAL);
        }

        @Override
        public boolean readable() {
            return false;
        }

        @Override
        public boolean writable() {
            return false;
        }

        /** Readable when a poll would report something (epoll sets nest). */
        @Override
        public int readiness() {
            return ready(FileDescriptors.current(), this, false) == null ? 0 : Readiness.READABLE;
        }

        @Override
        protected void closeNow() {
            synchronized (this) {
                interests.clear();
            }
        }
    }

    private final FileDescriptors table;
    /** The descriptor; -1 once closed. */
    private volatile int fd;
    private final EpollFile file;

    private PyEpoll(FileDescriptors table, int fd, EpollFile file) {
        this.table = table;
        this.fd = fd;
        this.file = file;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static void addConstants(PyDict d) {
        d.putStr("EPOLLET", new PyInt(EPOLLET & 0xffffffffL));
        d.putStr("EPOLLONESHOT", new PyInt(EPOLLONESHOT));
        d.putStr("EPOLLEXCLUSIVE", new PyInt(EPOLLEXCLUSIVE));
        d.putStr("EPOLL_CLOEXEC", new PyInt(EPOLL_CLOEXEC));
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return create(rest, kwnames);
    }

    /** {@code epoll(sizehint=-1, flags=0)}. */
    static Object create(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("epoll", args, kwnames, 2, new String[] {"sizehint", "flags"}, 0);
        long sizehint = a[0] == null ? -1 : UnaryOps.indexAsLong(a[0]);
        long flags = a[1] == null ? 0 : UnaryOps.indexAsLong(a[1]);
        if (sizehint != -1 && sizehint <= 0) {
            throw PyExceptions.valueError("negative sizehint");
        }
        if (flags != 0 && flags != EPOLL_CLOEXEC) {
            throw Descriptors.osError(ErrnoException.EINVAL);
        }
        FileDescriptors table = FileDescriptors.current();
        EpollFile f = new EpollFile();
        return new PyEpoll(table, table.add(f, false), f);
    }

    @PyMethod(isClass = true)
    public static Object fromfd(PyType cls, Object fd) {
        FileDescriptors table = FileDescriptors.current();
        int n = Descriptors.fdOf(fd);
        if (!(table.lookup(n) instanceof EpollFile f)) {
            throw Descriptors.osError(table.lookup(n) == null ? ErrnoException.EBADF : ErrnoException.EINVAL);
        }
        return new PyEpoll(table, n, f);
    }

    private void checkOpen() {
        if (fd < 0) {
            throw PyExceptions.valueError("I/O operation on closed epoll object");
        }
    }

    @PyMethod
    public static Object close(PyEpoll self) {
        int n = self.fd;
        if (n >= 0) {
            self.fd = -1;
            try {
                if (self.table.lookup(n) == self.file) {
                    self.table.close(n);
                }
            } catch (IOException e) {
                throw Descriptors.osError(Descriptors.errnoOf(e));
            }
        }
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public static Object closed(PyEpoll self) {
        return PyBool.of(self.fd < 0);
    }

    @PyMethod
    public static Object fileno(PyEpoll self) {
        self.checkOpen();
        return PyInt.valueOf(self.fd);
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyEpoll self) {
        self.checkOpen();
        return self;
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyEpoll self, Object t, Object v, Object tb) {
        return close(self);
    }

    private static int mask(Object o) {
        if (!IntMath.isInt(o)) {
            throw PyExceptions.typeError("an integer is required");
        }
        return (int) UnaryOps.indexAsLong(o);
    }

    /** The open file {@code fd} names, refusing what Linux's epoll_ctl refuses. */
    private OpenFile target(int n) {
        OpenFile f = table.lookup(n);
        if (f == null) {
            throw Descriptors.osError(ErrnoException.EBADF);
        }
        if (f instanceof ChannelFile || f instanceof DirectoryFile) {
            throw Descriptors.osError(ErrnoException.EPERM);
        }
        if (f == file) {
            throw Descriptors.osError(ErrnoException.EINVAL);
        }
        return f;
    }

    @PyMethod(general = true)
    public static Object register(PyEpoll self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("register", args, kwnames, 2, new String[] {"fd", "eventmask"}, 1);
        self.checkOpen();
        int n = Descriptors.fdOf(a[0]);
        int m = a[1] == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : mask(a[1]);
        OpenFile f = self.target(n);
        synchronized (self.file) {
            Interest old = self.file.interests.get(n);
            if (old != null && old.file == self.table.lookup(n)) {
                throw Descriptors.osError(ErrnoException.EEXIST);
            }
            self.file.interests.put(n, new Interest(f, m));
        }
        Readiness.changed();
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object modify(PyEpoll self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("modify", args, kwnames, 2, new String[] {"fd", "eventmask"}, 2);
        self.checkOpen();
        int n = Descriptors.fdOf(a[0]);
        int m = mask(a[1]);
        OpenFile f = self.target(n);
        synchronized (self.file) {
            Interest i = self.file.interests.get(n);
            if (i == null || i.file != f) {
                throw Descriptors.osError(ErrnoException.ENOENT);
            }
            i.mask = m;
        }
        Readiness.changed();
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object unregister(PyEpoll self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("unregister", args, kwnames, 1, new String[] {"fd"}, 1);
        self.checkOpen();
        int n = Descriptors.fdOf(a[0]);
        OpenFile f = self.target(n);
        synchronized (self.file) {
            Interest i = self.file.interests.get(n);
            if (i == null || i.file != f) {
                throw Descriptors.osError(ErrnoException.ENOENT);
            }
            self.file.interests.remove(n);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object poll(PyEpoll self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("poll", args, kwnames, 2, new String[] {"timeout", "maxevents"}, 0);
        self.checkOpen();
        long nanos = -1;
        if (a[0] != null && a[0] != PyNone.NONE) {
            double s;
            if (a[0] instanceof PyFloat fl) {
                s = fl.value;
            } else if (IntMath.isInt(a[0])) {
                s = IntMath.toDouble(a[0]);
            } else {
                throw PyExceptions.typeError("timeout must be an integer or None");
            }
            if (Double.isNaN(s)) {
                throw PyExceptions.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(s) * 1e9 >= 9.223372036854776E18) {
                throw PyExceptions.overflowError("timeout is too large");
            }
            nanos = s < 0 ? -1 : (long) Math.ceil(s * 1e3) * 1_000_000L;
        }
        long max = a[1] == null ? -1 : UnaryOps.indexAsLong(a[1]);
        if (max == -1) {
            max = SelectModule.FD_SETSIZE - 1;
        } else if (max < 1) {
            throw PyExceptions.valueError("maxevents must be greater than 0, got %d", max);
        }
        int limit = (int) Math.min(max, Integer.MAX_VALUE);
        List<Object> r = Descriptors.waitFor(nanos, () -> {
            List<Object> got = ready(self.table, self.file, true);
            return got == null ? null : got.size() > limit ? got.subList(0, limit) : got;
        });
        return r == null ? PyList.of() : PyList.of(r.toArray());
    }

    /**
     * The (fd, events) pairs of {@code ep} with something to report, or null; {@code consume}
     * disarms reported EPOLLONESHOT entries (a real poll), which a nested readiness check must not.
     */
    static List<Object> ready(FileDescriptors table, EpollFile ep, boolean consume) {
        List<Object> out = new ArrayList<>();
        synchronized (ep) {
            var it = ep.interests.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Integer, Interest> e = it.next();
                Interest i = e.getValue();
                if (table.lookup(e.getKey()) != i.file) {
                    // The file was closed (or the number reused): Linux drops it from the set.
                    it.remove();
                    continue;
                }
                int want = i.mask & ~(EPOLLET | EPOLLONESHOT | EPOLLEXCLUSIVE);
                if (want == 0 && (i.mask & EPOLLONESHOT) != 0) {
                    continue;
                }
                int ev = Descriptors.events(table, e.getKey()) & (want | Readiness.POLLERR | Readiness.POLLHUP);
                if (ev != 0) {
                    out.add(PyTuple.of(PyInt.valueOf(e.getKey()), PyInt.valueOf(ev)));
                    if (consume && (i.mask & EPOLLONESHOT) != 0) {
                        i.mask = EPOLLONESHOT;
                    }
                }
            }
        }
        return out.isEmpty() ? null : out;
    }
}
