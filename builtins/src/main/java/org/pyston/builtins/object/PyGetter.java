package org.pyston.builtins.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public static {@code Object name(Self self)} method of a type's methods class as a
 * read-only attribute (a data descriptor, like CPython's getset). A matching {@link PySetter}
 * makes it writable.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The Python attribute name. */
    String value();
}
