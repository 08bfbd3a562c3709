package org.pyston.builtins.posix;

/**
 * The statvfs(3) system calls, which the JDK does not offer (its FileStore lacks the inode counts,
 * flags and name length): implemented by cext-bridge over the C library and found with
 * {@link java.util.ServiceLoader} on the first call of {@code os.statvfs}/{@code os.fstatvfs}.
 * Results are the eleven fields of {@code struct statvfs} in {@code os.statvfs_result}'s order,
 * f_fsid last.
 */
public interface FileSystemStats {
    /** statvfs(3) of {@code path}; ErrnoException with the call's errno on failure. */
    long[] statvfs(String path) throws ErrnoException;

    /** fstatvfs(3) of the OS descriptor behind Python descriptor {@code fd}. */
    long[] fstatvfs(int fd) throws ErrnoException;
}
