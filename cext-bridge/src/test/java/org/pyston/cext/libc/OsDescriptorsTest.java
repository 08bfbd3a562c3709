package org.pyston.cext.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;

class OsDescriptorsTest {
    /** Tests that the descriptor read from a FileChannel is the process's descriptor of that file. */
    @Test
    void testChannelFd_namesTheFile() throws Exception {
        Path dir = Files.createTempDirectory("osdesc");
        Path file = dir.resolve("f.txt");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            int fd = OsDescriptors.channelFd(ch, file);
            assertTrue(fd > 2, "descriptor " + fd);
            assertEquals(file.toRealPath(), Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Tests that the C library binds and a call without side effects answers. */
    @Test
    void testLibc_getpagesize() {
        int size = Native.libc().getpagesize();
        assertTrue(size > 0 && (size & (size - 1)) == 0, "page size " + size);
    }

    /** Tests that errno is saved after a failing call (fcntl on a descriptor that is not open). */
    @Test
    void testErrno_afterFailure() {
        assertEquals(-1, Native.libc().fcntl(1 << 20, 1, 0L));
        assertEquals(9, Native.errno());
    }
}
