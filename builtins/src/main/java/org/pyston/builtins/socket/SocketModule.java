package org.pyston.builtins.socket;

import java.io.IOException;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _socket} module under CPython's {@code socket.py}: the {@link PySocket} type, Linux's
 * constants, {@code socketpair}, {@code dup}/{@code close} of socket descriptors, the default
 * timeout (per interpreter), byte-order and address-text conversions, and the resolver functions
 * ({@link Resolver}).
 */
public final class SocketModule {
    private SocketModule() {}

    /** Per-interpreter module state: the default timeout for new sockets (seconds, -1 for None). */
    private static final class Defaults {
        volatile double timeout = -1;
    }

    private static Defaults defaults() {
        return Interpreter.current().moduleState(Defaults.class, Defaults::new);
    }

    static double defaultTimeout() {
        return defaults().timeout;
    }

    /** Linux's values of the constants CPython's _socket exports (name, value pairs). */
    private static final Object[] CONSTANTS = {
            "AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_AX25", 3, "AF_IPX", 4, "AF_APPLETALK", 5,
            "AF_NETROM", 6, "AF_BRIDGE", 7, "AF_ATMPVC", 8, "AF_X25", 9, "AF_INET6", 10, "AF_ROSE", 11,
            "AF_DECnet", 12, "AF_NETBEUI", 13, "AF_SECURITY", 14, "AF_KEY", 15, "AF_NETLINK", 16,
            "AF_ROUTE", 16, "AF_PACKET", 17, "AF_ASH", 18, "AF_ECONET", 19, "AF_ATMSVC", 20, "AF_RDS", 21,
            "AF_SNA", 22, "AF_IRDA", 23, "AF_PPPOX", 24, "AF_WANPIPE", 25, "AF_LLC", 26, "AF_CAN", 29,
            "AF_TIPC", 30, "AF_ALG", 38, "AF_VSOCK", 40, "AF_QIPCRTR", 42, "AI_PASSIVE", 1, "AI_CANONNAME", 2,
            "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 16, "AI_ADDRCONFIG", 32, "AI_NUMERICSERV", 1024,
            "EAI_OVERFLOW", -12, "EAI_SYSTEM", -11, "EAI_MEMORY", -10, "EAI_ADDRFAMILY", -9, "EAI_SERVICE", -8,
            "EAI_SOCKTYPE", -7, "EAI_FAMILY", -6, "EAI_NODATA", -5, "EAI_FAIL", -4, "EAI_AGAIN", -3,
            "EAI_NONAME", -2, "EAI_BADFLAGS", -1, "INADDR_ANY", 0, "INADDR_LOOPBACK", 2130706433,
            "INADDR_UNSPEC_GROUP", 3758096384L, "INADDR_ALLHOSTS_GROUP", 3758096385L,
            "INADDR_MAX_LOCAL_GROUP", 3758096639L, "INADDR_BROADCAST", 4294967295L, "INADDR_NONE", 4294967295L,
            "IP_DEFAULT_MULTICAST_LOOP", 1, "IP_DEFAULT_MULTICAST_TTL", 1, "IP_TOS", 1, "IP_TTL", 2,
            "IP_HDRINCL", 3, "IP_OPTIONS", 4, "IP_RECVOPTS", 6, "IP_RECVRETOPTS", 7, "IP_RETOPTS", 7,
            "IP_RECVTOS", 13, "IP_TRANSPARENT", 19, "IP_MAX_MEMBERSHIPS", 20, "IP_BIND_ADDRESS_NO_PORT", 24,
            "IP_MULTICAST_IF", 32, "IP_MULTICAST_TTL", 33, "IP_MULTICAST_LOOP", 34, "IP_ADD_MEMBERSHIP", 35,
            "IP_DROP_MEMBERSHIP", 36, "IPPORT_RESERVED", 1024, "IPPORT_USERRESERVED", 5000,
            "IPPROTO_HOPOPTS", 0, "IPPROTO_IP", 0, "IPPROTO_ICMP", 1, "IPPROTO_IGMP", 2, "IPPROTO_IPIP", 4,
            "IPPROTO_TCP", 6, "IPPROTO_EGP", 8, "IPPROTO_PUP", 12, "IPPROTO_UDP", 17, "IPPROTO_IDP", 22,
            "IPPROTO_TP", 29, "IPPROTO_IPV6", 41, "IPPROTO_ROUTING", 43, "IPPROTO_FRAGMENT", 44,
            "IPPROTO_RSVP", 46, "IPPROTO_GRE", 47, "IPPROTO_ESP", 50, "IPPROTO_AH", 51, "IPPROTO_ICMPV6", 58,
            "IPPROTO_NONE", 59, "IPPROTO_DSTOPTS", 60, "IPPROTO_PIM", 103, "IPPROTO_SCTP", 132,
            "IPPROTO_UDPLITE", 136, "IPPROTO_RAW", 255, "IPPROTO_MPTCP", 262, "IPV6_RTHDR_TYPE_0", 0,
            "IPV6_CHECKSUM", 7, "IPV6_NEXTHOP", 9, "IPV6_UNICAST_HOPS", 16, "IPV6_MULTICAST_IF", 17,
            "IPV6_MULTICAST_HOPS", 18, "IPV6_MULTICAST_LOOP", 19, "IPV6_JOIN_GROUP", 20,
            "IPV6_LEAVE_GROUP", 21, "IPV6_V6ONLY", 26, "IPV6_RECVPKTINFO", 49, "IPV6_PKTINFO", 50,
            "IPV6_RECVHOPLIMIT", 51, "IPV6_HOPLIMIT", 52, "IPV6_RECVHOPOPTS", 53, "IPV6_HOPOPTS", 54,
            "IPV6_RTHDRDSTOPTS", 55, "IPV6_RECVRTHDR", 56, "IPV6_RTHDR", 57, "IPV6_RECVDSTOPTS", 58,
            "IPV6_DSTOPTS", 59, "IPV6_RECVPATHMTU", 60, "IPV6_PATHMTU", 61, "IPV6_DONTFRAG", 62,
            "IPV6_RECVTCLASS", 66, "IPV6_TCLASS", 67, "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_DONTROUTE", 4,
            "MSG_CTRUNC", 8, "MSG_TRUNC", 32, "MSG_DONTWAIT", 64, "MSG_EOR", 128, "MSG_WAITALL", 256,
            "MSG_CONFIRM", 2048, "MSG_ERRQUEUE", 8192, "MSG_NOSIGNAL", 16384, "MSG_MORE", 32768,
            "MSG_FASTOPEN", 536870912, "MSG_CMSG_CLOEXEC", 1073741824, "NI_NUMERICHOST", 1,
            "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8, "NI_DGRAM", 16, "NI_MAXSERV", 32,
            "NI_MAXHOST", 1025, "PF_PACKET", 17, "PF_RDS", 21, "PF_CAN", 29, "SCM_J1939_DEST_ADDR", 1,
            "SCM_RIGHTS", 1, "SCM_CREDENTIALS", 2, "SCM_J1939_DEST_NAME", 2, "SCM_J1939_PRIO", 3,
            "SCM_J1939_ERRQUEUE", 4, "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2,
            "SO_VM_SOCKETS_BUFFER_SIZE", 0, "SO_DEBUG", 1, "SO_J1939_FILTER", 1,
            "SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1, "SO_J1939_PROMISC", 2, "SO_REUSEADDR", 2,
            "SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2, "SO_J1939_SEND_PRIO", 3, "SO_TYPE", 3, "SO_ERROR", 4,
            "SO_J1939_ERRQUEUE", 4, "SO_DONTROUTE", 5, "SO_BROADCAST", 6, "SO_SNDBUF", 7, "SO_RCVBUF", 8,
            "SO_KEEPALIVE", 9, "SO_OOBINLINE", 10, "SO_PRIORITY", 12, "SO_LINGER", 13, "SO_REUSEPORT", 15,
            "SO_PASSCRED", 16, "SO_PEERCRED", 17, "SO_RCVLOWAT", 18, "SO_SNDLOWAT", 19, "SO_RCVTIMEO", 20,
            "SO_SNDTIMEO", 21, "SO_BINDTODEVICE", 25, "SO_ACCEPTCONN", 30, "SO_PEERSEC", 31, "SO_PASSSEC", 34,
            "SO_MARK", 36, "SO_PROTOCOL", 38, "SO_DOMAIN", 39, "SO_INCOMING_CPU", 49, "SOCK_STREAM", 1,
            "SOCK_DGRAM", 2, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5, "SOCK_NONBLOCK", 2048,
            "SOCK_CLOEXEC", 524288, "SOL_IP", 0, "SOL_SOCKET", 1, "SOL_TCP", 6, "SOL_UDP", 17,
            "SOL_CAN_BASE", 100, "SOL_CAN_RAW", 101, "SOL_TIPC", 271, "SOL_RDS", 276, "SOL_ALG", 279,
            "SOMAXCONN", 4096, "TCP_NODELAY", 1, "TCP_MAXSEG", 2, "TCP_CORK", 3, "TCP_KEEPIDLE", 4,
            "TCP_KEEPINTVL", 5, "TCP_KEEPCNT", 6, "TCP_SYNCNT", 7, "TCP_LINGER2", 8, "TCP_DEFER_ACCEPT", 9,
            "TCP_WINDOW_CLAMP", 10, "TCP_INFO", 11, "TCP_QUICKACK", 12, "TCP_CONGESTION", 13,
            "TCP_USER_TIMEOUT", 18, "TCP_FASTOPEN", 23, "TCP_NOTSENT_LOWAT", 25, "UDPLITE_SEND_CSCOV", 10,
            "UDPLITE_RECV_CSCOV", 11
    };

    /** Builds {@code _socket} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_socket");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SocketModule.class, "_socket", d);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.putStr((String) CONSTANTS[i], PyInt.valueOf(((Number) CONSTANTS[i + 1]).longValue()));
        }
        d.putStr("socket", PySocket.TYPE);
        d.putStr("SocketType", PySocket.TYPE);
        d.putStr("error", PyExceptions.OS_ERROR);
        d.putStr("timeout", PyExceptions.TIMEOUT_ERROR);
        SocketErrors.Types t = SocketErrors.types();
        d.putStr("gaierror", t.gaierror());
        d.putStr("herror", t.herror());
        d.putStr("has_ipv6", PyBool.TRUE);
        return m;
    }

    // ---- descriptors and defaults ---------------------------------------------------------------

    @PyMethod(required = 0, general = true)
    public static Object socketpair(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("socketpair", args, kwnames, 3, new String[] {"family", "type", "proto"}, 0);
        int family = a[0] == null ? SocketFile.AF_UNIX : SocketMethods.intArg(a[0]);
        int type = a[1] == null ? SocketFile.SOCK_STREAM : SocketMethods.intArg(a[1]);
        int proto = a[2] == null ? 0 : SocketMethods.intArg(a[2]);
        int kind = type & ~(04000 | 02000000);
        if (kind != SocketFile.SOCK_STREAM) {
            throw SocketErrors.fromIO(new SocketErrors.Unsupported(SocketFile.EOPNOTSUPP,
                    "socketpair() supports SOCK_STREAM only (java.nio has no datagram pair)"));
        }
        SocketFile[] pair;
        try {
            pair = SocketFile.pair(family, proto);
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
        FileDescriptors fds = FileDescriptors.current();
        Object[] out = new Object[2];
        for (int i = 0; i < 2; i++) {
            PySocket s = new PySocket();
            s.family = family;
            s.type = kind;
            s.proto = proto;
            s.timeout = defaultTimeout();
            s.fd = fds.add(pair[i], false);
            pair[i].setBlocking(s.timeout < 0);
            out[i] = s;
        }
        return PyTuple.of(out);
    }

    @PyMethod
    public static Object dup(Object fd) {
        try {
            return PyInt.valueOf(FileDescriptors.current().dup(SocketMethods.intArg(fd), false));
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    @PyMethod
    public static Object close(Object fd) {
        try {
            FileDescriptors.current().close(SocketMethods.intArg(fd));
        } catch (IOException e) {
            if (SocketErrors.errnoOf(e) != 104) {
                throw SocketErrors.fromIO(e);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getdefaulttimeout() {
        double t = defaults().timeout;
        return t < 0 ? PyNone.NONE : new PyFloat(t);
    }

    @PyMethod
    public static Object setdefaulttimeout(Object timeout) {
        defaults().timeout = SocketMethods.parseTimeout(timeout);
        return PyNone.NONE;
    }

    // ---- byte order -----------------------------------------------------------------------------

    private static long unsignedArg(Object x) {
        Object u = PyInstance.unwrap(x);
        if (!IntMath.isInt(u) && !(u instanceof PyBool)) {
            return UnaryOps.indexAsLong(x); // raises TypeError naming the type
        }
        if (!IntMath.isSmall(u) && !(u instanceof PyBool)) {
            if (IntMath.big(u).signum() < 0) {
                return -1;
            }
            return Long.MAX_VALUE;
        }
        return UnaryOps.indexAsLong(x);
    }

    private static Object swap16(String name, Object x) {
        long v = unsignedArg(x);
        if (v < 0) {
            throw PyExceptions.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", name);
        }
        if (v > 0xFFFF) {
            throw PyExceptions.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer", name);
        }
        return PyInt.valueOf(Short.toUnsignedInt(Short.reverseBytes((short) v)));
    }

    private static Object swap32(Object x) {
        long v = unsignedArg(x);
        if (v < 0) {
            throw PyExceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (v > 0xFFFFFFFFL) {
            throw PyExceptions.overflowError("int larger than 32 bits");
        }
        return PyInt.valueOf(Integer.toUnsignedLong(Integer.reverseBytes((int) v)));
    }

    @PyMethod
    public static Object htons(Object x) {
        return swap16("htons", x);
    }

    @PyMethod
    public static Object ntohs(Object x) {
        return swap16("ntohs", x);
    }

    @PyMethod
    public static Object htonl(Object x) {
        return swap32(x);
    }

    @PyMethod
    public static Object ntohl(Object x) {
        return swap32(x);
    }

    // ---- address text ---------------------------------------------------------------------------

    private static String strArg(String fname, Object o) {
        Object u = PyInstance.unwrap(o);
        if (!(u instanceof PyStr s)) {
            throw PyExceptions.typeError("%s() argument must be str, not %s", fname, TypeOps.typeName(o));
        }
        return s.toString();
    }

    @PyMethod
    public static Object inet_aton(Object ip) {
        byte[] b = SocketAddresses.parseIPv4Loose(strArg("inet_aton", ip));
        if (b == null) {
            throw SocketErrors.message("illegal IP address string passed to inet_aton");
        }
        return PyBytes.wrap(b);
    }

    @PyMethod
    public static Object inet_ntoa(Object packed) {
        byte[] b = BytesSupport.need(PyInstance.unwrap(packed));
        if (b.length != 4) {
            throw SocketErrors.message("packed IP wrong length for inet_ntoa");
        }
        return PyStr.of(SocketAddresses.formatIPv4(b));
    }

    @PyMethod
    public static Object inet_pton(Object af, Object ip) {
        int family = SocketMethods.intArg(af);
        String s = strArg("inet_pton", ip);
        byte[] b;
        if (family == SocketFile.AF_INET) {
            b = SocketAddresses.parseIPv4(s);
        } else if (family == SocketFile.AF_INET6) {
            b = SocketAddresses.parseIPv6(s);
        } else {
            throw SocketErrors.error(SocketFile.EAFNOSUPPORT);
        }
        if (b == null) {
            throw SocketErrors.message("illegal IP address string passed to inet_pton");
        }
        return PyBytes.wrap(b);
    }

    @PyMethod
    public static Object inet_ntop(Object af, Object packed) {
        int family = SocketMethods.intArg(af);
        byte[] b = BytesSupport.need(PyInstance.unwrap(packed));
        if (family == SocketFile.AF_INET) {
            if (b.length != 4) {
                throw PyExceptions.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(SocketAddresses.formatIPv4(b));
        }
        if (family == SocketFile.AF_INET6) {
            if (b.length != 16) {
                throw PyExceptions.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(SocketAddresses.formatIPv6(b));
        }
        throw PyExceptions.valueError("unknown address family %d", family);
    }

    // ---- resolver -------------------------------------------------------------------------------

    @PyMethod
    public static Object gethostname() {
        return PyStr.of(Resolver.hostname());
    }

    @PyMethod
    public static Object gethostbyname(Object host) {
        return PyStr.of(Resolver.gethostbyname(host));
    }

    @PyMethod
    public static Object gethostbyname_ex(Object host) {
        return Resolver.gethostbynameEx(host);
    }

    @PyMethod
    public static Object gethostbyaddr(Object host) {
        return Resolver.gethostbyaddr(host);
    }

    @PyMethod(general = true)
    public static Object getaddrinfo(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("getaddrinfo", args, kwnames, 6,
                new String[] {"host", "port", "family", "type", "proto", "flags"}, 2);
        return Resolver.getaddrinfo(a[0], a[1], a[2] == null ? 0 : SocketMethods.intArg(a[2]),
                a[3] == null ? 0 : SocketMethods.intArg(a[3]), a[4] == null ? 0 : SocketMethods.intArg(a[4]),
                a[5] == null ? 0 : SocketMethods.intArg(a[5]));
    }

    @PyMethod
    public static Object getnameinfo(Object sockaddr, Object flags) {
        return Resolver.getnameinfo(sockaddr, SocketMethods.intArg(flags));
    }

    @PyMethod(required = 1)
    public static Object getservbyname(Object name, Object proto) {
        String p = proto == null ? null : strArg("getservbyname", proto);
        int port = Resolver.servicePortByName(strArg("getservbyname", name), p);
        if (port < 0) {
            throw SocketErrors.message("service/proto not found");
        }
        return PyInt.valueOf(port);
    }

    @PyMethod(required = 1)
    public static Object getservbyport(Object port, Object proto) {
        int n = SocketMethods.intArg(port);
        if (n < 0 || n > 0xFFFF) {
            throw PyExceptions.overflowError("getservbyport: port must be 0-65535.");
        }
        String name = Resolver.serviceName(n, proto == null ? null : strArg("getservbyport", proto));
        if (name == null) {
            throw SocketErrors.message("port/proto not found");
        }
        return PyStr.of(name);
    }

    @PyMethod
    public static Object getprotobyname(Object name) {
        int n = Resolver.protocolNumber(strArg("getprotobyname", name));
        if (n < 0) {
            throw SocketErrors.message("protocol not found");
        }
        return PyInt.valueOf(n);
    }
}
