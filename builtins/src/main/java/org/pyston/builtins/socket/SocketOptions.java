package org.pyston.builtins.socket;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;

/**
 * {@code setsockopt}/{@code getsockopt}: the Linux (level, option) numbers mapped onto java.net's
 * socket options, plus the read-only ones the runtime answers itself (SO_TYPE, SO_DOMAIN,
 * SO_PROTOCOL, SO_ACCEPTCONN, SO_ERROR) or emulates (IPV6_V6ONLY, see {@link SocketFile}). An option Java cannot set is ENOPROTOOPT, as the kernel
 * reports an unknown one, so callers that probe options (create_server's IPV6_V6ONLY) carry on.
 */
final class SocketOptions {
    private SocketOptions() {}

    static final int SOL_SOCKET = 1;
    static final int IPPROTO_IP = 0;
    static final int IPPROTO_TCP = 6;
    static final int IPPROTO_IPV6 = 41;
    static final int IPV6_V6ONLY = 26;
    static final int SO_TYPE = 3;
    static final int SO_ERROR = 4;
    static final int SO_LINGER = 13;
    static final int SO_ACCEPTCONN = 30;
    static final int SO_PROTOCOL = 38;
    static final int SO_DOMAIN = 39;

    /** The java.net option for (level, name), or null. */
    static SocketOption<?> javaOption(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && name == 1) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        if (level == IPPROTO_IP) {
            return switch (name) {
                case 1 -> StandardSocketOptions.IP_TOS;
                case 33 -> StandardSocketOptions.IP_MULTICAST_TTL;
                case 34 -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
        }
        return null;
    }

    /** setsockopt(level, name, value): value an int or a bytes-like (the C struct). */
    @SuppressWarnings("unchecked")
    static void set(SocketFile f, int level, int name, Object value) throws IOException {
        if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY) {
            f.setV6only(UnaryOps.indexAsLong(value) != 0);
            return;
        }
        SocketOption<?> opt = javaOption(level, name);
        if (opt == null) {
            throw new ErrnoException(SocketFile.ENOPROTOOPT);
        }
        Object v = PyInstance.unwrap(value);
        byte[] raw = BytesSupport.data(v);
        long n;
        long second = 0;
        if (raw != null) {
            if (raw.length < 4) {
                throw new ErrnoException(ErrnoException.EINVAL);
            }
            n = le32(raw, 0);
            second = raw.length >= 8 ? le32(raw, 4) : 0;
        } else {
            n = UnaryOps.indexAsLong(value);
        }
        if (opt == StandardSocketOptions.SO_LINGER) {
            f.setOption((SocketOption<Integer>) opt, n != 0 ? (int) second : -1);
        } else if (opt.type() == Boolean.class) {
            f.setOption((SocketOption<Boolean>) opt, n != 0);
        } else {
            f.setOption((SocketOption<Integer>) opt, (int) n);
        }
    }

    /** getsockopt(level, name[, buflen]): an int, or bytes of at most buflen when given. */
    static Object get(SocketFile f, int level, int name, int buflen) throws IOException {
        long a;
        long b = 0;
        if (level == SOL_SOCKET && name == SO_TYPE) {
            a = f.type;
        } else if (level == SOL_SOCKET && name == SO_DOMAIN) {
            a = f.family;
        } else if (level == SOL_SOCKET && name == SO_PROTOCOL) {
            a = f.effectiveProto();
        } else if (level == SOL_SOCKET && name == SO_ACCEPTCONN) {
            a = f.isListening() ? 1 : 0;
        } else if (level == SOL_SOCKET && name == SO_ERROR) {
            a = f.takeError();
        } else if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY) {
            if (f.family != SocketFile.AF_INET6) {
                throw new ErrnoException(SocketFile.ENOPROTOOPT);
            }
            a = f.v6only() ? 1 : 0;
        } else {
            SocketOption<?> opt = javaOption(level, name);
            if (opt == null) {
                throw new ErrnoException(SocketFile.ENOPROTOOPT);
            }
            Object v = f.getOption(opt);
            if (opt == StandardSocketOptions.SO_LINGER) {
                int secs = (Integer) v;
                a = secs >= 0 ? 1 : 0;
                b = Math.max(secs, 0);
            } else if (v instanceof Boolean bool) {
                a = bool ? 1 : 0;
            } else {
                a = ((Number) v).longValue();
            }
        }
        if (buflen < 0) {
            return PyInt.valueOf(a);
        }
        if (buflen > 1024) {
            throw PyExceptions.withMessage(PyExceptions.OS_ERROR, "getsockopt buflen out of range");
        }
        int size = level == SOL_SOCKET && name == SO_LINGER ? 8 : 4;
        byte[] out = new byte[size];
        put32(out, 0, a);
        if (size == 8) {
            put32(out, 4, b);
        }
        return PyBytes.wrap(java.util.Arrays.copyOf(out, Math.min(size, buflen)));
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (long) b[at + 3] << 24;
    }

    private static void put32(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
