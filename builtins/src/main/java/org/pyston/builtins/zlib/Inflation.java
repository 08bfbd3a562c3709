package org.pyston.builtins.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.pyston.builtins.binascii.Checksums;

/**
 * One decompression stream as zlib's inflate sees it, over {@link Inflater}: the zlib container or
 * raw deflate data go straight to the Inflater; the gzip header and trailer are read here (with
 * zlib's messages), and for {@code wbits} 32 + N the container is chosen from the first byte.
 * Input is given call by call; each call reports how many trailing input bytes it did not use, which
 * is how Python's {@code Decompress} derives {@code unconsumed_tail} and {@code unused_data}.
 */
final class Inflation {
    /** Thrown with zlib's error code and message (e.g. -3, "incorrect header check"). */
    static final class ZlibFailure extends Exception {
        final int code;

        ZlibFailure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private enum Phase { DETECT, HEADER, BODY, TRAILER, END }

    private final byte[] zdict;
    private WindowBits format;
    private Phase phase;
    private Inflater inflater;
    /** Header or trailer bytes received so far (gzip, or the first byte while detecting). */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int crc;
    private long isize;

    Inflation(WindowBits format, byte[] zdict) {
        this.format = format;
        this.zdict = zdict;
        switch (format) {
            case AUTO -> phase = Phase.DETECT;
            case GZIP -> phase = Phase.HEADER;
            default -> startBody();
        }
    }

    private void startBody() {
        inflater = new Inflater(format != WindowBits.ZLIB);
        if (format == WindowBits.RAW && zdict != null) {
            inflater.setDictionary(zdict);
        }
        phase = Phase.BODY;
    }

    /** Whether the end of the stream (and of its gzip trailer) was reached. */
    boolean eof() {
        return phase == Phase.END;
    }

    /**
     * Decompresses from {@code in} into {@code out}, producing at most {@code maxLength} bytes (0: no
     * limit). Returns how many bytes at the end of {@code in} were not consumed: after the end of the
     * stream they are unused data, before it they wait for more output room.
     */
    int run(byte[] in, ByteArrayOutputStream out, int maxLength) throws ZlibFailure {
        int pos = 0;
        int produced = 0;
        byte[] buf = new byte[8192];
        while (true) {
            switch (phase) {
                case END:
                    return in.length - pos;
                case DETECT: {
                    if (pos >= in.length) {
                        return 0;
                    }
                    if ((in[pos] & 0xff) == 0x1f) {
                        format = WindowBits.GZIP;
                        phase = Phase.HEADER;
                    } else {
                        format = WindowBits.ZLIB;
                        startBody();
                    }
                    break;
                }
                case HEADER: {
                    int before = pending.size();
                    pending.write(in, pos, in.length - pos);
                    byte[] h = pending.toByteArray();
                    int len;
                    try {
                        len = GzipFraming.headerLength(h, h.length);
                    } catch (IllegalStateException e) {
                        throw new ZlibFailure(-3, e.getMessage());
                    }
                    if (len < 0) {
                        return 0;
                    }
                    pos += len - before;
                    pending.reset();
                    startBody();
                    break;
                }
                case BODY: {
                    inflater.setInput(in, pos, in.length - pos);
                    while (true) {
                        int room = buf.length;
                        if (maxLength > 0) {
                            room = Math.min(room, maxLength - produced);
                            if (room == 0 && !inflater.finished()) {
                                return inflater.getRemaining();
                            }
                        }
                        int n = room > 0 ? inflate(buf, room) : 0;
                        if (n > 0) {
                            out.write(buf, 0, n);
                            produced += n;
                            if (format == WindowBits.GZIP) {
                                crc = Checksums.crc32(crc, buf, 0, n);
                                isize += n;
                            }
                            continue;
                        }
                        if (inflater.finished()) {
                            int rest = inflater.getRemaining();
                            pos = in.length - rest;
                            inflater.end();
                            phase = format == WindowBits.GZIP ? Phase.TRAILER : Phase.END;
                            break;
                        }
                        if (inflater.needsDictionary()) {
                            if (zdict == null) {
                                throw new ZlibFailure(2, null);
                            }
                            try {
                                inflater.setDictionary(zdict);
                            } catch (IllegalArgumentException e) {
                                throw new ZlibFailure(-3, "invalid dictionary");
                            }
                            continue;
                        }
                        // needs input: everything given was consumed
                        return 0;
                    }
                    break;
                }
                case TRAILER: {
                    int take = Math.min(8 - pending.size(), in.length - pos);
                    pending.write(in, pos, take);
                    pos += take;
                    if (pending.size() < 8) {
                        return 0;
                    }
                    byte[] t = pending.toByteArray();
                    pending.reset();
                    int wantCrc = (t[0] & 0xff) | (t[1] & 0xff) << 8 | (t[2] & 0xff) << 16 | (t[3] & 0xff) << 24;
                    int wantSize = (t[4] & 0xff) | (t[5] & 0xff) << 8 | (t[6] & 0xff) << 16 | (t[7] & 0xff) << 24;
                    if (wantCrc != crc) {
                        throw new ZlibFailure(-3, "incorrect data check");
                    }
                    if (wantSize != (int) isize) {
                        throw new ZlibFailure(-3, "incorrect length check");
                    }
                    phase = Phase.END;
                    break;
                }
                default:
                    throw new IllegalStateException();
            }
        }
    }

    private int inflate(byte[] buf, int room) throws ZlibFailure {
        try {
            return inflater.inflate(buf, 0, room);
        } catch (DataFormatException e) {
            throw new ZlibFailure(-3, e.getMessage() == null ? "invalid input data" : e.getMessage());
        }
    }

    /** Frees the native inflater (zlib's inflateEnd). */
    void end() {
        if (inflater != null) {
            inflater.end();
        }
    }
}
