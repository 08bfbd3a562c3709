package org.pyston.builtins.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * Socket addresses between Python and Java: CPython's {@code getsockaddrarg} (a tuple
 * {@code (host, port)} for AF_INET, {@code (host, port[, flowinfo[, scope_id]])} for AF_INET6, a
 * path for AF_UNIX) and {@code makesockaddr} (the same shapes back, with numeric hosts), and the
 * numeric text forms of IPv4/IPv6 addresses as glibc's {@code inet_pton}/{@code inet_ntop} read
 * and write them (Java's own text form of IPv6 is uncompressed).
 */
final class SocketAddresses {
    private SocketAddresses() {}

    // ---- Python -> Java -------------------------------------------------------------------------

    /** Parses {@code addr} for a socket of {@code family}; {@code caller} names the method in errors. */
    static SocketAddress parse(int family, Object addr, String caller) {
        Object a = PyInstance.unwrap(addr);
        switch (family) {
            case SocketFile.AF_UNIX -> {
                String path;
                if (a instanceof PyStr s) {
                    path = s.toString();
                } else {
                    byte[] b = BytesSupport.data(a);
                    if (b == null) {
                        throw PyExceptions.typeError("%s(): AF_UNIX address must be str or bytes, not %s", caller,
                                TypeOps.typeName(addr));
                    }
                    path = new String(b, StandardCharsets.UTF_8);
                }
                if (!path.isEmpty() && path.charAt(0) == '\0') {
                    throw SocketErrors.fromIO(new SocketErrors.Unsupported(SocketFile.EAFNOSUPPORT,
                            "abstract AF_UNIX addresses are not supported (java.nio binds paths only)"));
                }
                return UnixDomainSocketAddress.of(path);
            }
            case SocketFile.AF_INET -> {
                if (!(a instanceof PyTuple t)) {
                    throw PyExceptions.typeError("%s(): AF_INET address must be tuple, not %s", caller,
                            TypeOps.typeName(addr));
                }
                if (t.size() != 2) {
                    throw PyExceptions.typeError("AF_INET address must be a pair (host, port)");
                }
                InetAddress host = resolve(t.get(0), SocketFile.AF_INET);
                return new InetSocketAddress(host, port(t.get(1), caller));
            }
            case SocketFile.AF_INET6 -> {
                if (!(a instanceof PyTuple t)) {
                    throw PyExceptions.typeError("%s(): AF_INET6 address must be tuple, not %s", caller,
                            TypeOps.typeName(addr));
                }
                if (t.size() < 2 || t.size() > 4) {
                    throw PyExceptions.typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                InetAddress host = resolve(t.get(0), SocketFile.AF_INET6);
                int port = port(t.get(1), caller);
                if (t.size() > 2) {
                    long flow = UnaryOps.indexAsLong(t.get(2));
                    if (flow < 0 || flow > 0xFFFFF) {
                        throw PyExceptions.overflowError("%s(): flowinfo must be 0-1048575.", caller);
                    }
                }
                if (t.size() > 3) {
                    int scope = (int) UnaryOps.indexAsLong(t.get(3));
                    if (scope != 0 && host instanceof Inet6Address) {
                        try {
                            host = Inet6Address.getByAddress(null, host.getAddress(), scope);
                        } catch (UnknownHostException e) {
                            throw SocketErrors.gaierror(-2);
                        }
                    }
                }
                return new InetSocketAddress(host, port);
            }
            default -> throw SocketErrors.error(SocketFile.EAFNOSUPPORT);
        }
    }

    private static int port(Object p, String caller) {
        Object v = PyInstance.unwrap(p);
        if (!IntMath.isInt(v) && !(v instanceof org.pyston.builtins.number.PyBool)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(p));
        }
        long port = IntMath.isSmall(v) ? IntMath.small(v) : v instanceof org.pyston.builtins.number.PyBool b ? b.intValue : -1;
        if (port < 0 || port > 0xFFFF) {
            throw PyExceptions.overflowError("%s(): port must be 0-65535.", caller);
        }
        return (int) port;
    }

    /** The text of a host argument (str, bytes or bytearray). */
    static String hostText(Object h) {
        Object u = PyInstance.unwrap(h);
        if (u instanceof PyStr s) {
            return s.toString();
        }
        if (u instanceof PyBytes || u instanceof PyByteArray) {
            return new String(BytesSupport.data(u), StandardCharsets.ISO_8859_1);
        }
        throw PyExceptions.typeError("str, bytes or bytearray expected, not %s", TypeOps.typeName(h));
    }

    /**
     * CPython's {@code setipaddr}: '' is the wildcard, '&lt;broadcast&gt;' the IPv4 broadcast
     * address, numeric forms are taken as they are, other names are looked up (gaierror when
     * that fails).
     */
    static InetAddress resolve(Object hostArg, int family) {
        String host = hostText(hostArg);
        try {
            if (host.isEmpty()) {
                return InetAddress.getByAddress(new byte[family == SocketFile.AF_INET6 ? 16 : 4]);
            }
            if (host.equals("<broadcast>") || host.equals("255.255.255.255")) {
                if (family != SocketFile.AF_INET) {
                    throw SocketErrors.gaierror(-9);
                }
                return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
            }
            byte[] v4 = parseIPv4(host);
            if (v4 != null) {
                if (family == SocketFile.AF_INET6) {
                    throw SocketErrors.gaierror(-9);
                }
                return InetAddress.getByAddress(v4);
            }
            byte[] v6 = parseIPv6(stripScope(host));
            if (v6 != null) {
                if (family == SocketFile.AF_INET) {
                    throw SocketErrors.gaierror(-9);
                }
                return Inet6Address.getByAddress(null, v6, -1);
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.gaierror(-2);
        }
        for (InetAddress a : Resolver.lookup(host)) {
            if (family == SocketFile.AF_INET ? a instanceof Inet4Address : family != SocketFile.AF_INET6 || a instanceof Inet6Address) {
                return a;
            }
        }
        throw SocketErrors.gaierror(family == SocketFile.AF_INET6 ? -9 : -2);
    }

    private static String stripScope(String host) {
        int pct = host.indexOf('%');
        return pct < 0 ? host : host.substring(0, pct);
    }

    // ---- Java -> Python -------------------------------------------------------------------------

    /** CPython's {@code makesockaddr} for a socket of {@code family}; None for no address. */
    static Object format(int family, SocketAddress a) {
        if (a == null) {
            if (family == SocketFile.AF_UNIX) {
                return PyStr.of("");
            }
            return family == SocketFile.AF_INET6
                    ? PyTuple.of(PyStr.of("::"), PyInt.valueOf(0), PyInt.valueOf(0), PyInt.valueOf(0))
                    : PyTuple.of(PyStr.of("0.0.0.0"), PyInt.valueOf(0));
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return PyStr.of(u.getPath().toString());
        }
        InetSocketAddress in = (InetSocketAddress) a;
        InetAddress host = in.getAddress();
        if (family == SocketFile.AF_INET6) {
            int scope = host instanceof Inet6Address i6 ? Math.max(i6.getScopeId(), 0) : 0;
            return PyTuple.of(PyStr.of(hostString(host, true)), PyInt.valueOf(in.getPort()), PyInt.valueOf(0),
                    PyInt.valueOf(scope));
        }
        return PyTuple.of(PyStr.of(hostString(host, false)), PyInt.valueOf(in.getPort()));
    }

    /** The numeric text of an address; an IPv4 address on an IPv6 socket shows as ::ffff:a.b.c.d. */
    static String hostString(InetAddress host, boolean v6Socket) {
        byte[] b = host.getAddress();
        if (b.length == 4) {
            if (v6Socket) {
                byte[] m = new byte[16];
                m[10] = -1;
                m[11] = -1;
                System.arraycopy(b, 0, m, 12, 4);
                return formatIPv6(m);
            }
            return formatIPv4(b);
        }
        return formatIPv6(b);
    }

    static Object none() {
        return PyNone.NONE;
    }

    // ---- numeric text ---------------------------------------------------------------------------

    /** glibc's inet_pton(AF_INET): exactly four decimal parts 0-255, no leading zeros; null if not. */
    static byte[] parseIPv4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            if (i >= n || !isDigit(s.charAt(i))) {
                return null;
            }
            int start = i;
            int v = 0;
            while (i < n && isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > 255 || (i > start && s.charAt(start) == '0')) {
                    return null;
                }
                i++;
            }
            out[part++] = (byte) v;
            if (part == 4) {
                return i == n ? out : null;
            }
            if (i >= n || s.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** glibc's inet_pton(AF_INET6), including '::' and a trailing dotted IPv4 part; null if invalid. */
    static byte[] parseIPv6(String s) {
        byte[] out = new byte[16];
        int n = s.length();
        if (n == 0) {
            return null;
        }
        int i = 0;
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                return null;
            }
            i = 1;
        }
        int tp = 0;
        int colonp = -1;
        int curtok = i;
        boolean sawXdigit = false;
        int val = 0;
        int digits = 0;
        while (i < n) {
            char ch = s.charAt(i++);
            int d = Character.digit(ch, 16);
            if (d >= 0 && ch < 128) {
                if (++digits > 4) {
                    return null;
                }
                val = (val << 4) | d;
                sawXdigit = true;
                continue;
            }
            if (ch == ':') {
                curtok = i;
                if (!sawXdigit) {
                    if (colonp >= 0) {
                        return null;
                    }
                    colonp = tp;
                    continue;
                }
                if (i == n) {
                    return null;
                }
                if (tp + 2 > 16) {
                    return null;
                }
                out[tp++] = (byte) (val >> 8);
                out[tp++] = (byte) val;
                sawXdigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16) {
                byte[] v4 = parseIPv4(s.substring(curtok));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, tp, 4);
                tp += 4;
                sawXdigit = false;
                break;
            }
            return null;
        }
        if (sawXdigit) {
            if (tp + 2 > 16) {
                return null;
            }
            out[tp++] = (byte) (val >> 8);
            out[tp++] = (byte) val;
        }
        if (colonp >= 0) {
            if (tp == 16) {
                return null;
            }
            int move = tp - colonp;
            for (int k = 1; k <= move; k++) {
                out[16 - k] = out[colonp + move - k];
                out[colonp + move - k] = 0;
            }
            tp = 16;
        }
        return tp == 16 ? out : null;
    }

    static String formatIPv4(byte[] b) {
        return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "." + (b[3] & 0xFF);
    }

    /** glibc's inet_ntop(AF_INET6): the longest run of two or more zero words as '::', lower-case hex. */
    static String formatIPv6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (b[2 * i] & 0xFF) << 8 | (b[2 * i + 1] & 0xFF);
        }
        int bestBase = -1;
        int bestLen = 0;
        int curBase = -1;
        int curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase < 0) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase >= 0) {
                if (curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase >= 0 && curLen > bestLen) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xFFFF))) {
                sb.append(formatIPv4(new byte[] {b[12], b[13], b[14], b[15]}));
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }

    /**
     * glibc's inet_aton: one to four parts separated by dots, each decimal, octal (leading 0) or
     * hex (0x); the last part fills the remaining bytes. Anything after whitespace is ignored.
     * Null when invalid.
     */
    static byte[] parseIPv4Loose(String s) {
        long[] parts = new long[4];
        int np = 0;
        int i = 0;
        int n = s.length();
        while (true) {
            if (i >= n || !isDigit(s.charAt(i))) {
                return null;
            }
            int base = 10;
            if (s.charAt(i) == '0') {
                base = 8;
                i++;
                if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
                    base = 16;
                    i++;
                }
            }
            long v = 0;
            while (i < n) {
                int d = Character.digit(s.charAt(i), base);
                if (d < 0 || s.charAt(i) >= 128) {
                    break;
                }
                v = v * base + d;
                if (v > 0xFFFFFFFFL) {
                    return null;
                }
                i++;
            }
            if (np == 4) {
                return null;
            }
            parts[np++] = v;
            if (i < n && s.charAt(i) == '.') {
                i++;
                continue;
            }
            if (i < n && !Character.isWhitespace(s.charAt(i))) {
                return null;
            }
            break;
        }
        long addr;
        switch (np) {
            case 1 -> addr = parts[0];
            case 2 -> {
                if (parts[0] > 0xFF || parts[1] > 0xFFFFFF) {
                    return null;
                }
                addr = parts[0] << 24 | parts[1];
            }
            case 3 -> {
                if (parts[0] > 0xFF || parts[1] > 0xFF || parts[2] > 0xFFFF) {
                    return null;
                }
                addr = parts[0] << 24 | parts[1] << 16 | parts[2];
            }
            default -> {
                for (int k = 0; k < 4; k++) {
                    if (parts[k] > 0xFF) {
                        return null;
                    }
                }
                addr = parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
            }
        }
        return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
    }
}
