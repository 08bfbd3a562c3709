package org.pyston.cext.termios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;
import org.pyston.cext.libc.CArgs;
import org.pyston.cext.libc.Native;
import org.pyston.cext.libc.OsDescriptors;

/**
 * The {@code termios} module: tcgetattr/tcsetattr and the line-control calls on the OS descriptor
 * behind a Python descriptor, with CPython's list form of {@code struct termios} and its errors
 * ({@code termios.error(errno, strerror)}). A descriptor with no OS descriptor behind it (a
 * JVM-side pipe) is not a terminal: the calls fail with ENOTTY, as they would on a real pipe.
 *
 * <p>{@code struct termios} as glibc lays it out on Linux: four tcflag_t (c_iflag @0, c_oflag @4,
 * c_cflag @8, c_lflag @12), c_line @16, c_cc[32] @17, c_ispeed @52, c_ospeed @56; 60 bytes.
 */
public final class TermiosModule {
    private TermiosModule() {}

    private static final int NCCS = 32;
    private static final int SIZE = 60;
    private static final int CC = 17;
    private static final int ICANON = 2;
    private static final int VTIME = 5;
    private static final int VMIN = 6;
    private static final int ENOTTY = 25;
    private static final long TIOCGWINSZ = 0x5413;
    private static final long TIOCSWINSZ = 0x5414;

    /** Linux's values. */
    private static final String CONSTANTS =
            "B0=0 B1000000=4104 B110=3 B115200=4098 B1152000=4105 B1200=9 B134=4 B150=5 B1500000=4106 " +
            "B1800=10 B19200=14 B200=6 B2000000=4107 B230400=4099 B2400=11 B2500000=4108 B300=7 " +
            "B3000000=4109 B3500000=4110 B38400=15 B4000000=4111 B460800=4100 B4800=12 B50=1 B500000=4101 " +
            "B57600=4097 B576000=4102 B600=8 B75=2 B921600=4103 B9600=13 BRKINT=2 BS0=0 BS1=8192 BSDLY=8192 " +
            "CBAUD=4111 CBAUDEX=4096 CDSUSP=25 CEOF=4 CEOL=0 CEOT=4 CERASE=127 CFLUSH=15 CIBAUD=269418496 " +
            "CINTR=3 CKILL=21 CLNEXT=22 CLOCAL=2048 CQUIT=28 CR0=0 CR1=512 CR2=1024 CR3=1536 CRDLY=1536 " +
            "CREAD=128 CRPRNT=18 CRTSCTS=2147483648 CS5=0 CS6=16 CS7=32 CS8=48 CSIZE=48 CSTART=17 CSTOP=19 " +
            "CSTOPB=64 CSUSP=26 CWERASE=23 ECHO=8 ECHOCTL=512 ECHOE=16 ECHOK=32 ECHOKE=2048 ECHONL=64 " +
            "ECHOPRT=1024 EXTA=14 EXTB=15 FF0=0 FF1=32768 FFDLY=32768 FIOASYNC=21586 FIOCLEX=21585 " +
            "FIONBIO=21537 FIONCLEX=21584 FIONREAD=21531 FLUSHO=4096 HUPCL=1024 ICANON=2 ICRNL=256 " +
            "IEXTEN=32768 IGNBRK=1 IGNCR=128 IGNPAR=4 IMAXBEL=8192 INLCR=64 INPCK=16 IOCSIZE_MASK=1073676288 " +
            "IOCSIZE_SHIFT=16 ISIG=1 ISTRIP=32 IUCLC=512 IXANY=2048 IXOFF=4096 IXON=1024 NCC=8 NCCS=32 NL0=0 " +
            "NL1=256 NLDLY=256 NOFLSH=128 N_MOUSE=2 N_PPP=3 N_SLIP=1 N_STRIP=4 N_TTY=0 OCRNL=8 OFDEL=128 " +
            "OFILL=64 OLCUC=2 ONLCR=4 ONLRET=32 ONOCR=16 OPOST=1 PARENB=256 PARMRK=8 PARODD=512 PENDIN=16384 " +
            "TAB0=0 TAB1=2048 TAB2=4096 TAB3=6144 TABDLY=6144 TCFLSH=21515 TCGETA=21509 TCGETS=21505 " +
            "TCIFLUSH=0 TCIOFF=2 TCIOFLUSH=2 TCION=3 TCOFLUSH=1 TCOOFF=0 TCOON=1 TCSADRAIN=1 TCSAFLUSH=2 " +
            "TCSANOW=0 TCSBRK=21513 TCSBRKP=21541 TCSETA=21510 TCSETAF=21512 TCSETAW=21511 TCSETS=21506 " +
            "TCSETSF=21508 TCSETSW=21507 TCXONC=21514 TIOCCONS=21533 TIOCEXCL=21516 TIOCGETD=21540 " +
            "TIOCGICOUNT=21597 TIOCGLCKTRMIOS=21590 TIOCGPGRP=21519 TIOCGSERIAL=21534 TIOCGSOFTCAR=21529 " +
            "TIOCGWINSZ=21523 TIOCINQ=21531 TIOCLINUX=21532 TIOCMBIC=21527 TIOCMBIS=21526 TIOCMGET=21525 " +
            "TIOCMIWAIT=21596 TIOCMSET=21528 TIOCM_CAR=64 TIOCM_CD=64 TIOCM_CTS=32 TIOCM_DSR=256 TIOCM_DTR=2 " +
            "TIOCM_LE=1 TIOCM_RI=128 TIOCM_RNG=128 TIOCM_RTS=4 TIOCM_SR=16 TIOCM_ST=8 TIOCNOTTY=21538 " +
            "TIOCNXCL=21517 TIOCOUTQ=21521 TIOCPKT=21536 TIOCPKT_DATA=0 TIOCPKT_DOSTOP=32 " +
            "TIOCPKT_FLUSHREAD=1 TIOCPKT_FLUSHWRITE=2 TIOCPKT_NOSTOP=16 TIOCPKT_START=8 TIOCPKT_STOP=4 " +
            "TIOCSCTTY=21518 TIOCSERCONFIG=21587 TIOCSERGETLSR=21593 TIOCSERGETMULTI=21594 " +
            "TIOCSERGSTRUCT=21592 TIOCSERGWILD=21588 TIOCSERSETMULTI=21595 TIOCSERSWILD=21589 TIOCSER_TEMT=1 " +
            "TIOCSETD=21539 TIOCSLCKTRMIOS=21591 TIOCSPGRP=21520 TIOCSSERIAL=21535 TIOCSSOFTCAR=21530 " +
            "TIOCSTI=21522 TIOCSWINSZ=21524 TOSTOP=256 VDISCARD=13 VEOF=4 VEOL=11 VEOL2=16 VERASE=2 VINTR=0 " +
            "VKILL=3 VLNEXT=15 VMIN=6 VQUIT=1 VREPRINT=12 VSTART=8 VSTOP=9 VSUSP=10 VSWTC=7 VSWTCH=7 VT0=0 " +
            "VT1=16384 VTDLY=16384 VTIME=5 VWERASE=14 XCASE=4 XTABS=6144 ";

    /** {@code termios.error}: one class per interpreter, as the module's state. */
    private static PyType error() {
        return Interpreter.current().moduleState(TermiosModule.class,
                () -> org.pyston.builtins.binascii.BinasciiModule.newException("error", "termios", PyExceptions.EXCEPTION));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("termios");
        DeclarationScanner.scanModule(TermiosModule.class, "termios", m.getDict());
        CArgs.putConstants(m, CONSTANTS);
        m.getDict().putStr("error", error());
        return m;
    }

    private static PyBaseException error(int errno) {
        return (PyBaseException) CallOps.call(error(), new Object[] {PyInt.valueOf(errno), PyStr.of(OsErrors.strerror(errno))}, null);
    }

    private static PyBaseException lastError() {
        return error(Native.errno());
    }

    /** The OS descriptor for a terminal call; termios.error(ENOTTY) for a JVM-side stream, EBADF when closed. */
    private static int terminal(Object fdObj) {
        int fd = OsDescriptors.fdArg(fdObj);
        OpenFile f;
        try {
            f = org.pyston.builtins.posix.FileDescriptors.current().get(fd);
        } catch (org.pyston.builtins.posix.ErrnoException e) {
            throw error(e.errno);
        }
        int os = OsDescriptors.osFdOrMinus1(fd);
        if (os < 0) {
            throw error(ENOTTY);
        }
        return os;
    }

    private static byte[] getattr(int os) {
        byte[] t = new byte[SIZE];
        if (Native.libc().tcgetattr(os, t) == -1) {
            throw lastError();
        }
        return t;
    }

    @PyMethod
    public static Object tcgetattr(Object fd) {
        byte[] t = getattr(terminal(fd));
        ByteBuffer b = ByteBuffer.wrap(t).order(ByteOrder.nativeOrder());
        long lflag = b.getInt(12) & 0xFFFFFFFFL;
        Object[] cc = new Object[NCCS];
        for (int i = 0; i < NCCS; i++) {
            cc[i] = PyBytes.wrap(new byte[] {t[CC + i]});
        }
        if ((lflag & ICANON) == 0) {
            cc[VMIN] = PyInt.valueOf(t[CC + VMIN] & 0xFF);
            cc[VTIME] = PyInt.valueOf(t[CC + VTIME] & 0xFF);
        }
        return PyList.of(PyInt.valueOf(b.getInt(0) & 0xFFFFFFFFL), PyInt.valueOf(b.getInt(4) & 0xFFFFFFFFL),
                PyInt.valueOf(b.getInt(8) & 0xFFFFFFFFL), PyInt.valueOf(lflag),
                PyInt.valueOf(Native.libc().cfgetispeed(t) & 0xFFFFFFFFL),
                PyInt.valueOf(Native.libc().cfgetospeed(t) & 0xFFFFFFFFL), PyList.of(cc));
    }

    @PyMethod
    public static Object tcsetattr(Object fd, Object when, Object attributes) {
        int os = OsDescriptors.fdArg(fd);
        int w = CArgs.cInt(when);
        if (!(attributes instanceof PyList l) || l.size() != 7) {
            throw PyExceptions.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        Object[] a = l.toArray();
        os = terminal(fd);
        byte[] t = getattr(os);
        ByteBuffer b = ByteBuffer.wrap(t).order(ByteOrder.nativeOrder());
        for (int i = 0; i < 4; i++) {
            b.putInt(4 * i, (int) CArgs.cLong(a[i]));
        }
        int ispeed = (int) CArgs.cLong(a[4]);
        int ospeed = (int) CArgs.cLong(a[5]);
        if (!(a[6] instanceof PyList cc) || cc.size() != NCCS) {
            throw PyExceptions.typeError("tcsetattr: attributes[6] must be %d element list", NCCS);
        }
        Object[] c = cc.toArray();
        for (int i = 0; i < NCCS; i++) {
            if (c[i] instanceof PyBytes by && by.value.length == 1) {
                t[CC + i] = by.value[0];
            } else if (IntMath.isInt(c[i])) {
                t[CC + i] = (byte) CArgs.cInt(c[i]);
            } else {
                throw PyExceptions.typeError("tcsetattr: elements of attributes must be characters or integers");
            }
        }
        if (Native.libc().cfsetispeed(t, ispeed) == -1 || Native.libc().cfsetospeed(t, ospeed) == -1) {
            throw lastError();
        }
        if (Native.libc().tcsetattr(os, w, t) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tcsendbreak(Object fd, Object duration) {
        int d = CArgs.cInt(duration);
        if (Native.libc().tcsendbreak(terminal(fd), d) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tcdrain(Object fd) {
        if (Native.libc().tcdrain(terminal(fd)) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tcflush(Object fd, Object queue) {
        int q = CArgs.cInt(queue);
        if (Native.libc().tcflush(terminal(fd), q) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tcflow(Object fd, Object action) {
        int a = CArgs.cInt(action);
        if (Native.libc().tcflow(terminal(fd), a) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }

    /** {@code (rows, columns)} of the terminal (ioctl TIOCGWINSZ: struct winsize of four unsigned shorts). */
    @PyMethod
    public static Object tcgetwinsize(Object fd) {
        byte[] w = new byte[8];
        if (Native.libc().ioctl(terminal(fd), TIOCGWINSZ, w) == -1) {
            throw lastError();
        }
        ByteBuffer b = ByteBuffer.wrap(w).order(ByteOrder.nativeOrder());
        return PyTuple.of(PyInt.valueOf(b.getShort(0) & 0xFFFF), PyInt.valueOf(b.getShort(2) & 0xFFFF));
    }

    @PyMethod
    public static Object tcsetwinsize(Object fd, Object winsize) {
        int os = terminal(fd);
        Object[] rc = IterOps.toArray(winsize);
        if (rc.length != 2) {
            throw PyExceptions.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = CArgs.cLong(rc[0]);
        long cols = CArgs.cLong(rc[1]);
        byte[] w = new byte[8];
        if (Native.libc().ioctl(os, TIOCGWINSZ, w) == -1) {
            throw lastError();
        }
        if (rows < 0 || rows > 0xFFFF || cols < 0 || cols > 0xFFFF) {
            throw PyExceptions.overflowError("winsize value(s) out of range.");
        }
        ByteBuffer b = ByteBuffer.wrap(w).order(ByteOrder.nativeOrder());
        b.putShort(0, (short) rows).putShort(2, (short) cols);
        if (Native.libc().ioctl(os, TIOCSWINSZ, w) == -1) {
            throw lastError();
        }
        return PyNone.NONE;
    }
}
