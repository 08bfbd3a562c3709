package org.pyston.cext.fcntl;

import java.nio.charset.StandardCharsets;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;
import org.pyston.cext.libc.CArgs;
import org.pyston.cext.libc.Native;
import org.pyston.cext.libc.OsDescriptors;

/**
 * The {@code fcntl} module: fcntl, ioctl, flock and lockf on the OS descriptor behind a Python
 * descriptor ({@link OsDescriptors}), with CPython's argument forms (an int argument returns an
 * int; a bytes or str argument is copied into a 1024-byte buffer and the buffer comes back as
 * bytes) and errors.
 *
 * <p>Descriptor flags and status flags are the interpreter's, because Java does the reads and
 * writes: {@code F_GETFD}/{@code F_SETFD} read and set the table's close-on-exec flag
 * ({@link FileDescriptors#isInheritable}), and {@code O_NONBLOCK} in {@code F_GETFL}/{@code F_SETFL}
 * is the open file's blocking mode ({@link OpenFile#isBlocking}); the other status flags go to the
 * OS descriptor when there is one (a JVM-side pipe reports its access mode and O_NONBLOCK).
 */
public final class FcntlModule {
    private FcntlModule() {}

    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int F_DUPFD = 0;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;
    private static final int FD_CLOEXEC = 1;
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_NONBLOCK = 04000;
    private static final int LOCK_SH = 1;
    private static final int LOCK_EX = 2;
    private static final int LOCK_NB = 4;
    private static final int LOCK_UN = 8;
    private static final int F_RDLCK = 0;
    private static final int F_WRLCK = 1;
    private static final int F_UNLCK = 2;
    /** CPython's buffer for string and bytes arguments. */
    private static final int BUFFER = 1024;

    /** Linux's values. */
    private static final String CONSTANTS =
            "DN_ACCESS=1 DN_ATTRIB=32 DN_CREATE=4 DN_DELETE=8 DN_MODIFY=2 DN_MULTISHOT=2147483648 " +
            "DN_RENAME=16 FASYNC=8192 FD_CLOEXEC=1 F_ADD_SEALS=1033 F_DUPFD=0 F_DUPFD_CLOEXEC=1030 F_EXLCK=4 " +
            "F_GETFD=1 F_GETFL=3 F_GETLEASE=1025 F_GETLK=5 F_GETLK64=5 F_GETOWN=9 F_GETPIPE_SZ=1032 " +
            "F_GETSIG=11 F_GET_SEALS=1034 F_NOTIFY=1026 F_OFD_GETLK=36 F_OFD_SETLK=37 F_OFD_SETLKW=38 " +
            "F_RDLCK=0 F_SEAL_GROW=4 F_SEAL_SEAL=1 F_SEAL_SHRINK=2 F_SEAL_WRITE=8 F_SETFD=2 F_SETFL=4 " +
            "F_SETLEASE=1024 F_SETLK=6 F_SETLK64=6 F_SETLKW=7 F_SETLKW64=7 F_SETOWN=8 F_SETPIPE_SZ=1031 " +
            "F_SETSIG=10 F_SHLCK=8 F_UNLCK=2 F_WRLCK=1 LOCK_EX=2 LOCK_MAND=32 LOCK_NB=4 LOCK_READ=64 " +
            "LOCK_RW=192 LOCK_SH=1 LOCK_UN=8 LOCK_WRITE=128 ";

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("fcntl");
        DeclarationScanner.scanModule(FcntlModule.class, "fcntl", m.getDict());
        CArgs.putConstants(m, CONSTANTS);
        return m;
    }

    @PyMethod(required = 2)
    public static Object fcntl(Object fdObj, Object cmdObj, Object arg) {
        int fd = OsDescriptors.fdArg(fdObj);
        int cmd = CArgs.cInt(cmdObj);
        if (arg instanceof PyStr || arg instanceof PyBytes) {
            byte[] in = arg instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8) : ((PyBytes) arg).value;
            if (in.length > BUFFER) {
                throw PyExceptions.valueError("fcntl string arg too long");
            }
            byte[] buf = in.clone();
            int os = OsDescriptors.osFd(fd);
            while (Native.libc().fcntl(os, cmd, buf) == -1) {
                if (!Native.interrupted()) {
                    throw Native.osError();
                }
            }
            return PyBytes.wrap(buf);
        }
        int value = arg == null ? 0 : CArgs.cUIntWrapping(arg);
        switch (cmd) {
            case F_GETFD:
                return PyInt.valueOf(inheritable(fd) ? 0 : FD_CLOEXEC);
            case F_SETFD:
                setInheritable(fd, (value & FD_CLOEXEC) == 0);
                return PyInt.valueOf(0);
            case F_GETFL:
                return PyInt.valueOf(statusFlags(fd));
            case F_SETFL:
                setStatusFlags(fd, value);
                return PyInt.valueOf(0);
            case F_DUPFD:
            case F_DUPFD_CLOEXEC:
                return PyInt.valueOf(dupAtLeast(fd, value, cmd == F_DUPFD));
            default:
                return PyInt.valueOf(call(OsDescriptors.osFd(fd), cmd, value));
        }
    }

    /** F_DUPFD in the interpreter's table: the lowest free descriptor at least {@code min}. */
    private static int dupAtLeast(int fd, int min, boolean inheritable) {
        FileDescriptors t = FileDescriptors.current();
        OsDescriptors.file(fd);
        if (min < 0) {
            throw org.pyston.builtins.module.OsErrors.error(22, null, null);
        }
        int n = min;
        while (t.lookup(n) != null) {
            n++;
        }
        try {
            return t.dup2(fd, n, inheritable);
        } catch (java.io.IOException e) {
            throw org.pyston.builtins.module.OsErrors.error(9, null, null);
        }
    }

    private static int call(int os, int cmd, long value) {
        int r;
        while ((r = Native.libc().fcntl(os, cmd, value)) == -1) {
            if (!Native.interrupted()) {
                throw Native.osError();
            }
        }
        return r;
    }

    private static boolean inheritable(int fd) {
        try {
            return FileDescriptors.current().isInheritable(fd);
        } catch (ErrnoException e) {
            throw org.pyston.builtins.module.OsErrors.error(e.errno, null, null);
        }
    }

    private static void setInheritable(int fd, boolean inheritable) {
        try {
            FileDescriptors.current().setInheritable(fd, inheritable);
        } catch (ErrnoException e) {
            throw org.pyston.builtins.module.OsErrors.error(e.errno, null, null);
        }
    }

    /** F_GETFL: the OS's status flags when there is an OS descriptor, with the interpreter's O_NONBLOCK. */
    private static int statusFlags(int fd) {
        OpenFile f = OsDescriptors.file(fd);
        int flags;
        int os = OsDescriptors.osFdOrMinus1(fd);
        if (os >= 0) {
            flags = call(os, F_GETFL, 0) & ~O_NONBLOCK;
        } else {
            flags = f.readable() && f.writable() ? O_RDWR : f.writable() ? O_WRONLY : 0;
        }
        return f.isBlocking() ? flags : flags | O_NONBLOCK;
    }

    private static void setStatusFlags(int fd, int value) {
        OpenFile f = OsDescriptors.file(fd);
        int os = OsDescriptors.osFdOrMinus1(fd);
        if (os >= 0) {
            // the OS descriptor keeps its own O_NONBLOCK: Java's blocking reads on it must not fail with EAGAIN
            int current = call(os, F_GETFL, 0);
            call(os, F_SETFL, (value & ~O_NONBLOCK) | (current & O_NONBLOCK));
        }
        f.setBlocking((value & O_NONBLOCK) == 0);
    }

    @PyMethod(required = 2)
    public static Object ioctl(Object fdObj, Object requestObj, Object arg, Object mutateFlag) {
        int fd = OsDescriptors.fdArg(fdObj);
        long request = CArgs.cUIntWrapping(requestObj) & 0xFFFFFFFFL;
        boolean mutate = mutateFlag == null || org.pyston.builtins.ops.Truth.isTrue(mutateFlag);
        if (arg instanceof PyByteArray ba) {
            byte[] buf = ba.toBytes();
            if (!mutate && buf.length > BUFFER) {
                throw PyExceptions.valueError("ioctl string arg too long");
            }
            int os = OsDescriptors.osFd(fd);
            int r = ioctlCall(os, request, buf);
            if (mutate) {
                ba.setAll(buf);
                return PyInt.valueOf(r);
            }
            return PyBytes.wrap(buf);
        }
        if (arg instanceof PyStr || arg instanceof PyBytes) {
            byte[] in = arg instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8) : ((PyBytes) arg).value;
            if (in.length > BUFFER) {
                throw PyExceptions.valueError("ioctl string arg too long");
            }
            byte[] buf = in.clone();
            ioctlCall(OsDescriptors.osFd(fd), request, buf);
            return PyBytes.wrap(buf);
        }
        int value = arg == null ? 0 : CArgs.cInt(arg);
        int os = OsDescriptors.osFd(fd);
        int r;
        while ((r = Native.libc().ioctl(os, request, value)) == -1) {
            if (!Native.interrupted()) {
                throw Native.osError();
            }
        }
        return PyInt.valueOf(r);
    }

    private static int ioctlCall(int os, long request, byte[] buf) {
        int r;
        // an empty buffer still needs a valid pointer for the call
        byte[] b = buf.length == 0 ? new byte[1] : buf;
        while ((r = Native.libc().ioctl(os, request, b)) == -1) {
            if (!Native.interrupted()) {
                throw Native.osError();
            }
        }
        return r;
    }

    @PyMethod
    public static Object flock(Object fdObj, Object operation) {
        int fd = OsDescriptors.fdArg(fdObj);
        int op = CArgs.cInt(operation);
        int os = OsDescriptors.osFd(fd);
        while (Native.libc().flock(os, op) == -1) {
            if (!Native.interrupted()) {
                throw Native.osError();
            }
        }
        return PyNone.NONE;
    }

    /** {@code lockf} as CPython implements it: a POSIX record lock (struct flock) set with F_SETLK(W). */
    @PyMethod(required = 2)
    public static Object lockf(Object fdObj, Object cmdObj, Object len, Object start, Object whence) {
        int fd = OsDescriptors.fdArg(fdObj);
        int code = CArgs.cInt(cmdObj);
        short type;
        if (code == LOCK_UN) {
            type = F_UNLCK;
        } else if ((code & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((code & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw PyExceptions.valueError("unrecognized lockf argument");
        }
        long l = len == null ? 0 : CArgs.cLong(len);
        long s = start == null ? 0 : CArgs.cLong(start);
        int w = whence == null ? 0 : CArgs.cInt(whence);
        // struct flock (LP64): short l_type, short l_whence, off_t l_start @8, off_t l_len @16, pid_t l_pid @24
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.nativeOrder());
        b.putShort(0, type).putShort(2, (short) w).putLong(8, s).putLong(16, l);
        byte[] buf = b.array();
        int os = OsDescriptors.osFd(fd);
        int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        while (Native.libc().fcntl(os, cmd, buf) == -1) {
            if (!Native.interrupted()) {
                throw Native.osError();
            }
        }
        return PyNone.NONE;
    }
}
