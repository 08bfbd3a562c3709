package org.pyston.builtins.socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** The methods of {@code _socket.socket}, with CPython 3.11's argument handling and messages. */
public final class SocketMethods {
    private SocketMethods() {}

    private static final int SOCK_NONBLOCK = 04000;
    private static final int SOCK_CLOEXEC = 02000000;

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PySocket s = new PySocket();
        s.timeout = SocketModule.defaultTimeout();
        return s;
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PySocket self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("socket", args, kwnames, 4, new String[] {"family", "type", "proto", "fileno"}, 0);
        int family = a[0] == null ? -1 : intArg(a[0]);
        int type = a[1] == null ? -1 : intArg(a[1]);
        int proto = a[2] == null ? -1 : intArg(a[2]);
        FileDescriptors fds = FileDescriptors.current();
        if (a[3] != null && a[3] != PyNone.NONE) {
            if (a[3] instanceof PyFloat) {
                throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
            }
            long fd = UnaryOps.indexAsLong(a[3]);
            if (fd < 0) {
                throw PyExceptions.valueError("negative file descriptor");
            }
            OpenFile f = fds.lookup((int) fd);
            if (f == null) {
                throw SocketErrors.error(9);
            }
            if (!(f instanceof SocketFile sf)) {
                throw SocketErrors.error(SocketFile.ENOTSOCK);
            }
            self.family = family == -1 ? sf.family : family;
            self.type = type == -1 ? sf.type : type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            self.proto = proto == -1 ? sf.effectiveProto() : proto;
            self.fd = (int) fd;
        } else {
            family = family == -1 ? SocketFile.AF_INET : family;
            type = type == -1 ? SocketFile.SOCK_STREAM : type;
            proto = proto == -1 ? 0 : proto;
            int kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            SocketFile f;
            try {
                f = SocketFile.open(family, kind, proto);
            } catch (IOException e) {
                throw SocketErrors.fromIO(e);
            }
            self.family = family;
            self.type = kind;
            self.proto = proto;
            self.fd = fds.add(f, false);
            if ((type & SOCK_NONBLOCK) != 0) {
                self.timeout = 0;
            }
        }
        syncBlocking(self);
        return PyNone.NONE;
    }

    static int intArg(Object o) {
        Object u = PyInstance.unwrap(o);
        if (u instanceof PyFloat) {
            throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        }
        long v = UnaryOps.indexAsLong(o);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("signed integer is greater than maximum");
        }
        return (int) v;
    }

    private static int flagsArg(Object o) {
        return o == null ? 0 : intArg(o);
    }

    /** The descriptor's O_NONBLOCK follows the timeout, as CPython sets it for any timeout but None. */
    private static void syncBlocking(PySocket self) {
        int n = self.fd;
        OpenFile f = n < 0 ? null : FileDescriptors.current().lookup(n);
        if (f != null) {
            f.setBlocking(self.timeout < 0);
        }
    }

    // ---- attributes -----------------------------------------------------------------------------

    @PyGetter("family")
    public static Object family(PySocket self) {
        return PyInt.valueOf(self.family);
    }

    @PyGetter("type")
    public static Object type(PySocket self) {
        return PyInt.valueOf(self.type);
    }

    @PyGetter("proto")
    public static Object proto(PySocket self) {
        return PyInt.valueOf(self.proto);
    }

    @PyGetter("timeout")
    public static Object timeoutAttr(PySocket self) {
        return gettimeout(self);
    }

    @PyMethod
    public static Object fileno(PySocket self) {
        return PyInt.valueOf(self.fd);
    }

    @PyMethod
    public static Object detach(PySocket self) {
        int n = self.fd;
        self.fd = -1;
        return PyInt.valueOf(n);
    }

    @PyMethod
    public static Object close(PySocket self) {
        int n = self.fd;
        if (n >= 0) {
            self.fd = -1;
            try {
                FileDescriptors.current().close(n);
            } catch (IOException e) {
                if (SocketErrors.errnoOf(e) != 104) {
                    throw SocketErrors.fromIO(e);
                }
            }
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object whole) {
        PySocket self = (PySocket) PyInstance.unwrap(whole);
        return PyStr.of("<socket object, fd=" + self.fd + ", family=" + self.family + ", type=" + self.type
                + ", proto=" + self.proto + ">");
    }

    // ---- timeouts -------------------------------------------------------------------------------

    /** CPython's socket_parse_timeout: None, or a non-negative number of seconds. */
    static double parseTimeout(Object v) {
        if (v == null || v == PyNone.NONE) {
            return -1;
        }
        Object u = PyInstance.unwrap(v);
        double secs;
        if (u instanceof PyFloat f) {
            secs = f.value;
            if (Double.isNaN(secs)) {
                throw PyExceptions.valueError("Invalid value NaN (not a number)");
            }
        } else {
            secs = IntMath.toDouble(PyInt.valueOf(UnaryOps.indexAsLong(v)));
        }
        if (secs < 0) {
            throw PyExceptions.valueError("Timeout value out of range");
        }
        return secs;
    }

    @PyMethod
    public static Object settimeout(PySocket self, Object value) {
        self.timeout = parseTimeout(value);
        syncBlocking(self);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object gettimeout(PySocket self) {
        double t = self.timeout;
        return t < 0 ? PyNone.NONE : new PyFloat(t);
    }

    @PyMethod
    public static Object setblocking(PySocket self, Object flag) {
        self.timeout = Truth.isTrue(flag) ? -1 : 0;
        syncBlocking(self);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getblocking(PySocket self) {
        return PyBool.of(self.timeout != 0);
    }

    // ---- connections ----------------------------------------------------------------------------

    @PyMethod
    public static Object bind(PySocket self, Object address) {
        SocketFile f = self.file();
        SocketAddress a = SocketAddresses.parse(self.family, address, "bind");
        try {
            f.bind(a);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object listen(PySocket self, Object backlog) {
        SocketFile f = self.file();
        int b = backlog == null ? 128 : Math.max(intArg(backlog), 0);
        try {
            f.listen(b);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "_accept")
    public static Object accept(PySocket self) {
        SocketFile f = self.file();
        try {
            SocketChannel c = f.accept(self.timeoutNanos());
            SocketFile nf = SocketFile.connected(f.family, f.proto, c);
            SocketAddress peer = c.getRemoteAddress();
            int n = FileDescriptors.current().add(nf, false);
            return PyTuple.of(PyInt.valueOf(n), SocketAddresses.format(f.family, peer));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object connect(PySocket self, Object address) {
        SocketFile f = self.file();
        SocketAddress a = SocketAddresses.parse(self.family, address, "connect");
        try {
            f.connect(a, self.timeoutNanos());
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object connect_ex(PySocket self, Object address) {
        SocketFile f = self.file();
        SocketAddress a = SocketAddresses.parse(self.family, address, "connect_ex");
        try {
            f.connect(a, self.timeoutNanos());
            return PyInt.valueOf(0);
        } catch (java.net.SocketTimeoutException e) {
            return PyInt.valueOf(11); // CPython's connect_ex reports a timeout as EWOULDBLOCK
        } catch (IOException e) {
            return PyInt.valueOf(SocketErrors.errnoOf(e));
        }
    }

    @PyMethod
    public static Object shutdown(PySocket self, Object how) {
        SocketFile f = self.file();
        try {
            f.shutdown(intArg(how));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getsockname(PySocket self) {
        SocketFile f = self.file();
        try {
            return SocketAddresses.format(self.family, f.localAddress());
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object getpeername(PySocket self) {
        SocketFile f = self.file();
        try {
            return SocketAddresses.format(self.family, f.remoteAddress());
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    // ---- data -----------------------------------------------------------------------------------

    @PyMethod(required = 1)
    public static Object send(PySocket self, Object data, Object flags) {
        byte[] b = BytesSupport.need(PyInstance.unwrap(data));
        SocketFile f = self.file();
        try {
            return PyInt.valueOf(f.send(ByteBuffer.wrap(b), flagsArg(flags), self.timeoutNanos()));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod(required = 1)
    public static Object sendall(PySocket self, Object data, Object flags) {
        byte[] b = BytesSupport.need(PyInstance.unwrap(data));
        SocketFile f = self.file();
        try {
            f.sendAll(ByteBuffer.wrap(b), flagsArg(flags), self.timeoutNanos());
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 2)
    public static Object sendto(PySocket self, Object data, Object flagsOrAddress, Object address) {
        Object flags = address == null ? null : flagsOrAddress;
        Object addr = address == null ? flagsOrAddress : address;
        byte[] b = BytesSupport.need(PyInstance.unwrap(data));
        int fl = flagsArg(flags);
        SocketFile f = self.file();
        SocketAddress to = SocketAddresses.parse(self.family, addr, "sendto");
        try {
            return PyInt.valueOf(f.sendTo(ByteBuffer.wrap(b), fl, to, self.timeoutNanos()));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod(required = 1)
    public static Object recv(PySocket self, Object bufsize, Object flags) {
        int n = intArg(bufsize);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recv");
        }
        int fl = flagsArg(flags);
        SocketFile f = self.file();
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            int got = f.recv(buf, fl, self.timeoutNanos());
            return PyBytes.wrap(java.util.Arrays.copyOf(buf.array(), got));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod(required = 1)
    public static Object recvfrom(PySocket self, Object bufsize, Object flags) {
        int n = intArg(bufsize);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in recvfrom");
        }
        int fl = flagsArg(flags);
        SocketFile f = self.file();
        ByteBuffer buf = ByteBuffer.allocate(n);
        SocketAddress[] from = new SocketAddress[1];
        try {
            int got = (int) f.receive(buf, fl, self.timeoutNanos(), from);
            return PyTuple.of(PyBytes.wrap(java.util.Arrays.copyOf(buf.array(), got)), sender(self, from[0]));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    private static Object sender(PySocket self, SocketAddress a) {
        return a == null ? PyNone.NONE : SocketAddresses.format(self.family, a);
    }

    /** The writable buffer's length and the count to receive (recv_into's nbytes rules). */
    private static int intoCount(Object buffer, Object nbytes, String fname) {
        Object target = PyInstance.unwrap(buffer);
        if (target instanceof PyBytes || target instanceof PyStr || BytesSupport.data(target) == null) {
            throw PyExceptions.typeError("%s() argument 'buffer' must be read-write bytes-like object, not %s", fname,
                    TypeOps.typeName(buffer));
        }
        long len = ItemOps.len(target);
        int n = nbytes == null ? 0 : intArg(nbytes);
        if (n < 0) {
            throw PyExceptions.valueError("negative buffersize in %s", fname);
        }
        if (n == 0) {
            return (int) len;
        }
        if (n > len) {
            throw PyExceptions.valueError(fname.equals("recv_into") ? "buffer too small for requested bytes"
                    : "nbytes is greater than the length of the buffer");
        }
        return n;
    }

    /** Copies the received bytes into the front of the caller's buffer. */
    private static void copyInto(Object buffer, byte[] data, int n) {
        if (n == 0) {
            return;
        }
        Object target = PyInstance.unwrap(buffer);
        byte[] part = java.util.Arrays.copyOf(data, n);
        if (target instanceof PyByteArray a) {
            a.replace(0, n, part);
            return;
        }
        ItemOps.setItem(target, new PySlice(PyInt.valueOf(0), PyInt.valueOf(n), PyNone.NONE), PyBytes.wrap(part));
    }

    @PyMethod(general = true)
    public static Object recv_into(PySocket self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("recv_into", args, kwnames, 3, new String[] {"buffer", "nbytes", "flags"}, 1);
        int n = intoCount(a[0], a[1], "recv_into");
        int fl = flagsArg(a[2]);
        SocketFile f = self.file();
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            int got = f.recv(buf, fl, self.timeoutNanos());
            copyInto(a[0], buf.array(), got);
            return PyInt.valueOf(got);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod(general = true)
    public static Object recvfrom_into(PySocket self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("recvfrom_into", args, kwnames, 3, new String[] {"buffer", "nbytes", "flags"}, 1);
        int n = intoCount(a[0], a[1], "recvfrom_into");
        int fl = flagsArg(a[2]);
        SocketFile f = self.file();
        ByteBuffer buf = ByteBuffer.allocate(n);
        SocketAddress[] from = new SocketAddress[1];
        try {
            int got = (int) f.receive(buf, fl, self.timeoutNanos(), from);
            copyInto(a[0], buf.array(), got);
            return PyTuple.of(PyInt.valueOf(got), sender(self, from[0]));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    // ---- options --------------------------------------------------------------------------------

    @PyMethod(required = 3)
    public static Object setsockopt(PySocket self, Object level, Object option, Object value, Object optlen) {
        int lv = intArg(level);
        int opt = intArg(option);
        SocketFile f = self.file();
        if (value == PyNone.NONE) {
            if (optlen == null) {
                throw PyExceptions.typeError("setsockopt() takes 3 or 4 arguments (3 given) with value None");
            }
            throw SocketErrors.error(SocketFile.ENOPROTOOPT);
        }
        try {
            SocketOptions.set(f, lv, opt, value);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 2)
    public static Object getsockopt(PySocket self, Object level, Object option, Object buflen) {
        int lv = intArg(level);
        int opt = intArg(option);
        int bl = buflen == null ? -1 : intArg(buflen);
        if (buflen != null && bl <= 0) {
            throw PyExceptions.withMessage(PyExceptions.OS_ERROR, "getsockopt buflen out of range");
        }
        SocketFile f = self.file();
        try {
            return SocketOptions.get(f, lv, opt, bl);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }
}
