package org.pyston.builtins.runtime;

/**
 * A JVM thread that runs Python code, carrying its {@link ThreadState} in a field: generated
 * functions read it on every call (for the recursion limit), and {@code Thread.currentThread()}
 * plus a field load is far cheaper than a ThreadLocal lookup. Threads not of this class (an
 * embedding application's) still work through the ThreadLocal.
 */
public class PythonThread extends Thread {
    /** Set once by {@link ThreadState#attach}. */
    ThreadState state;

    public PythonThread(Runnable body, String name, long stackSize) {
        super(null, body, name, stackSize);
    }
}
