package org.pyston.builtins.pyexpat;

/**
 * Expat's error codes (1..43), their {@code XML_ERROR_*} names and the messages that
 * {@code ErrorString} and {@code ExpatError} show.
 */
final class ExpatErrors {
    private ExpatErrors() {}

    static final int SYNTAX = 2;
    static final int NO_ELEMENTS = 3;
    static final int INVALID_TOKEN = 4;
    static final int UNCLOSED_TOKEN = 5;
    static final int PARTIAL_CHAR = 6;
    static final int TAG_MISMATCH = 7;
    static final int DUPLICATE_ATTRIBUTE = 8;
    static final int JUNK_AFTER_DOC_ELEMENT = 9;
    static final int UNDEFINED_ENTITY = 11;
    static final int RECURSIVE_ENTITY_REF = 12;
    static final int BAD_CHAR_REF = 14;
    static final int BINARY_ENTITY_REF = 15;
    static final int ATTRIBUTE_EXTERNAL_ENTITY_REF = 16;
    static final int MISPLACED_XML_PI = 17;
    static final int UNKNOWN_ENCODING = 18;
    static final int UNCLOSED_CDATA_SECTION = 20;
    static final int EXTERNAL_ENTITY_HANDLING = 21;
    static final int UNBOUND_PREFIX = 27;
    static final int UNDECLARING_PREFIX = 28;
    static final int XML_DECL = 30;
    static final int FINISHED = 36;
    static final int RESERVED_PREFIX_XML = 38;
    static final int RESERVED_PREFIX_XMLNS = 39;
    static final int RESERVED_NAMESPACE_URI = 40;

    /** Index code-1: {XML_ERROR_ name, message}. */
    static final String[][] TABLE = {
            new String[] {"XML_ERROR_NO_MEMORY", "out of memory"},
            new String[] {"XML_ERROR_SYNTAX", "syntax error"},
            new String[] {"XML_ERROR_NO_ELEMENTS", "no element found"},
            new String[] {"XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"},
            new String[] {"XML_ERROR_UNCLOSED_TOKEN", "unclosed token"},
            new String[] {"XML_ERROR_PARTIAL_CHAR", "partial character"},
            new String[] {"XML_ERROR_TAG_MISMATCH", "mismatched tag"},
            new String[] {"XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"},
            new String[] {"XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"},
            new String[] {"XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"},
            new String[] {"XML_ERROR_UNDEFINED_ENTITY", "undefined entity"},
            new String[] {"XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"},
            new String[] {"XML_ERROR_ASYNC_ENTITY", "asynchronous entity"},
            new String[] {"XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"},
            new String[] {"XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"},
            new String[] {"XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"},
            new String[] {"XML_ERROR_MISPLACED_XML_PI", "XML or text declaration not at start of entity"},
            new String[] {"XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"},
            new String[] {"XML_ERROR_INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"},
            new String[] {"XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"},
            new String[] {"XML_ERROR_EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"},
            new String[] {"XML_ERROR_NOT_STANDALONE", "document is not standalone"},
            new String[] {"XML_ERROR_UNEXPECTED_STATE", "unexpected parser state - please send a bug report"},
            new String[] {"XML_ERROR_ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"},
            new String[] {"XML_ERROR_FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"},
            new String[] {"XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"},
            new String[] {"XML_ERROR_UNBOUND_PREFIX", "unbound prefix"},
            new String[] {"XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"},
            new String[] {"XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"},
            new String[] {"XML_ERROR_XML_DECL", "XML declaration not well-formed"},
            new String[] {"XML_ERROR_TEXT_DECL", "text declaration not well-formed"},
            new String[] {"XML_ERROR_PUBLICID", "illegal character(s) in public id"},
            new String[] {"XML_ERROR_SUSPENDED", "parser suspended"},
            new String[] {"XML_ERROR_NOT_SUSPENDED", "parser not suspended"},
            new String[] {"XML_ERROR_ABORTED", "parsing aborted"},
            new String[] {"XML_ERROR_FINISHED", "parsing finished"},
            new String[] {"XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"},
            new String[] {"XML_ERROR_RESERVED_PREFIX_XML", "reserved prefix (xml) must not be undeclared or bound to another namespace name"},
            new String[] {"XML_ERROR_RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"},
            new String[] {"XML_ERROR_RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace names"},
            new String[] {"XML_ERROR_INVALID_ARGUMENT", "invalid argument"},
            new String[] {"XML_ERROR_NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"},
            new String[] {"XML_ERROR_AMPLIFICATION_LIMIT_BREACH", "limit on input amplification factor (from DTD and entities) breached"}
    };

    /** The message of {@code code}, or null outside the table (as ErrorString). */
    static String message(int code) {
        return code >= 1 && code <= TABLE.length ? TABLE[code - 1][1] : null;
    }
}
