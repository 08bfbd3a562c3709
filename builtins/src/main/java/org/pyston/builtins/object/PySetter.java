package org.pyston.builtins.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public static {@code void name(Self self, Object value)} method as the setter of the
 * attribute of the same name declared with {@link PyGetter}; {@code value} is null for {@code del}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
    /** The Python attribute name. */
    String value();
}
