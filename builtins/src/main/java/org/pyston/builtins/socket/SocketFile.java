package org.pyston.builtins.socket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.OpenFile;

/**
 * A socket as an open file description in the interpreter's descriptor table: one java.nio
 * channel, always in non-blocking mode, with blocking and timeouts done here by waiting on a
 * {@link Selector} (Java channels have no read timeout, and a channel must be non-blocking to be
 * registered with the selector {@code select.select} uses). Timeouts therefore belong to the
 * caller (the Python socket object), passed as nanoseconds: -1 waits forever, 0 never waits.
 *
 * <p>The channel follows the socket's life, since Java splits what POSIX keeps in one descriptor:
 * a stream socket starts as a {@link SocketChannel} (so options and {@code bind} work at once,
 * and {@code getsockname} after {@code bind(port 0)} knows its port); {@code listen} replaces it
 * with a {@link ServerSocketChannel} bound to the same address (Java cannot bind without
 * listening, nor listen on a bound SocketChannel); a failed {@code connect} (which closes a Java
 * channel) replaces it with a fresh one, as a POSIX socket may connect again. Datagram sockets
 * are a {@link DatagramChannel} throughout. Options set by the program are remembered so each new
 * channel gets them.
 *
 * <p>Errors are IOExceptions: {@link ErrnoException} for conditions named here (ENOTCONN,
 * EAGAIN, EINPROGRESS ...), {@link SocketTimeoutException} when a timeout expires, and the JDK's
 * own (ConnectException "Connection refused", BindException ...) mapped by {@link SocketErrors}.
 */
public final class SocketFile extends OpenFile {
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int MSG_PEEK = 2;
    static final int MSG_DONTWAIT = 0x40;
    static final int MSG_WAITALL = 0x100;

    static final int ENOTSOCK = 88;
    static final int EDESTADDRREQ = 89;
    static final int ENOPROTOOPT = 92;
    static final int EOPNOTSUPP = 95;
    static final int EAFNOSUPPORT = 97;
    static final int ENETUNREACH = 101;
    static final int EISCONN = 106;
    static final int ENOTCONN = 107;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;

    /** AF_INET, AF_INET6 or AF_UNIX. */
    final int family;
    /** SOCK_STREAM or SOCK_DGRAM (without the SOCK_NONBLOCK/SOCK_CLOEXEC flags). */
    final int type;
    /** As given at creation (0 means the default protocol of the type). */
    final int proto;

    /** The current channel (see the class comment for when it is replaced). */
    private volatile NetworkChannel channel;
    /** Options the program set, in order, re-applied to each replacement channel. */
    private final Map<SocketOption<?>, Object> setOptions = new LinkedHashMap<>();
    /** Bytes (stream) or one datagram that MSG_PEEK read ahead; consumed by the next receive. */
    private byte[] peeked;
    /** The sender of {@link #peeked}, for datagrams. */
    private SocketAddress peekedFrom;
    /** Outcome of a non-blocking connect that failed, for SO_ERROR (0 when none). */
    private int connectErrno;
    private Selector readSelector;
    private Selector writeSelector;
    private volatile boolean closed;
    /**
     * IPV6_V6ONLY, which java.nio has no option for (its IPv6 channels are dual-stack): when set,
     * connections and datagrams from IPv4 peers are dropped and IPv4 destinations unreachable,
     * as the kernel would have them.
     */
    private volatile boolean v6only;

    private SocketFile(int family, int type, int proto, NetworkChannel channel) {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.channel = channel;
    }

    /** A new, unconnected socket; EAFNOSUPPORT/ESOCKTNOSUPPORT for kinds Java has no channel for. */
    static SocketFile open(int family, int type, int proto) throws IOException {
        ProtocolFamily pf = protocolFamily(family);
        if (type == SOCK_STREAM) {
            return new SocketFile(family, type, proto, nonBlocking(SocketChannel.open(pf)));
        }
        if (type == SOCK_DGRAM) {
            if (family == AF_UNIX) {
                throw new SocketErrors.Unsupported(EAFNOSUPPORT,
                        "AF_UNIX datagram sockets are not supported (java.nio has no such channel)");
            }
            return new SocketFile(family, type, proto, nonBlocking(DatagramChannel.open(pf)));
        }
        throw new SocketErrors.Unsupported(94, "socket type " + type + " is not supported (only SOCK_STREAM and SOCK_DGRAM)");
    }

    /** A socket over an accepted or paired channel. */
    static SocketFile connected(int family, int proto, SocketChannel ch) throws IOException {
        return new SocketFile(family, SOCK_STREAM, proto, nonBlocking(ch));
    }

    static ProtocolFamily protocolFamily(int family) throws IOException {
        return switch (family) {
            case AF_INET -> StandardProtocolFamily.INET;
            case AF_INET6 -> StandardProtocolFamily.INET6;
            case AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> throw new ErrnoException(EAFNOSUPPORT);
        };
    }

    private static <C extends SelectableChannel> C nonBlocking(C ch) throws IOException {
        ch.configureBlocking(false);
        return ch;
    }

    NetworkChannel channel() throws ErrnoException {
        NetworkChannel ch = channel;
        if (closed || ch == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        return ch;
    }

    /** The protocol number the kernel reports (SO_PROTOCOL): TCP 6 and UDP 17 for IP sockets. */
    int effectiveProto() {
        if (proto != 0 || family == AF_UNIX) {
            return proto;
        }
        return type == SOCK_STREAM ? 6 : 17;
    }

    boolean isListening() {
        return channel instanceof ServerSocketChannel;
    }

    // ---- waiting --------------------------------------------------------------------------------

    /** The deadline (System.nanoTime) for a timeout, Long.MAX_VALUE for none. */
    static long deadline(long timeoutNanos) {
        return timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    }

    /**
     * Waits until {@code ops} is ready on the current channel; false when the deadline passed.
     * Reads and writes have their own selector so that one thread may wait to receive while
     * another waits to send.
     */
    private boolean await(boolean read, int ops, long deadline) throws IOException {
        Selector sel;
        synchronized (this) {
            if (closed) {
                throw new ErrnoException(ErrnoException.EBADF);
            }
            if (read) {
                sel = readSelector == null ? readSelector = Selector.open() : readSelector;
            } else {
                sel = writeSelector == null ? writeSelector = Selector.open() : writeSelector;
            }
        }
        try {
            synchronized (sel) {
                SelectableChannel ch = (SelectableChannel) channel();
                SelectionKey key = ch.keyFor(sel);
                if (key != null && !key.isValid()) {
                    sel.selectNow(); // flush the cancelled key so the channel can register again
                    key = null;
                }
                if (key == null) {
                    key = ch.register(sel, ops);
                } else {
                    key.interestOps(ops);
                }
                while (true) {
                    if (closed) {
                        throw new ErrnoException(ErrnoException.EBADF);
                    }
                    int n;
                    if (deadline == Long.MAX_VALUE) {
                        n = sel.select();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        n = sel.select(Math.max(1, (left + 999_999) / 1_000_000));
                    }
                    sel.selectedKeys().clear();
                    if (n > 0) {
                        return true;
                    }
                    if (Thread.interrupted()) {
                        throw new ErrnoException(ErrnoException.EINTR);
                    }
                }
            }
        } catch (ClosedSelectorException e) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
    }

    /** Waits for {@code ops} or throws: EAGAIN when not waiting, a timeout when the deadline passes. */
    private void waitFor(boolean read, int ops, long timeoutNanos, long deadline) throws IOException {
        if (timeoutNanos == 0) {
            throw new ErrnoException(ErrnoException.EAGAIN);
        }
        if (!await(read, ops, deadline)) {
            throw new SocketTimeoutException("timed out");
        }
    }

    /** Whether a read (or accept) would not block now, for select(). */
    boolean pollReadable() throws IOException {
        synchronized (this) {
            if (peeked != null) {
                return true;
            }
        }
        return probe(channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ);
    }

    /** Whether a write (or the completion of a pending connect) would not block now. */
    boolean pollWritable() throws IOException {
        if (channel instanceof SocketChannel sc && sc.isConnectionPending()) {
            return probe(SelectionKey.OP_CONNECT);
        }
        if (channel instanceof ServerSocketChannel) {
            return false;
        }
        if (isUnconnectedStream()) {
            return true;
        }
        return probe(SelectionKey.OP_WRITE);
    }

    /** An unconnected stream socket: writing fails at once (EPIPE), so poll reports it writable. */
    boolean isUnconnectedStream() {
        return channel instanceof SocketChannel sc && !sc.isConnected() && !sc.isConnectionPending();
    }

    private boolean probe(int ops) throws IOException {
        try (Selector sel = Selector.open()) {
            ((SelectableChannel) channel()).register(sel, ops);
            return sel.selectNow() > 0;
        }
    }

    /** The interest set select() registers for reading/writing readiness. */
    int readInterest() {
        return channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
    }

    int writeInterest() {
        if (channel instanceof SocketChannel sc && sc.isConnectionPending()) {
            return SelectionKey.OP_CONNECT;
        }
        return channel instanceof ServerSocketChannel ? 0 : SelectionKey.OP_WRITE;
    }

    /** Whether data is waiting that select() cannot see (a MSG_PEEK read-ahead). */
    synchronized boolean hasPeeked() {
        return peeked != null;
    }

    // ---- connection set-up ---------------------------------------------------------------------

    void bind(SocketAddress addr) throws IOException {
        NetworkChannel ch = channel();
        if (ch instanceof ServerSocketChannel) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        try {
            ch.bind(addr);
        } catch (AlreadyBoundException e) {
            throw new ErrnoException(ErrnoException.EINVAL);
        } catch (UnsupportedAddressTypeException e) {
            throw new ErrnoException(EAFNOSUPPORT);
        }
    }

    void listen(int backlog) throws IOException {
        NetworkChannel ch = channel();
        if (ch instanceof ServerSocketChannel) {
            return;
        }
        if (!(ch instanceof SocketChannel old)) {
            throw new ErrnoException(EOPNOTSUPP);
        }
        if (old.isConnected() || old.isConnectionPending()) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        SocketAddress local = old.getLocalAddress();
        ServerSocketChannel server = ServerSocketChannel.open(protocolFamily(family));
        try {
            server.configureBlocking(false);
            forgetKeys(old);
            old.close();
            if (local instanceof UnixDomainSocketAddress u && !u.getPath().toString().isEmpty()) {
                // bind() made the socket file; the listening channel makes it again
                Files.deleteIfExists(u.getPath());
            }
            applyOptions(server);
            server.bind(local, Math.max(backlog, 0));
        } catch (IOException | RuntimeException e) {
            server.close();
            channel = nonBlocking(SocketChannel.open(protocolFamily(family)));
            applyOptions(channel);
            throw e;
        }
        channel = server;
    }

    /** Cancels the channel's keys in our selectors so that closing it releases the port now. */
    private void forgetKeys(SelectableChannel ch) throws IOException {
        for (Selector sel : new Selector[] {readSelector, writeSelector}) {
            if (sel != null) {
                synchronized (sel) {
                    SelectionKey k = ch.keyFor(sel);
                    if (k != null) {
                        k.cancel();
                        sel.selectNow();
                    }
                }
            }
        }
    }

    /** Accepts a connection: the new channel and its peer's address. */
    SocketChannel accept(long timeoutNanos) throws IOException {
        if (!(channel() instanceof ServerSocketChannel)) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        long deadline = deadline(timeoutNanos);
        while (true) {
            ServerSocketChannel server = (ServerSocketChannel) channel();
            SocketChannel c;
            try {
                c = server.accept();
            } catch (NotYetBoundException e) {
                throw new ErrnoException(ErrnoException.EINVAL);
            }
            if (c != null) {
                if (v6only && isIPv4(c.getRemoteAddress())) {
                    c.close();
                    continue;
                }
                return c;
            }
            waitFor(true, SelectionKey.OP_ACCEPT, timeoutNanos, deadline);
        }
    }

    /** connect(); EINPROGRESS when non-blocking and the connection is not made at once. */
    void connect(SocketAddress addr, long timeoutNanos) throws IOException {
        NetworkChannel ch = channel();
        if (v6only && isIPv4(addr)) {
            throw new ErrnoException(ENETUNREACH);
        }
        if (ch instanceof DatagramChannel dc) {
            if (dc.isConnected()) {
                dc.disconnect();
            }
            dc.connect(addr);
            return;
        }
        if (!(ch instanceof SocketChannel sc)) {
            throw new ErrnoException(EISCONN);
        }
        try {
            if (sc.isConnected()) {
                throw new ErrnoException(EISCONN);
            }
            if (sc.isConnectionPending()) {
                if (sc.finishConnect()) {
                    throw new ErrnoException(EISCONN);
                }
                if (timeoutNanos == 0) {
                    throw new ErrnoException(EALREADY);
                }
            } else if (sc.connect(addr)) {
                return;
            }
            if (timeoutNanos == 0) {
                throw new ErrnoException(EINPROGRESS);
            }
            long deadline = deadline(timeoutNanos);
            while (!sc.finishConnect()) {
                if (!await(false, SelectionKey.OP_CONNECT, deadline)) {
                    throw new SocketTimeoutException("timed out");
                }
            }
        } catch (ErrnoException | SocketTimeoutException e) {
            throw e;
        } catch (UnresolvedAddressException e) {
            throw new ErrnoException(ErrnoException.EINVAL);
        } catch (UnsupportedAddressTypeException e) {
            throw new ErrnoException(EAFNOSUPPORT);
        } catch (AlreadyConnectedException e) {
            throw new ErrnoException(EISCONN);
        } catch (ConnectionPendingException e) {
            throw new ErrnoException(EALREADY);
        } catch (IOException e) {
            renewAfterFailedConnect(sc);
            throw e;
        }
    }

    /** Java closes a channel whose connect failed; a POSIX socket stays usable, so replace it. */
    private void renewAfterFailedConnect(SocketChannel failed) throws IOException {
        if (closed || channel != failed) {
            return;
        }
        try {
            failed.close();
        } catch (IOException ignored) {
            // already closed by the failed connect
        }
        SocketChannel fresh = nonBlocking(SocketChannel.open(protocolFamily(family)));
        applyOptions(fresh);
        channel = fresh;
    }

    /** SO_ERROR: the pending error of a non-blocking connect (finishing it if it is done), then 0. */
    synchronized int takeError() throws IOException {
        if (channel instanceof SocketChannel sc && sc.isConnectionPending()) {
            try {
                sc.finishConnect();
            } catch (IOException e) {
                connectErrno = SocketErrors.errnoOf(e);
                renewAfterFailedConnect(sc);
            }
        }
        int e = connectErrno;
        connectErrno = 0;
        return e;
    }

    void shutdown(int how) throws IOException {
        NetworkChannel ch = channel();
        if (how < 0 || how > 2) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        if (!(ch instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new ErrnoException(ENOTCONN);
        }
        if (how != 1) {
            sc.shutdownInput();
        }
        if (how != 0) {
            sc.shutdownOutput();
        }
    }

    SocketAddress localAddress() throws IOException {
        return channel().getLocalAddress();
    }

    SocketAddress remoteAddress() throws IOException {
        NetworkChannel ch = channel();
        SocketAddress a = ch instanceof SocketChannel sc ? sc.getRemoteAddress()
                : ch instanceof DatagramChannel dc ? dc.getRemoteAddress() : null;
        if (a == null) {
            throw new ErrnoException(ENOTCONN);
        }
        return a;
    }

    // ---- data -----------------------------------------------------------------------------------

    /** Receives into {@code dst}; 0 at end of stream. */
    int recv(ByteBuffer dst, int flags, long timeoutNanos) throws IOException {
        return (int) receive(dst, flags, timeoutNanos, null);
    }

    /**
     * Receives into {@code dst}; the count, and the sender in {@code from[0]} when asked (null for
     * a stream socket, as the kernel gives no address there).
     */
    long receive(ByteBuffer dst, int flags, long timeoutNanos, SocketAddress[] from) throws IOException {
        if ((flags & MSG_DONTWAIT) != 0) {
            timeoutNanos = 0;
        }
        NetworkChannel ch = channel();
        boolean peek = (flags & MSG_PEEK) != 0;
        if (ch instanceof DatagramChannel dc) {
            return receiveDatagram(dc, dst, peek, timeoutNanos, from);
        }
        if (!(ch instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new ErrnoException(ENOTCONN);
        }
        int start = dst.position();
        synchronized (this) {
            if (peeked != null && !peek) {
                int n = Math.min(dst.remaining(), peeked.length);
                dst.put(peeked, 0, n);
                peeked = n == peeked.length ? null : java.util.Arrays.copyOfRange(peeked, n, peeked.length);
                if ((flags & MSG_WAITALL) == 0 || !dst.hasRemaining()) {
                    return n;
                }
            }
        }
        if (peek) {
            return peekStream(sc, dst, timeoutNanos);
        }
        long deadline = deadline(timeoutNanos);
        while (dst.hasRemaining()) {
            int n;
            try {
                n = sc.read(dst);
            } catch (NotYetConnectedException e) {
                throw new ErrnoException(ENOTCONN);
            }
            if (n < 0) {
                break;
            }
            if (n > 0 && (flags & MSG_WAITALL) == 0) {
                break;
            }
            if (n == 0) {
                if (dst.position() > start && (flags & MSG_WAITALL) == 0) {
                    break;
                }
                waitFor(true, SelectionKey.OP_READ, timeoutNanos, deadline);
            }
        }
        if (from != null) {
            from[0] = null;
        }
        return dst.position() - start;
    }

    /** MSG_PEEK on a stream: reads ahead into {@link #peeked} and copies without consuming. */
    private int peekStream(SocketChannel sc, ByteBuffer dst, long timeoutNanos) throws IOException {
        long deadline = deadline(timeoutNanos);
        while (true) {
            synchronized (this) {
                if (peeked != null) {
                    int n = Math.min(dst.remaining(), peeked.length);
                    dst.put(peeked, 0, n);
                    return n;
                }
                ByteBuffer buf = ByteBuffer.allocate(Math.max(dst.remaining(), 1));
                int n = sc.read(buf);
                if (n < 0) {
                    return 0;
                }
                if (n > 0) {
                    peeked = java.util.Arrays.copyOf(buf.array(), n);
                    continue;
                }
            }
            waitFor(true, SelectionKey.OP_READ, timeoutNanos, deadline);
        }
    }

    private long receiveDatagram(DatagramChannel dc, ByteBuffer dst, boolean peek, long timeoutNanos,
                                 SocketAddress[] from) throws IOException {
        long deadline = deadline(timeoutNanos);
        while (true) {
            synchronized (this) {
                if (peeked != null) {
                    int n = Math.min(dst.remaining(), peeked.length);
                    dst.put(peeked, 0, n);
                    if (from != null) {
                        from[0] = peekedFrom;
                    }
                    if (!peek) {
                        peeked = null;
                        peekedFrom = null;
                    }
                    return n;
                }
                // Receive the whole datagram (up to the UDP maximum) so a short buffer truncates it
                // as the kernel does, and a peek can keep all of it.
                ByteBuffer buf = ByteBuffer.allocate(65536);
                SocketAddress sender = dc.receive(buf);
                if (sender != null && v6only && isIPv4(sender)) {
                    continue;
                }
                if (sender != null) {
                    byte[] data = java.util.Arrays.copyOf(buf.array(), buf.position());
                    if (peek) {
                        peeked = data;
                        peekedFrom = sender;
                        continue;
                    }
                    int n = Math.min(dst.remaining(), data.length);
                    dst.put(data, 0, n);
                    if (from != null) {
                        from[0] = sender;
                    }
                    return n;
                }
            }
            waitFor(true, SelectionKey.OP_READ, timeoutNanos, deadline);
        }
    }

    /** Sends some of {@code src} (at least one byte unless it is empty); the count. */
    int send(ByteBuffer src, int flags, long timeoutNanos) throws IOException {
        if ((flags & MSG_DONTWAIT) != 0) {
            timeoutNanos = 0;
        }
        NetworkChannel ch = channel();
        long deadline = deadline(timeoutNanos);
        if (ch instanceof DatagramChannel dc) {
            if (!dc.isConnected()) {
                throw new ErrnoException(EDESTADDRREQ);
            }
            while (true) {
                int n = dc.write(src);
                if (n > 0 || !src.hasRemaining()) {
                    return n;
                }
                waitFor(false, SelectionKey.OP_WRITE, timeoutNanos, deadline);
            }
        }
        if (!(ch instanceof SocketChannel sc) || !sc.isConnected()) {
            throw new ErrnoException(ch instanceof SocketChannel ? ErrnoException.EPIPE : ENOTCONN);
        }
        while (true) {
            int n;
            try {
                n = sc.write(src);
            } catch (NotYetConnectedException e) {
                throw new ErrnoException(ENOTCONN);
            }
            if (n > 0 || !src.hasRemaining()) {
                return n;
            }
            waitFor(false, SelectionKey.OP_WRITE, timeoutNanos, deadline);
        }
    }

    /** sendall(): all of {@code src} within one overall timeout. */
    void sendAll(ByteBuffer src, int flags, long timeoutNanos) throws IOException {
        long deadline = deadline(timeoutNanos);
        while (src.hasRemaining()) {
            long left = timeoutNanos <= 0 ? timeoutNanos : Math.max(1, deadline - System.nanoTime());
            send(src, flags, left);
        }
    }

    /** sendto() on a datagram socket. */
    int sendTo(ByteBuffer src, int flags, SocketAddress to, long timeoutNanos) throws IOException {
        if ((flags & MSG_DONTWAIT) != 0) {
            timeoutNanos = 0;
        }
        NetworkChannel ch = channel();
        if (!(ch instanceof DatagramChannel dc)) {
            throw new ErrnoException(ch instanceof SocketChannel sc && sc.isConnected() ? EISCONN : EOPNOTSUPP);
        }
        if (v6only && isIPv4(to)) {
            throw new ErrnoException(ENETUNREACH);
        }
        long deadline = deadline(timeoutNanos);
        while (true) {
            int n;
            try {
                n = dc.send(src, to);
            } catch (UnresolvedAddressException e) {
                throw new ErrnoException(ErrnoException.EINVAL);
            } catch (UnsupportedAddressTypeException e) {
                throw new ErrnoException(EAFNOSUPPORT);
            } catch (AlreadyConnectedException e) {
                throw new ErrnoException(EISCONN);
            }
            if (n > 0 || !src.hasRemaining()) {
                return n;
            }
            waitFor(false, SelectionKey.OP_WRITE, timeoutNanos, deadline);
        }
    }

    /** An IPv4 (or IPv4-mapped, which Java reports as IPv4) socket address. */
    private static boolean isIPv4(SocketAddress a) {
        return a instanceof java.net.InetSocketAddress in && in.getAddress() instanceof java.net.Inet4Address;
    }

    boolean v6only() {
        return v6only;
    }

    void setV6only(boolean on) throws IOException {
        if (family != AF_INET6) {
            throw new ErrnoException(ENOPROTOOPT);
        }
        channel();
        v6only = on;
    }

    // ---- options --------------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> void setOption(SocketOption<T> opt, T value) throws IOException {
        NetworkChannel ch = channel();
        if (!ch.supportedOptions().contains(opt)) {
            throw new ErrnoException(ENOPROTOOPT);
        }
        ch.setOption(opt, value);
        synchronized (setOptions) {
            setOptions.put(opt, value);
        }
    }

    <T> T getOption(SocketOption<T> opt) throws IOException {
        NetworkChannel ch = channel();
        if (!ch.supportedOptions().contains(opt)) {
            synchronized (setOptions) {
                Object v = setOptions.get(opt);
                if (v != null) {
                    return opt.type().cast(v);
                }
            }
            throw new ErrnoException(ENOPROTOOPT);
        }
        return ch.getOption(opt);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyOptions(NetworkChannel ch) throws IOException {
        synchronized (setOptions) {
            for (Map.Entry<SocketOption<?>, Object> e : setOptions.entrySet()) {
                if (ch.supportedOptions().contains(e.getKey())) {
                    ch.setOption((SocketOption) e.getKey(), e.getValue());
                }
            }
        }
    }

    // ---- OpenFile: os.read/os.write/select on the descriptor -----------------------------------

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return recv(ByteBuffer.wrap(b, off, len), 0, isBlocking() ? -1 : 0);
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        return send(ByteBuffer.wrap(b, off, len), 0, isBlocking() ? -1 : 0);
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return true;
    }

    /** S_IFSOCK. */
    @Override
    public int fileType() {
        return 0140000;
    }

    /** poll(2) events for select/poll/epoll over the descriptor table (one probe of the channel). */
    @Override
    public int readiness() throws IOException {
        if (closed) {
            return org.pyston.builtins.posix.Readiness.POLLNVAL;
        }
        int r = 0;
        if (pollReadable()) {
            r |= org.pyston.builtins.posix.Readiness.READABLE;
        }
        if (pollWritable()) {
            r |= org.pyston.builtins.posix.Readiness.WRITABLE;
        }
        return r;
    }

    @Override
    protected void closeNow() throws IOException {
        Selector r;
        Selector w;
        synchronized (this) {
            closed = true;
            r = readSelector;
            w = writeSelector;
        }
        NetworkChannel ch = channel;
        try {
            if (ch != null) {
                ch.close();
            }
        } finally {
            // Closing the selectors deregisters the channel, which is when Java closes the socket.
            if (r != null) {
                r.close();
            }
            if (w != null) {
                w.close();
            }
        }
    }

    /** Makes a connected AF_UNIX (or loopback TCP) pair, as socketpair(). */
    static SocketFile[] pair(int family, int proto) throws IOException {
        ProtocolFamily pf = protocolFamily(family);
        Path dir = null;
        SocketAddress at;
        if (family == AF_UNIX) {
            dir = Files.createTempDirectory("pyston-socketpair");
            at = UnixDomainSocketAddress.of(dir.resolve("s"));
        } else {
            at = new InetSocketAddress(family == AF_INET6 ? "::1" : "127.0.0.1", 0);
        }
        try (ServerSocketChannel server = ServerSocketChannel.open(pf)) {
            server.bind(at, 1);
            SocketChannel a = SocketChannel.open(pf);
            try {
                a.connect(server.getLocalAddress());
                SocketChannel b = server.accept();
                return new SocketFile[] {connected(family, proto, a), connected(family, proto, b)};
            } catch (IOException | RuntimeException e) {
                a.close();
                throw e;
            }
        } finally {
            if (dir != null) {
                Files.deleteIfExists(dir.resolve("s"));
                Files.deleteIfExists(dir);
            }
        }
    }

    @Override
    public String toString() {
        return "socket(family=" + family + ", type=" + type + ")";
    }
}
