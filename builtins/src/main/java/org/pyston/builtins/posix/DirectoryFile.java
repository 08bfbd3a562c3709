package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A directory opened with {@code os.open(path, O_RDONLY)} (what {@code os.fwalk}, {@code fstat}
 * and {@code listdir(fd)} use): no data to read (EISDIR) or write (EBADF); it only names the
 * directory.
 */
public final class DirectoryFile extends OpenFile {
    private final Path path;

    public DirectoryFile(Path path) {
        this.path = path;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throw new ErrnoException(ErrnoException.EISDIR);
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        throw new ErrnoException(ErrnoException.EBADF);
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public boolean seekable() {
        return true;
    }

    @Override
    public long seek(long pos, int whence) {
        return 0;
    }

    @Override
    public void sync() {
        // nothing buffered
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int fileType() {
        return 0040000;
    }

    @Override
    protected void closeNow() {
        // nothing held open
    }
}
