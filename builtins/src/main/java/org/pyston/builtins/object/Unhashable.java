package org.pyston.builtins.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the methods class of a mutable built-in type whose {@code __hash__} is {@code None} in its
 * type dict, as CPython's {@code list.__hash__}: {@code hash()} then reports "unhashable type"
 * and {@code collections.abc.Hashable} (which reads {@code __hash__} from the MRO) says no.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Unhashable {
}
