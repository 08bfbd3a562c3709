package org.pyston.cext.libc;

import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;

/**
 * The C library functions cext-bridge calls, as jnr-ffi binds them (see {@link Native#libc()}).
 * Structures are passed as {@code long[]} or {@code byte[]} laid out as glibc's on 64-bit Linux
 * (LP64: long and pointers 8 bytes); the callers name each offset. Every function saves errno.
 */
public interface LibC {
    @SaveError int getrusage(int who, @Out long[] usage);

    @SaveError int getrlimit(int resource, @Out long[] rlim);

    @SaveError int setrlimit(int resource, @In long[] rlim);

    @SaveError int prlimit(int pid, int resource, @In long[] newLimit, @Out long[] oldLimit);

    int getpagesize();

    @SaveError int fcntl(int fd, int cmd, long arg);

    @SaveError int fcntl(int fd, int cmd, @In @Out byte[] arg);

    @SaveError int ioctl(int fd, long request, long arg);

    @SaveError int ioctl(int fd, long request, @In @Out byte[] arg);

    @SaveError int flock(int fd, int operation);

    @SaveError int statvfs(String path, @Out long[] buf);

    @SaveError int fstatvfs(int fd, @Out long[] buf);

    @SaveError int tcgetattr(int fd, @Out byte[] termios);

    @SaveError int tcsetattr(int fd, int when, @In byte[] termios);

    @SaveError int tcsendbreak(int fd, int duration);

    @SaveError int tcdrain(int fd);

    @SaveError int tcflush(int fd, int queue);

    @SaveError int tcflow(int fd, int action);

    int cfgetispeed(@In byte[] termios);

    int cfgetospeed(@In byte[] termios);

    @SaveError int cfsetispeed(@In @Out byte[] termios, int speed);

    @SaveError int cfsetospeed(@In @Out byte[] termios, int speed);
}
