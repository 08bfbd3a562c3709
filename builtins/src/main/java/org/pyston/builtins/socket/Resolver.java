package org.pyston.builtins.socket;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/**
 * Name and service resolution: {@code getaddrinfo}, {@code getnameinfo}, {@code gethostbyname*},
 * {@code gethostbyaddr}, {@code getservby*}, {@code getprotobyname}. Host names go through the
 * JDK's resolver ({@link InetAddress}: /etc/hosts, then DNS); services and protocols come from
 * /etc/services and /etc/protocols as the C library reads them. Failures are gaierror/herror with
 * glibc's codes and texts.
 */
final class Resolver {
    private Resolver() {}

    static final int AI_PASSIVE = 1;
    static final int AI_CANONNAME = 2;
    static final int AI_NUMERICHOST = 4;
    static final int AI_NUMERICSERV = 0x400;
    static final int NI_NUMERICHOST = 1;
    static final int NI_NUMERICSERV = 2;
    static final int NI_NOFQDN = 4;
    static final int NI_NAMEREQD = 8;
    static final int NI_DGRAM = 16;

    /** All addresses of {@code host} (gaierror EAI_NONAME when it has none). */
    static InetAddress[] lookup(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw SocketErrors.gaierror(-2);
        }
    }

    /** A numeric address (IPv4 dotted quad or IPv6 text), or null. */
    static InetAddress numeric(String host) {
        try {
            byte[] v4 = SocketAddresses.parseIPv4(host);
            if (v4 != null) {
                return InetAddress.getByAddress(v4);
            }
            int pct = host.indexOf('%');
            byte[] v6 = SocketAddresses.parseIPv6(pct < 0 ? host : host.substring(0, pct));
            if (v6 != null) {
                int scope = -1;
                if (pct >= 0) {
                    try {
                        scope = Integer.parseInt(host.substring(pct + 1));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return Inet6Address.getByAddress(null, v6, scope);
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    /** getaddrinfo(host, port, family=0, type=0, proto=0, flags=0). */
    static Object getaddrinfo(Object hostArg, Object portArg, int family, int type, int proto, int flags) {
        String host = hostArg == null || hostArg == PyNone.NONE ? null : SocketAddresses.hostText(hostArg);
        if (family != 0 && family != SocketFile.AF_INET && family != SocketFile.AF_INET6) {
            throw SocketErrors.gaierror(-6);
        }
        if (type != 0 && type != SocketFile.SOCK_STREAM && type != SocketFile.SOCK_DGRAM && type != 3) {
            throw SocketErrors.gaierror(-7);
        }
        int port = servicePort(portArg, type, flags);
        List<InetAddress> addrs = new ArrayList<>();
        String canon = "";
        if (host == null) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            try {
                if (family != SocketFile.AF_INET6) {
                    addrs.add(InetAddress.getByAddress(passive ? new byte[4] : new byte[] {127, 0, 0, 1}));
                }
                if (family != SocketFile.AF_INET) {
                    byte[] six = new byte[16];
                    if (!passive) {
                        six[15] = 1;
                    }
                    addrs.add(Inet6Address.getByAddress(null, six, -1));
                }
            } catch (UnknownHostException e) {
                throw SocketErrors.gaierror(-11);
            }
        } else {
            InetAddress num = numeric(host);
            if (num != null) {
                addrs.add(num);
                canon = host;
            } else if ((flags & AI_NUMERICHOST) != 0) {
                throw SocketErrors.gaierror(-2);
            } else {
                for (InetAddress a : lookup(host)) {
                    addrs.add(a);
                }
                canon = host;
            }
            addrs.removeIf(a -> family == SocketFile.AF_INET ? !(a instanceof Inet4Address)
                    : family == SocketFile.AF_INET6 && !(a instanceof Inet6Address));
            if (addrs.isEmpty()) {
                throw SocketErrors.gaierror(num != null ? -9 : -2);
            }
        }
        int[][] kinds;
        if (type == 0 && proto == 0) {
            kinds = new int[][] {{SocketFile.SOCK_STREAM, 6}, {SocketFile.SOCK_DGRAM, 17}, {3, 0}};
        } else if (type == 0) {
            kinds = proto == 6 ? new int[][] {{SocketFile.SOCK_STREAM, 6}}
                    : proto == 17 ? new int[][] {{SocketFile.SOCK_DGRAM, 17}} : new int[][] {{3, proto}};
        } else {
            int p = proto != 0 ? proto : type == SocketFile.SOCK_STREAM ? 6 : type == SocketFile.SOCK_DGRAM ? 17 : 0;
            kinds = new int[][] {{type, p}};
        }
        PyList out = PyList.of();
        boolean first = true;
        for (InetAddress a : addrs) {
            int fam = a instanceof Inet6Address ? SocketFile.AF_INET6 : SocketFile.AF_INET;
            Object sockaddr = SocketAddresses.format(fam, new InetSocketAddress(a, port));
            for (int[] k : kinds) {
                String cn = first && (flags & AI_CANONNAME) != 0 ? canon : "";
                first = false;
                out.append(PyTuple.of(PyInt.valueOf(fam), PyInt.valueOf(k[0]), PyInt.valueOf(k[1]), PyStr.of(cn), sockaddr));
            }
        }
        return out;
    }

    /** The port of getaddrinfo's port argument: None, an int, or a number or service name as str/bytes. */
    private static int servicePort(Object portArg, int type, int flags) {
        Object p = PyInstance.unwrap(portArg);
        if (p == null || p == PyNone.NONE) {
            return 0;
        }
        if (IntMath.isInt(p)) {
            return (int) (UnaryOps.indexAsLong(p) & 0xFFFF);
        }
        String s;
        if (p instanceof PyStr str) {
            s = str.toString();
        } else if (p instanceof org.pyston.builtins.text.PyBytes b) {
            s = new String(b.value, StandardCharsets.ISO_8859_1);
        } else {
            throw PyExceptions.withMessage(PyExceptions.OS_ERROR, "Int or String expected");
        }
        try {
            return Integer.parseInt(s) & 0xFFFF;
        } catch (NumberFormatException e) {
            // a service name
        }
        if ((flags & AI_NUMERICSERV) != 0) {
            throw SocketErrors.gaierror(-2);
        }
        String proto = type == SocketFile.SOCK_DGRAM ? "udp" : type == SocketFile.SOCK_STREAM ? "tcp" : null;
        int port = servicePortByName(s, proto);
        if (port < 0) {
            throw SocketErrors.gaierror(-8);
        }
        return port;
    }

    // ---- /etc/services and /etc/protocols -------------------------------------------------------

    private static List<String[]> table(String file) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1)) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!l.isEmpty()) {
                    rows.add(l.split("\\s+"));
                }
            }
        } catch (IOException e) {
            // no table: every look-up fails, as with an empty file
        }
        return rows;
    }

    /** The port of service {@code name} for protocol {@code proto} ("tcp", "udp", or null for any); -1. */
    static int servicePortByName(String name, String proto) {
        for (String[] r : table("/etc/services")) {
            if (r.length < 2) {
                continue;
            }
            int slash = r[1].indexOf('/');
            if (slash < 0 || (proto != null && !r[1].substring(slash + 1).equals(proto))) {
                continue;
            }
            boolean match = r[0].equals(name);
            for (int k = 2; k < r.length && !match; k++) {
                match = r[k].equals(name);
            }
            if (match) {
                try {
                    return Integer.parseInt(r[1].substring(0, slash));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The name of the service on {@code port} for {@code proto} (or any), or null. */
    static String serviceName(int port, String proto) {
        for (String[] r : table("/etc/services")) {
            if (r.length < 2) {
                continue;
            }
            int slash = r[1].indexOf('/');
            if (slash < 0 || (proto != null && !r[1].substring(slash + 1).equals(proto))) {
                continue;
            }
            if (r[1].substring(0, slash).equals(Integer.toString(port))) {
                return r[0];
            }
        }
        return null;
    }

    static int protocolNumber(String name) {
        for (String[] r : table("/etc/protocols")) {
            if (r.length < 2) {
                continue;
            }
            boolean match = r[0].equals(name);
            for (int k = 2; k < r.length && !match; k++) {
                match = r[k].equals(name);
            }
            if (match) {
                try {
                    return Integer.parseInt(r[1]);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return switch (name) {
            case "ip" -> 0;
            case "icmp" -> 1;
            case "tcp" -> 6;
            case "udp" -> 17;
            default -> -1;
        };
    }

    // ---- host look-ups --------------------------------------------------------------------------

    /** gethostbyname: the first IPv4 address of {@code host}. */
    static String gethostbyname(Object hostArg) {
        InetAddress a = SocketAddresses.resolve(hostArg, SocketFile.AF_INET);
        return SocketAddresses.formatIPv4(a.getAddress());
    }

    /** gethostbyname_ex: (name, aliases, IPv4 addresses). */
    static Object gethostbynameEx(Object hostArg) {
        String host = SocketAddresses.hostText(hostArg);
        List<Object> ips = new ArrayList<>();
        InetAddress num = numeric(host);
        if (num != null) {
            if (!(num instanceof Inet4Address)) {
                throw SocketErrors.gaierror(-9);
            }
            ips.add(PyStr.of(SocketAddresses.formatIPv4(num.getAddress())));
        } else {
            for (InetAddress a : lookup(host)) {
                if (a instanceof Inet4Address) {
                    String s = SocketAddresses.formatIPv4(a.getAddress());
                    if (!ips.contains(PyStr.of(s))) {
                        ips.add(PyStr.of(s));
                    }
                }
            }
            if (ips.isEmpty()) {
                throw SocketErrors.gaierror(-2);
            }
        }
        return PyTuple.of(PyStr.of(host), PyList.of(), PyList.of(ips.toArray()));
    }

    /** gethostbyaddr(ip_or_name): (name, aliases, [ip]); herror when the address has no name. */
    static Object gethostbyaddr(Object hostArg) {
        String host = SocketAddresses.hostText(hostArg);
        InetAddress a = numeric(host);
        if (a == null) {
            a = lookup(host)[0];
        }
        boolean v6 = a instanceof Inet6Address;
        String ip = SocketAddresses.hostString(a, v6);
        String name;
        try {
            name = InetAddress.getByAddress(a.getAddress()).getCanonicalHostName();
        } catch (UnknownHostException e) {
            throw SocketErrors.unknownHost();
        }
        if (name == null || name.equals(ip) || numeric(name) != null) {
            throw SocketErrors.unknownHost();
        }
        return PyTuple.of(PyStr.of(name), PyList.of(), PyList.of(PyStr.of(ip)));
    }

    /** getnameinfo((host, port[, flowinfo, scope_id]), flags) -> (host, service). */
    static Object getnameinfo(Object sockaddr, int flags) {
        Object sa = PyInstance.unwrap(sockaddr);
        if (!(sa instanceof PyTuple t)) {
            throw PyExceptions.typeError("getnameinfo() argument 1 must be a tuple");
        }
        if (t.size() < 2 || t.size() > 4) {
            throw PyExceptions.typeError("getnameinfo() argument 1 must be a tuple of 2 to 4 items");
        }
        String host = SocketAddresses.hostText(t.get(0));
        Object portObj = PyInstance.unwrap(t.get(1));
        if (!IntMath.isInt(portObj)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(t.get(1)));
        }
        int port = (int) UnaryOps.indexAsLong(portObj);
        InetAddress a = numeric(host);
        if (a == null) {
            InetAddress[] all = lookup(host);
            if (all.length > 1) {
                throw PyExceptions.withMessage(PyExceptions.OS_ERROR, "sockaddr resolved to multiple addresses");
            }
            a = all[0];
        }
        if (t.size() == 2 && a instanceof Inet6Address) {
            throw PyExceptions.withMessage(PyExceptions.OS_ERROR, "IPv4 sockaddr must be 2 tuple");
        }
        String name;
        String ip = SocketAddresses.hostString(a, a instanceof Inet6Address);
        if ((flags & NI_NUMERICHOST) != 0) {
            name = ip;
        } else {
            String canon;
            try {
                canon = InetAddress.getByAddress(a.getAddress()).getCanonicalHostName();
            } catch (UnknownHostException e) {
                canon = ip;
            }
            if (canon.equals(ip) || numeric(canon) != null) {
                if ((flags & NI_NAMEREQD) != 0) {
                    throw SocketErrors.gaierror(-2);
                }
                name = ip;
            } else {
                name = (flags & NI_NOFQDN) != 0 && canon.indexOf('.') > 0 ? canon.substring(0, canon.indexOf('.')) : canon;
            }
        }
        String serv = null;
        if ((flags & NI_NUMERICSERV) == 0) {
            serv = serviceName(port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
        }
        if (serv == null) {
            serv = Integer.toString(port);
        }
        return PyTuple.of(PyStr.of(name), PyStr.of(serv));
    }

    /** gethostname(): the kernel's host name (/proc/sys/kernel/hostname), else the JDK's. */
    static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException ex) {
                return "localhost";
            }
        }
    }
}
