package org.pyston.builtins.ops;

/**
 * Marks a built-in type whose operators are its declared dunder methods ({@code __add__},
 * {@code __eq__}, {@code __iadd__} ...) rather than code wired into {@link BinaryOps} and
 * {@link CompareOps}: bytes, bytearray, complex, memoryview. The wired fast paths of int, float,
 * str and the containers stay first; the declared methods are consulted only when they give up,
 * so adding such a type costs the hot paths nothing. Declared methods return NotImplemented for
 * operand types they do not handle.
 */
public interface SlotDispatched {
}
