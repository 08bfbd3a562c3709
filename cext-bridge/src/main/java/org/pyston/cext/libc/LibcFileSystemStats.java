package org.pyston.cext.libc;

import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileSystemStats;

/**
 * {@code os.statvfs}/{@code os.fstatvfs}'s system calls over the C library (registered in
 * {@code META-INF/services/org.pyston.builtins.posix.FileSystemStats}). {@code struct statvfs} on
 * 64-bit Linux is eleven unsigned longs (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files,
 * f_ffree, f_favail, f_fsid, f_flag, f_namemax) and six spare ints. {@code fstatvfs} of a
 * descriptor with no OS descriptor behind it (a directory opened by {@code os.open}) asks about its
 * path instead, which names the same file system.
 */
public final class LibcFileSystemStats implements FileSystemStats {
    private static final int EINTR = 4;

    @Override
    public long[] statvfs(String path) throws ErrnoException {
        long[] buf = new long[14];
        while (Native.libc().statvfs(path, buf) == -1) {
            if (Native.errno() != EINTR) {
                throw new ErrnoException(Native.errno());
            }
        }
        return reorder(buf);
    }

    @Override
    public long[] fstatvfs(int fd) throws ErrnoException {
        int os = OsDescriptors.osFdOrMinus1(fd);
        java.nio.file.Path path = OsDescriptors.file(fd).path();
        if (os < 0 && path != null) {
            // a directory or file the JVM opened without a descriptor we can reach: the same file system
            return statvfs(path.toString());
        }
        os = OsDescriptors.osFd(fd);
        long[] buf = new long[14];
        while (Native.libc().fstatvfs(os, buf) == -1) {
            if (Native.errno() != EINTR) {
                throw new ErrnoException(Native.errno());
            }
        }
        return reorder(buf);
    }

    /** statvfs_result's order: f_fsid (the C struct's ninth field) last. */
    private static long[] reorder(long[] c) {
        return new long[] {c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[9], c[10], c[8]};
    }
}
