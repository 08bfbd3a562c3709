package org.pyston.builtins.pyexpat;

/** A well-formedness error found by {@link XmlScanner}: an expat error code and where it is. */
final class XmlSyntaxError extends RuntimeException {
    final int code;
    final int line;
    final int column;
    final long byteIndex;

    XmlSyntaxError(int code, int line, int column, long byteIndex) {
        super(ExpatErrors.message(code), null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
        this.byteIndex = byteIndex;
    }
}
