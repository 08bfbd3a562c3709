package org.pyston.builtins.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Tests of {@link Pipe}: POSIX pipe semantics over the in-memory buffer. */
class PipeTest {

    /** Tests that bytes come out in order and a read returns 0 once the write end is closed. */
    @Test
    void testRead_endOfFileAfterWriterCloses() throws IOException {
        Pipe p = new Pipe();
        p.writer.write(new byte[] {1, 2, 3}, 0, 3);
        byte[] b = new byte[10];
        assertEquals(2, p.reader.read(b, 0, 2));
        p.writer.release();
        assertEquals(1, p.reader.read(b, 2, 8));
        assertArrayEquals(new byte[] {1, 2, 3}, java.util.Arrays.copyOf(b, 3));
        assertEquals(0, p.reader.read(b, 0, 10));
    }

    /** Tests that a write with no read end left fails with EPIPE. */
    @Test
    void testWrite_brokenPipe() throws IOException {
        Pipe p = new Pipe();
        p.reader.release();
        ErrnoException e = assertThrows(ErrnoException.class, () -> p.writer.write(new byte[1], 0, 1));
        assertEquals(ErrnoException.EPIPE, e.errno);
    }

    /** Tests that a non-blocking read of an empty pipe fails with EAGAIN, and a full pipe refuses writes. */
    @Test
    void testNonBlocking_eagain() throws IOException {
        Pipe p = new Pipe();
        p.reader.setBlocking(false);
        p.writer.setBlocking(false);
        ErrnoException e = assertThrows(ErrnoException.class, () -> p.reader.read(new byte[1], 0, 1));
        assertEquals(ErrnoException.EAGAIN, e.errno);
        byte[] big = new byte[Pipe.CAPACITY + 10];
        assertEquals(Pipe.CAPACITY, p.writer.write(big, 0, big.length));
        assertEquals(Readiness.READABLE, p.reader.readiness());
        assertEquals(0, p.writer.readiness());
    }

    /** Tests that readiness follows Linux's pipe_poll: HUP once writers are gone, ERR once readers are. */
    @Test
    void testReadiness_hangupAndError() throws IOException {
        Pipe p = new Pipe();
        assertEquals(0, p.reader.readiness());
        assertEquals(Readiness.WRITABLE, p.writer.readiness());
        p.writer.write(new byte[] {1}, 0, 1);
        p.writer.release();
        assertEquals(Readiness.READABLE | Readiness.POLLHUP, p.reader.readiness());
        Pipe q = new Pipe();
        q.reader.release();
        assertEquals(Readiness.WRITABLE | Readiness.POLLERR, q.writer.readiness());
    }

    /** Tests that a retained end stays open until its last holder releases it. */
    @Test
    void testRelease_lastHolderCloses() throws IOException {
        Pipe p = new Pipe();
        p.writer.retain();
        p.writer.release();
        p.writer.write(new byte[] {7}, 0, 1);
        p.writer.release();
        byte[] b = new byte[2];
        assertEquals(1, p.reader.read(b, 0, 2));
        assertEquals(0, p.reader.read(b, 0, 2));
    }
}
