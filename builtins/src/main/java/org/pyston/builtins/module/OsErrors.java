package org.pyston.builtins.module;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.text.PyStr;

/**
 * Turns Java I/O failures into CPython's OSError subclasses, with Linux's errno numbers and
 * glibc's messages ({@code [Errno 2] No such file or directory: 'x'}).
 */
public final class OsErrors {
    private OsErrors() {}

    /** glibc's strerror texts for 0..133. */
    static final String[] STRERROR = {
        "Success",
        "Operation not permitted",
        "No such file or directory",
        "No such process",
        "Interrupted system call",
        "Input/output error",
        "No such device or address",
        "Argument list too long",
        "Exec format error",
        "Bad file descriptor",
        "No child processes",
        "Resource temporarily unavailable",
        "Cannot allocate memory",
        "Permission denied",
        "Bad address",
        "Block device required",
        "Device or resource busy",
        "File exists",
        "Invalid cross-device link",
        "No such device",
        "Not a directory",
        "Is a directory",
        "Invalid argument",
        "Too many open files in system",
        "Too many open files",
        "Inappropriate ioctl for device",
        "Text file busy",
        "File too large",
        "No space left on device",
        "Illegal seek",
        "Read-only file system",
        "Too many links",
        "Broken pipe",
        "Numerical argument out of domain",
        "Numerical result out of range",
        "Resource deadlock avoided",
        "File name too long",
        "No locks available",
        "Function not implemented",
        "Directory not empty",
        "Too many levels of symbolic links",
        "Unknown error 41",
        "No message of desired type",
        "Identifier removed",
        "Channel number out of range",
        "Level 2 not synchronized",
        "Level 3 halted",
        "Level 3 reset",
        "Link number out of range",
        "Protocol driver not attached",
        "No CSI structure available",
        "Level 2 halted",
        "Invalid exchange",
        "Invalid request descriptor",
        "Exchange full",
        "No anode",
        "Invalid request code",
        "Invalid slot",
        "Unknown error 58",
        "Bad font file format",
        "Device not a stream",
        "No data available",
        "Timer expired",
        "Out of streams resources",
        "Machine is not on the network",
        "Package not installed",
        "Object is remote",
        "Link has been severed",
        "Advertise error",
        "Srmount error",
        "Communication error on send",
        "Protocol error",
        "Multihop attempted",
        "RFS specific error",
        "Bad message",
        "Value too large for defined data type",
        "Name not unique on network",
        "File descriptor in bad state",
        "Remote address changed",
        "Can not access a needed shared library",
        "Accessing a corrupted shared library",
        ".lib section in a.out corrupted",
        "Attempting to link in too many shared libraries",
        "Cannot exec a shared library directly",
        "Invalid or incomplete multibyte or wide character",
        "Interrupted system call should be restarted",
        "Streams pipe error",
        "Too many users",
        "Socket operation on non-socket",
        "Destination address required",
        "Message too long",
        "Protocol wrong type for socket",
        "Protocol not available",
        "Protocol not supported",
        "Socket type not supported",
        "Operation not supported",
        "Protocol family not supported",
        "Address family not supported by protocol",
        "Address already in use",
        "Cannot assign requested address",
        "Network is down",
        "Network is unreachable",
        "Network dropped connection on reset",
        "Software caused connection abort",
        "Connection reset by peer",
        "No buffer space available",
        "Transport endpoint is already connected",
        "Transport endpoint is not connected",
        "Cannot send after transport endpoint shutdown",
        "Too many references: cannot splice",
        "Connection timed out",
        "Connection refused",
        "Host is down",
        "No route to host",
        "Operation already in progress",
        "Operation now in progress",
        "Stale file handle",
        "Structure needs cleaning",
        "Not a XENIX named type file",
        "No XENIX semaphores available",
        "Is a named type file",
        "Remote I/O error",
        "Disk quota exceeded",
        "No medium found",
        "Wrong medium type",
        "Operation canceled",
        "Required key not available",
        "Key has expired",
        "Key has been revoked",
        "Key was rejected by service",
        "Owner died",
        "State not recoverable",
        "Operation not possible due to RF-kill",
        "Memory page has hardware error"
    };

    /** {@code os.strerror(code)}. */
    public static String strerror(long code) {
        return code >= 0 && code < STRERROR.length ? STRERROR[(int) code] : "Unknown error " + code;
    }

    /** OSError(errno, strerror(errno), filename[, filename2]) as CPython raises it (the subclass follows errno). */
    public static PyBaseException error(int errno, String filename, String filename2) {
        Object[] args = filename2 != null
                ? new Object[] {PyInt.valueOf(errno), PyStr.of(strerror(errno)), PyStr.of(filename), PyInt.valueOf(0), PyStr.of(filename2)}
                : filename != null
                ? new Object[] {PyInt.valueOf(errno), PyStr.of(strerror(errno)), PyStr.of(filename)}
                : new Object[] {PyInt.valueOf(errno), PyStr.of(strerror(errno))};
        return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR, args, null);
    }

    /** The errno a Java I/O failure stands for. */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) return 2;
        if (e instanceof FileAlreadyExistsException) return 17;
        if (e instanceof DirectoryNotEmptyException) return 39;
        if (e instanceof AccessDeniedException) return 13;
        if (e instanceof NotDirectoryException) return 20;
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            for (int i = 1; i < STRERROR.length; i++) {
                if (reason.contains(STRERROR[i])) return i;
            }
        }
        return 5;
    }

    static PyBaseException fromIO(IOException e, String filename) {
        return error(errnoOf(e), filename, null);
    }

    static PyBaseException fromIO(IOException e, String filename, String filename2) {
        return error(errnoOf(e), filename, filename2);
    }
}
