package org.pyston.builtins.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * One interpreter's table of open file descriptors: what {@code FileIO.fileno()} returns and what
 * {@code FileIO(fd)} accepts. 0, 1 and 2 are the interpreter's Java standard streams (so a
 * program run in-process, e.g. by the test harness, prints into the streams it was given);
 * every other descriptor is a file opened by {@code FileIO}, numbered from 3 upward, lowest free
 * first, as a POSIX kernel does. Synchronized on the table.
 */
public final class FileDescriptors {
    /** An open descriptor: a file channel, or one direction of a Java stream. */
    static final class Fd {
        final FileChannel channel;
        final InputStream in;
        final OutputStream out;
        final boolean append;
        final boolean console;

        Fd(FileChannel channel, boolean append) {
            this.channel = channel;
            this.in = null;
            this.out = null;
            this.append = append;
            this.console = false;
        }

        Fd(InputStream in, OutputStream out, boolean console) {
            this.channel = null;
            this.in = in;
            this.out = out;
            this.append = false;
            this.console = console;
        }

        boolean seekable() {
            return channel != null;
        }

        /** Reads up to {@code len} bytes; 0 at the end of the file. */
        int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (channel != null) {
                int n = channel.read(ByteBuffer.wrap(b, off, len));
                return Math.max(n, 0);
            }
            if (in == null) {
                throw new NotOpen(9);
            }
            int n = in.read(b, off, len);
            return Math.max(n, 0);
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (channel != null) {
                if (append) {
                    channel.position(channel.size());
                }
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
                return;
            }
            if (out == null) {
                throw new NotOpen(9);
            }
            out.write(b, off, len);
            out.flush();
        }

        long seek(long pos, int whence) throws IOException {
            if (channel == null) {
                throw new NotOpen(29);
            }
            long target = whence == 0 ? pos : whence == 1 ? channel.position() + pos : channel.size() + pos;
            if (target < 0) {
                throw new NotOpen(22);
            }
            channel.position(target);
            return target;
        }

        long size() throws IOException {
            return channel == null ? 0 : channel.size();
        }

        void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }

    /** An errno from a descriptor operation (EBADF, ESPIPE, EINVAL). */
    static final class NotOpen extends IOException {
        final int errno;

        NotOpen(int errno) {
            super(null, null);
            this.errno = errno;
        }
    }

    private final Map<Integer, Fd> fds = new HashMap<>();

    /** A table whose 0, 1, 2 are {@code in}, {@code out}, {@code err}. */
    public FileDescriptors(InputStream in, OutputStream out, OutputStream err) {
        boolean console = System.console() != null;
        fds.put(0, new Fd(in, null, console && in == System.in));
        fds.put(1, new Fd(null, direct(out, System.out, FileDescriptor.out), console && out == System.out));
        fds.put(2, new Fd(null, direct(err, System.err, FileDescriptor.err), console && err == System.err));
    }

    /** The JVM's own System.out/err would buffer a second time: write to the descriptor instead. */
    private static OutputStream direct(OutputStream given, OutputStream system, FileDescriptor fd) {
        if (given == system) {
            try {
                system.flush();
            } catch (IOException e) {
                // nothing was pending
            }
            return new FileOutputStream(fd);
        }
        return given;
    }

    synchronized int add(Fd fd) {
        int n = 0;
        while (fds.containsKey(n)) {
            n++;
        }
        fds.put(n, fd);
        return n;
    }

    synchronized Fd get(int fd) {
        return fds.get(fd);
    }

    /** Closes and forgets {@code fd}; false when it was not open. */
    synchronized boolean close(int fd) throws IOException {
        Fd f = fds.remove(fd);
        if (f == null) {
            return false;
        }
        f.close();
        return true;
    }
}
