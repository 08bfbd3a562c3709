package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A regular file (or a device such as /dev/null) opened with {@code os.open} or {@code FileIO}:
 * a {@link FileChannel} whose position is the shared offset. O_APPEND writes go to the end.
 */
public final class ChannelFile extends OpenFile {
    private final FileChannel channel;
    private final Path path;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;

    public ChannelFile(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
        this.channel = channel;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** The channel (for FileIO's readall sizing and for child-process redirection). */
    public FileChannel channel() {
        return channel;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!readable) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        if (len == 0) {
            return 0;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, len));
        return Math.max(n, 0);
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        if (!writable) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        synchronized (this) {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }
        return len;
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public synchronized long seek(long pos, int whence) throws IOException {
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> channel.position();
            case 2 -> channel.size();
            default -> throw new ErrnoException(ErrnoException.EINVAL);
        };
        long target = base + pos;
        if (target < 0) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        channel.position(target);
        return target;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void truncate(long length) throws IOException {
        if (!writable || length < 0) {
            throw new ErrnoException(ErrnoException.EINVAL);
        }
        long size = channel.size();
        if (length < size) {
            long pos = channel.position();
            channel.truncate(length);
            channel.position(pos);
        } else if (length > size) {
            // ftruncate extends with zeros; FileChannel.truncate never grows a file.
            channel.write(ByteBuffer.allocate(1), length - 1);
        }
    }

    @Override
    public void sync() throws IOException {
        channel.force(true);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int fileType() {
        return 0100000;
    }

    @Override
    protected void closeNow() throws IOException {
        channel.close();
    }
}
