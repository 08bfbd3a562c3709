package org.pyston.builtins.sre;

import static org.pyston.builtins.sre.SreConstants.*;

import org.pyston.builtins.exception.PyExceptions;

/**
 * One matching run of a compiled pattern over one subject: CPython's {@code SRE_STATE} and the
 * backtracking matcher of sre_lib.h, opcode for opcode. The subject is read by code point
 * through {@link #at}: a BMP {@code String} directly, bytes as unsigned bytes, other strings as
 * an {@code int[]} of code points.
 *
 * <p>No Java recursion grows with the subject: where sre_lib.h "calls" itself (DO_JUMP) this
 * class pushes a {@link Context} on {@link #contexts} and continues in the same loop; when the
 * child finishes, the parent resumes at the point named by the child's {@code jump} code. Saved
 * marks and repeat positions go on the int stack {@link #data}, in the same LIFO order as
 * CPython's data stack. Java recursion happens only for a repeated single-character item that is
 * not a literal or set (count's general case), whose depth is bounded by the pattern.
 */
final class SreState {
    /** Results of a handler step. */
    private static final int FAIL = 0;
    private static final int OK = 1;
    /** A child context was pushed: run it. */
    private static final int PUSHED = 2;
    /** Continue dispatching opcodes in the current context at its pc and ptr. */
    private static final int CONTINUE = 3;

    /** Where the parent resumes when a child context finishes (sre_lib.h's JUMP_* codes). */
    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;

    /** A frame of the matcher: sre_lib.h's match_context. */
    private static final class Context {
        /** Repetitions matched so far by the operator this frame runs. */
        int count;
        /** REPEAT_ONE's tail literal. */
        int chr;
        /** The repeat this frame created (REPEAT) or drives (MAX_UNTIL/MIN_UNTIL). */
        Repeat rep;
        int lastmark;
        int lastindex;
        /** Saved code position (just after the opcode being run) and subject position. */
        int pc;
        int ptr;
        boolean toplevel;
        /** Where the parent resumes when this frame finishes. */
        int jump;
    }

    /** An active REPEAT ... MAX_UNTIL/MIN_UNTIL loop: sre's SRE_REPEAT. */
    private static final class Repeat {
        int count;
        /** Code position just after the REPEAT opcode: skip, min, max, then the item. */
        int pc;
        Repeat prev;
        /** Subject position where the last iteration started (-1: none); stops empty loops. */
        int lastPtr;
    }

    final int[] code;
    /** The subject: exactly one of these is set. */
    private final String str;
    private final byte[] bytes;
    private final int[] cps;
    /** Length of the whole subject (code points or bytes). */
    final int length;

    /** Search window: [pos, endpos] clamped to the subject; {@code end} is where $ matches. */
    final int pos;
    final int endpos;
    private final int end;
    /** Where the current attempt started, and where the last match ended. */
    int start;
    int ptr;
    boolean mustAdvance;
    private boolean matchAll;

    /** Group marks: positions, -1 for unset. mark[2g-2], mark[2g-1] delimit group g. */
    final int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    private Repeat repeat;

    private Context[] contexts = new Context[16];
    private int depth;
    private int[] data = new int[64];
    private int dataTop;

    SreState(int[] code, int groups, String str, byte[] bytes, int[] cps, int length, long pos, long endpos) {
        this.code = code;
        this.str = str;
        this.bytes = bytes;
        this.cps = cps;
        this.length = length;
        int p = (int) Math.max(0, Math.min(pos, length));
        int e = (int) Math.max(0, Math.min(endpos, length));
        this.pos = p;
        this.endpos = e;
        this.end = e;
        this.start = p;
        this.ptr = p;
        this.marks = new int[Math.max(groups, 0) * 2];
    }

    /** The code point (or byte) at subject index {@code i}. */
    int at(int i) {
        if (str != null) {
            return str.charAt(i);
        }
        if (bytes != null) {
            return bytes[i] & 0xff;
        }
        return cps[i];
    }

    /** The first index in [from, end) holding {@code c}, or -1 (the prefix scan; indexOf is vectorised). */
    private int find(int c, int from, int end) {
        if (str != null && end == str.length()) {
            int i = str.indexOf(c, from);
            return i < 0 ? -1 : i;
        }
        for (int i = from; i < end; i++) {
            if (at(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static long u(int word) {
        return word & 0xFFFFFFFFL;
    }

    /** Forgets the marks of the previous attempt (state_reset). */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        depth = 0;
    }

    // ---- entry points ----------------------------------------------------------------------

    /** Tries to match at {@link #start} (sre_match); {@code all}: the match must reach the end. */
    boolean match(boolean all) {
        ptr = start;
        matchAll = all;
        boolean r = run(0, true);
        matchAll = false;
        return r;
    }

    /** Finds the first match at or after {@link #start} (SRE(search)), using the INFO block. */
    boolean search() {
        int ptr = start;
        int end = this.end;
        if (ptr > end) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = -1;
        int overlap = -1;
        int charset = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && end - ptr < min) {
                return false;
            }
            if (min > 1) {
                end -= (int) (min - 1);
                if (end <= ptr) {
                    end = ptr;
                }
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charset = 5;
            }
            pc = 1 + code[1];
        }
        if (prefixLen == 1) {
            int c = code[prefix];
            end = this.end;
            mustAdvance = false;
            while (ptr < end) {
                ptr = find(c, ptr, end);
                if (ptr < 0) {
                    return false;
                }
                start = ptr;
                this.ptr = ptr + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return true;
                }
                if (run(pc + 2 * prefixSkip, false)) {
                    return true;
                }
                ++ptr;
                reset();
            }
            return false;
        }
        if (prefixLen > 1) {
            end = this.end;
            if (prefixLen > end - ptr) {
                return false;
            }
            while (ptr < end) {
                int c = code[prefix];
                ptr = find(c, ptr, end);
                if (ptr < 0) {
                    return false;
                }
                ptr++;
                if (ptr >= end) {
                    return false;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (at(ptr) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++ptr >= end) {
                                return false;
                            }
                            continue;
                        }
                        start = ptr - (prefixLen - 1);
                        this.ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return true;
                        }
                        if (run(pc + 2 * prefixSkip, false)) {
                            return true;
                        }
                        if (++ptr >= end) {
                            return false;
                        }
                        reset();
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return false;
        }
        if (charset >= 0) {
            end = this.end;
            mustAdvance = false;
            for (;;) {
                while (ptr < end && !charset(charset, at(ptr))) {
                    ptr++;
                }
                if (ptr >= end) {
                    return false;
                }
                start = ptr;
                this.ptr = ptr;
                if (run(pc, false)) {
                    return true;
                }
                ptr++;
                reset();
            }
        }
        start = ptr;
        this.ptr = ptr;
        boolean status = run(pc, true);
        mustAdvance = false;
        if (!status && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = this.ptr = end;
            return false;
        }
        while (!status && ptr < end) {
            ptr++;
            reset();
            start = this.ptr = ptr;
            status = run(pc, false);
        }
        return status;
    }

    // ---- character tests -------------------------------------------------------------------

    /** Tests a position against an AT code (SRE(at)). */
    private boolean atCode(int ptr, int at) {
        int end = this.end;
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || at(ptr - 1) == '\n';
            case AT_END:
                return (end - ptr == 1 && at(ptr) == '\n') || ptr == end;
            case AT_END_LINE:
                return ptr == end || at(ptr) == '\n';
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = ptr > 0 && isWord(at, at(ptr - 1));
                boolean here = ptr < end && isWord(at, at(ptr));
                boolean boundary = at == AT_BOUNDARY || at == AT_LOC_BOUNDARY || at == AT_UNI_BOUNDARY;
                return boundary ? here != before : here == before;
            }
            default:
                return false;
        }
    }

    private static boolean isWord(int at, int ch) {
        if (at == AT_BOUNDARY || at == AT_NON_BOUNDARY) {
            return SreChars.isAsciiWord(ch);
        }
        if (at == AT_LOC_BOUNDARY || at == AT_LOC_NON_BOUNDARY) {
            return SreChars.isLocaleWord(ch);
        }
        return SreChars.isUnicodeWord(ch);
    }

    /** Tests {@code ch} against the set starting at {@code set} (SRE(charset)). */
    boolean charset(int set, int ch) {
        int[] code = this.code;
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (u(code[set]) <= ch && ch <= u(code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (u(code[set]) <= ch && ch <= u(code[set + 1])) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (u(code[set]) <= uch && uch <= u(code[set + 1])) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (ch < 0x10000) {
                        // 256 one-byte block indices packed little-endian into 64 words
                        int word = code[set + (ch >> 10)];
                        block = (word >>> (((ch >> 8) & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    throw invalidCode();
            }
        }
    }

    private boolean charsetLocIgnore(int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    private static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || SreChars.lowerLocale(ch) == pattern || SreChars.upperLocale(ch) == pattern;
    }

    /**
     * How many times (up to {@code maxcount}) the one-character item at {@code pc} matches from
     * {@link #ptr} (SRE(count)).
     */
    private int count(int pc, long maxcount) {
        int ptr = this.ptr;
        int end = this.end;
        if (maxcount < end - ptr && maxcount != MAXREPEAT) {
            end = ptr + (int) maxcount;
        }
        int[] code = this.code;
        int chr = code[pc + 1];
        switch (code[pc]) {
            case IN:
                while (ptr < end && charset(pc + 2, at(ptr))) {
                    ptr++;
                }
                break;
            case ANY:
                while (ptr < end && at(ptr) != '\n') {
                    ptr++;
                }
                break;
            case ANY_ALL:
                ptr = end;
                break;
            case LITERAL:
                if (str != null) {
                    String s = str;
                    while (ptr < end && s.charAt(ptr) == chr) {
                        ptr++;
                    }
                } else {
                    while (ptr < end && at(ptr) == chr) {
                        ptr++;
                    }
                }
                break;
            case LITERAL_IGNORE:
                while (ptr < end && SreChars.lowerAscii(at(ptr)) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_UNI_IGNORE:
                while (ptr < end && SreChars.lowerUnicode(at(ptr)) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_LOC_IGNORE:
                while (ptr < end && charLocIgnore(chr, at(ptr))) {
                    ptr++;
                }
                break;
            case NOT_LITERAL:
                while (ptr < end && at(ptr) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_IGNORE:
                while (ptr < end && SreChars.lowerAscii(at(ptr)) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_UNI_IGNORE:
                while (ptr < end && SreChars.lowerUnicode(at(ptr)) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_LOC_IGNORE:
                while (ptr < end && !charLocIgnore(chr, at(ptr))) {
                    ptr++;
                }
                break;
            default: {
                // a general one-character item: run it repeatedly (bounded Java recursion)
                int saveEnd = ptr;
                int from = this.ptr;
                while (this.ptr < end) {
                    int before = this.ptr;
                    if (!run(pc, false)) {
                        this.ptr = before;
                        break;
                    }
                }
                saveEnd = this.ptr;
                this.ptr = from;
                return saveEnd - from;
            }
        }
        return ptr - this.ptr;
    }

    // ---- the stacks ------------------------------------------------------------------------

    private Context push(int pc, boolean toplevel, int jump) {
        if (depth == contexts.length) {
            contexts = java.util.Arrays.copyOf(contexts, depth * 2);
        }
        Context c = contexts[depth];
        if (c == null) {
            c = new Context();
            contexts[depth] = c;
        }
        depth++;
        c.pc = pc;
        c.toplevel = toplevel;
        c.jump = jump;
        c.rep = null;
        return c;
    }

    /** Pushes a child frame that starts at {@code pc}, resuming the current one with {@code jump}. */
    private int child(Context ctx, int pc, int ptr, int childPc, boolean toplevel, int jump) {
        ctx.pc = pc;
        ctx.ptr = ptr;
        push(childPc, toplevel, jump);
        return PUSHED;
    }

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = java.util.Arrays.copyOf(data, dataTop * 2);
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            if (dataTop + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            dataTop -= n;
            System.arraycopy(data, dataTop, marks, 0, n);
        }
    }

    private void markPopKeep(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
        }
    }

    private void markPopDiscard(int lastmark) {
        if (lastmark >= 0) {
            dataTop -= lastmark + 1;
        }
    }

    private void lastmarkSave(Context ctx) {
        ctx.lastmark = lastmark;
        ctx.lastindex = lastindex;
    }

    private void lastmarkRestore(Context ctx) {
        lastmark = ctx.lastmark;
        lastindex = ctx.lastindex;
    }

    static RuntimeException invalidCode() {
        return PyExceptions.runtimeError("invalid SRE code");
    }

    // ---- the matcher -----------------------------------------------------------------------

    /**
     * Matches the code at {@code pc} from {@link #ptr} (SRE(match)); on success {@link #ptr} is
     * where the match ended.
     */
    boolean run(int pc0, boolean toplevel) {
        int base = depth;
        Context ctx = push(pc0, toplevel, JUMP_NONE);
        boolean entering = true;
        int jump = JUMP_NONE;
        boolean ret = false;
        for (;;) {
            int r;
            if (entering) {
                r = enter(ctx);
            } else {
                r = resume(ctx, jump, ret);
            }
            if (r == CONTINUE) {
                r = dispatch(ctx);
            }
            if (r == PUSHED) {
                ctx = contexts[depth - 1];
                entering = true;
                continue;
            }
            ret = r == OK;
            jump = ctx.jump;
            depth--;
            ctx.rep = null;
            if (depth == base) {
                return ret;
            }
            ctx = contexts[depth - 1];
            entering = false;
        }
    }

    /** The entrance of a frame: the INFO block's length check, then the first opcode. */
    private int enter(Context ctx) {
        int pc = ctx.pc;
        int ptr = this.ptr;
        if (code[pc] == INFO) {
            long min = u(code[pc + 3]);
            if (min != 0 && end - ptr < min) {
                return FAIL;
            }
            pc += code[pc + 1] + 1;
        }
        ctx.pc = pc;
        ctx.ptr = ptr;
        return CONTINUE;
    }

    /** Runs opcodes from the frame's pc and ptr until it succeeds, fails or needs a child. */
    private int dispatch(Context ctx) {
        final int[] code = this.code;
        final int end = this.end;
        int pc = ctx.pc;
        int ptr = ctx.ptr;
        for (;;) {
            switch (code[pc++]) {
                case MARK: {
                    int i = code[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        for (int j = lastmark + 1; j < i; j++) {
                            marks[j] = -1;
                        }
                        lastmark = i;
                    }
                    marks[i] = ptr;
                    pc++;
                    break;
                }
                case LITERAL:
                    if (ptr >= end || at(ptr) != code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case NOT_LITERAL:
                    if (ptr >= end || at(ptr) == code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case SUCCESS:
                    if (ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                        return FAIL;
                    }
                    this.ptr = ptr;
                    return OK;
                case AT:
                    if (!atCode(ptr, code[pc])) {
                        return FAIL;
                    }
                    pc++;
                    break;
                case CATEGORY:
                    if (ptr >= end || !SreChars.category(code[pc], at(ptr))) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case ANY:
                    if (ptr >= end || at(ptr) == '\n') {
                        return FAIL;
                    }
                    ptr++;
                    break;
                case ANY_ALL:
                    if (ptr >= end) {
                        return FAIL;
                    }
                    ptr++;
                    break;
                case IN:
                    if (ptr >= end || !charset(pc + 1, at(ptr))) {
                        return FAIL;
                    }
                    pc += code[pc];
                    ptr++;
                    break;
                case LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(at(ptr)) != code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(at(ptr)) != code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case LITERAL_LOC_IGNORE:
                    if (ptr >= end || !charLocIgnore(code[pc], at(ptr))) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case NOT_LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(at(ptr)) == code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case NOT_LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(at(ptr)) == code[pc]) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || charLocIgnore(code[pc], at(ptr))) {
                        return FAIL;
                    }
                    pc++;
                    ptr++;
                    break;
                case IN_IGNORE:
                    if (ptr >= end || !charset(pc + 1, SreChars.lowerAscii(at(ptr)))) {
                        return FAIL;
                    }
                    pc += code[pc];
                    ptr++;
                    break;
                case IN_UNI_IGNORE:
                    if (ptr >= end || !charset(pc + 1, SreChars.lowerUnicode(at(ptr)))) {
                        return FAIL;
                    }
                    pc += code[pc];
                    ptr++;
                    break;
                case IN_LOC_IGNORE:
                    if (ptr >= end || !charsetLocIgnore(pc + 1, at(ptr))) {
                        return FAIL;
                    }
                    pc += code[pc];
                    ptr++;
                    break;
                case JUMP:
                case INFO:
                    pc += code[pc];
                    break;
                case BRANCH:
                    lastmarkSave(ctx);
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    return branchNext(ctx);
                case REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (min > end - ptr) {
                        return FAIL;
                    }
                    this.ptr = ptr;
                    int n = count(pc + 3, u(code[pc + 2]));
                    ctx.count = n;
                    ptr += n;
                    if (n < min) {
                        return FAIL;
                    }
                    int tail = pc + code[pc];
                    if (code[tail] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                        this.ptr = ptr;
                        return OK;
                    }
                    lastmarkSave(ctx);
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    if (code[tail] == LITERAL) {
                        ctx.chr = code[tail + 1];
                        return repeatOneLiteralNext(ctx);
                    }
                    return repeatOneNext(ctx);
                }
                case MIN_REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (min > end - ptr) {
                        return FAIL;
                    }
                    this.ptr = ptr;
                    if (min == 0) {
                        ctx.count = 0;
                    } else {
                        int n = count(pc + 3, min);
                        if (n < min) {
                            return FAIL;
                        }
                        ctx.count = n;
                        ptr += n;
                    }
                    if (code[pc + code[pc]] == SUCCESS
                            && !(ctx.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
                        this.ptr = ptr;
                        return OK;
                    }
                    lastmarkSave(ctx);
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    return minRepeatOneNext(ctx);
                }
                case POSSESSIVE_REPEAT_ONE: {
                    long min = u(code[pc + 1]);
                    if (min > end - ptr) {
                        return FAIL;
                    }
                    this.ptr = ptr;
                    int n = count(pc + 3, u(code[pc + 2]));
                    ctx.count = n;
                    ptr += n;
                    if (n < min) {
                        return FAIL;
                    }
                    pc += code[pc];
                    if (code[pc] == SUCCESS && ptr == end && !(ctx.toplevel && mustAdvance && ptr == start)) {
                        this.ptr = ptr;
                        return OK;
                    }
                    break;
                }
                case REPEAT: {
                    Repeat rep = new Repeat();
                    rep.count = -1;
                    rep.pc = pc;
                    rep.prev = repeat;
                    rep.lastPtr = -1;
                    repeat = rep;
                    ctx.rep = rep;
                    this.ptr = ptr;
                    return child(ctx, pc, ptr, pc + code[pc], ctx.toplevel, JUMP_REPEAT);
                }
                case MAX_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw PyExceptions.runtimeError("internal error in regular expression engine");
                    }
                    ctx.rep = rep;
                    this.ptr = ptr;
                    ctx.count = rep.count + 1;
                    if (ctx.count < u(code[rep.pc + 1])) {
                        rep.count = ctx.count;
                        return child(ctx, pc, ptr, rep.pc + 3, ctx.toplevel, JUMP_MAX_UNTIL_1);
                    }
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    long max = u(code[rep.pc + 2]);
                    if ((ctx.count < max || max == MAXREPEAT) && this.ptr != rep.lastPtr) {
                        rep.count = ctx.count;
                        lastmarkSave(ctx);
                        markPush(ctx.lastmark);
                        dataPush(rep.lastPtr);
                        rep.lastPtr = this.ptr;
                        return child(ctx, pc, ptr, rep.pc + 3, ctx.toplevel, JUMP_MAX_UNTIL_2);
                    }
                    return maxUntilTail(ctx);
                }
                case MIN_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw PyExceptions.runtimeError("internal error in regular expression engine");
                    }
                    ctx.rep = rep;
                    this.ptr = ptr;
                    ctx.count = rep.count + 1;
                    if (ctx.count < u(code[rep.pc + 1])) {
                        rep.count = ctx.count;
                        return child(ctx, pc, ptr, rep.pc + 3, ctx.toplevel, JUMP_MIN_UNTIL_1);
                    }
                    repeat = rep.prev;
                    lastmarkSave(ctx);
                    if (repeat != null) {
                        markPush(ctx.lastmark);
                    }
                    return child(ctx, pc, ptr, pc, ctx.toplevel, JUMP_MIN_UNTIL_2);
                }
                case POSSESSIVE_REPEAT:
                    this.ptr = ptr;
                    ctx.count = 0;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    return possessiveMin(ctx);
                case ATOMIC_GROUP:
                    this.ptr = ptr;
                    return child(ctx, pc, ptr, pc + 1, false, JUMP_ATOMIC_GROUP);
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int op = code[pc - 1];
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark) {
                        return FAIL;
                    }
                    int p = marks[groupref];
                    int e = marks[groupref + 1];
                    if (p < 0 || e < 0 || e < p) {
                        return FAIL;
                    }
                    while (p < e) {
                        if (ptr >= end || !sameChar(op, at(ptr), at(p))) {
                            return FAIL;
                        }
                        p++;
                        ptr++;
                    }
                    pc++;
                    break;
                }
                case GROUPREF_EXISTS: {
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark || marks[groupref] < 0 || marks[groupref + 1] < 0
                            || marks[groupref + 1] < marks[groupref]) {
                        pc += code[pc + 1];
                    } else {
                        pc += 2;
                    }
                    break;
                }
                case ASSERT: {
                    int back = code[pc + 1];
                    if (ptr < back) {
                        return FAIL;
                    }
                    this.ptr = ptr - back;
                    return child(ctx, pc, ptr, pc + 2, false, JUMP_ASSERT);
                }
                case ASSERT_NOT: {
                    int back = code[pc + 1];
                    if (ptr >= back) {
                        this.ptr = ptr - back;
                        lastmarkSave(ctx);
                        if (repeat != null) {
                            markPush(ctx.lastmark);
                        }
                        return child(ctx, pc, ptr, pc + 2, false, JUMP_ASSERT_NOT);
                    }
                    pc += code[pc];
                    break;
                }
                case FAILURE:
                    return FAIL;
                default:
                    throw invalidCode();
            }
        }
    }

    private static boolean sameChar(int op, int a, int b) {
        switch (op) {
            case GROUPREF:
                return a == b;
            case GROUPREF_IGNORE:
                return SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
            case GROUPREF_UNI_IGNORE:
                return SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
            default:
                return SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
        }
    }

    /** Tries the next alternative of a BRANCH from ctx.pc (which points at its skip word). */
    private int branchNext(Context ctx) {
        int pc = ctx.pc;
        int ptr = ctx.ptr;
        for (; code[pc] != 0; pc += code[pc]) {
            if (code[pc + 1] == LITERAL && (ptr >= end || at(ptr) != code[pc + 2])) {
                continue;
            }
            if (code[pc + 1] == IN && (ptr >= end || !charset(pc + 3, at(ptr)))) {
                continue;
            }
            this.ptr = ptr;
            return child(ctx, pc, ptr, pc + 1, ctx.toplevel, JUMP_BRANCH);
        }
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return FAIL;
    }

    /** REPEAT_ONE with a literal tail: backs off to a position where the literal follows. */
    private int repeatOneLiteralNext(Context ctx) {
        int pc = ctx.pc;
        int ptr = ctx.ptr;
        long min = u(code[pc + 1]);
        int chr = ctx.chr;
        while (ctx.count >= min && (ptr >= end || at(ptr) != chr)) {
            ptr--;
            ctx.count--;
        }
        if (ctx.count < min) {
            if (repeat != null) {
                markPopDiscard(ctx.lastmark);
            }
            return FAIL;
        }
        this.ptr = ptr;
        return child(ctx, pc, ptr, pc + code[pc], ctx.toplevel, JUMP_REPEAT_ONE_1);
    }

    private int repeatOneNext(Context ctx) {
        int pc = ctx.pc;
        if (ctx.count >= u(code[pc + 1])) {
            this.ptr = ctx.ptr;
            return child(ctx, pc, ctx.ptr, pc + code[pc], ctx.toplevel, JUMP_REPEAT_ONE_2);
        }
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return FAIL;
    }

    private int minRepeatOneNext(Context ctx) {
        int pc = ctx.pc;
        long max = u(code[pc + 2]);
        if (max == MAXREPEAT || ctx.count <= max) {
            this.ptr = ctx.ptr;
            return child(ctx, pc, ctx.ptr, pc + code[pc], ctx.toplevel, JUMP_MIN_REPEAT_ONE);
        }
        if (repeat != null) {
            markPopDiscard(ctx.lastmark);
        }
        return FAIL;
    }

    /** MAX_UNTIL after the item cannot repeat again: match the tail outside this repeat. */
    private int maxUntilTail(Context ctx) {
        repeat = ctx.rep.prev;
        return child(ctx, ctx.pc, ctx.ptr, ctx.pc, ctx.toplevel, JUMP_MAX_UNTIL_3);
    }

    /** POSSESSIVE_REPEAT's first phase: the required repetitions. */
    private int possessiveMin(Context ctx) {
        int pc = ctx.pc;
        if (ctx.count < u(code[pc + 1])) {
            return child(ctx, pc, ctx.ptr, pc + 3, false, JUMP_POSS_REPEAT_1);
        }
        ctx.ptr = -1;
        return possessiveMore(ctx);
    }

    /** POSSESSIVE_REPEAT's second phase: as many more as match, never given back. */
    private int possessiveMore(Context ctx) {
        int pc = ctx.pc;
        long max = u(code[pc + 2]);
        if ((ctx.count < max || max == MAXREPEAT) && this.ptr != ctx.ptr) {
            lastmarkSave(ctx);
            markPush(ctx.lastmark);
            return child(ctx, pc, this.ptr, pc + 3, false, JUMP_POSS_REPEAT_2);
        }
        ctx.pc = pc + code[pc] + 1;
        ctx.ptr = this.ptr;
        return CONTINUE;
    }

    /** Resumes a frame after its child finished with {@code ret}. */
    private int resume(Context ctx, int jump, boolean ret) {
        switch (jump) {
            case JUMP_BRANCH:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return OK;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ctx.pc += code[ctx.pc];
                return branchNext(ctx);
            case JUMP_REPEAT_ONE_1:
            case JUMP_REPEAT_ONE_2:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return OK;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ctx.ptr--;
                ctx.count--;
                return jump == JUMP_REPEAT_ONE_1 ? repeatOneLiteralNext(ctx) : repeatOneNext(ctx);
            case JUMP_MIN_REPEAT_ONE: {
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return OK;
                }
                if (repeat != null) {
                    markPopKeep(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                this.ptr = ctx.ptr;
                int n = count(ctx.pc + 3, 1);
                if (n == 0) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return FAIL;
                }
                ctx.ptr++;
                ctx.count++;
                return minRepeatOneNext(ctx);
            }
            case JUMP_REPEAT:
                repeat = ctx.rep.prev;
                return ret ? OK : FAIL;
            case JUMP_MAX_UNTIL_1:
            case JUMP_MIN_UNTIL_1:
                if (ret) {
                    return OK;
                }
                ctx.rep.count = ctx.count - 1;
                this.ptr = ctx.ptr;
                return FAIL;
            case JUMP_MAX_UNTIL_2: {
                Repeat rep = ctx.rep;
                rep.lastPtr = dataPop();
                if (ret) {
                    markPopDiscard(ctx.lastmark);
                    return OK;
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                rep.count = ctx.count - 1;
                this.ptr = ctx.ptr;
                return maxUntilTail(ctx);
            }
            case JUMP_MAX_UNTIL_3:
                repeat = ctx.rep;
                if (ret) {
                    return OK;
                }
                this.ptr = ctx.ptr;
                return FAIL;
            case JUMP_MIN_UNTIL_2: {
                Repeat repeatOfTail = repeat;
                Repeat rep = ctx.rep;
                repeat = rep;
                if (ret) {
                    if (repeatOfTail != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return OK;
                }
                if (repeatOfTail != null) {
                    markPop(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                this.ptr = ctx.ptr;
                long max = u(code[rep.pc + 2]);
                if ((ctx.count >= max && max != MAXREPEAT) || this.ptr == rep.lastPtr) {
                    return FAIL;
                }
                rep.count = ctx.count;
                dataPush(rep.lastPtr);
                rep.lastPtr = this.ptr;
                return child(ctx, ctx.pc, ctx.ptr, rep.pc + 3, ctx.toplevel, JUMP_MIN_UNTIL_3);
            }
            case JUMP_MIN_UNTIL_3: {
                Repeat rep = ctx.rep;
                rep.lastPtr = dataPop();
                if (ret) {
                    return OK;
                }
                rep.count = ctx.count - 1;
                this.ptr = ctx.ptr;
                return FAIL;
            }
            case JUMP_POSS_REPEAT_1:
                if (ret) {
                    ctx.count++;
                    return possessiveMin(ctx);
                }
                this.ptr = ctx.ptr;
                return FAIL;
            case JUMP_POSS_REPEAT_2:
                if (ret) {
                    markPopDiscard(ctx.lastmark);
                    ctx.count++;
                    return possessiveMore(ctx);
                }
                markPop(ctx.lastmark);
                lastmarkRestore(ctx);
                this.ptr = ctx.ptr;
                ctx.pc = ctx.pc + code[ctx.pc] + 1;
                ctx.ptr = this.ptr;
                return CONTINUE;
            case JUMP_ATOMIC_GROUP:
                if (!ret) {
                    this.ptr = ctx.ptr;
                    return FAIL;
                }
                ctx.pc += code[ctx.pc];
                ctx.ptr = this.ptr;
                return CONTINUE;
            case JUMP_ASSERT:
                if (!ret) {
                    return FAIL;
                }
                ctx.pc += code[ctx.pc];
                return CONTINUE;
            case JUMP_ASSERT_NOT:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(ctx.lastmark);
                    }
                    return FAIL;
                }
                if (repeat != null) {
                    markPop(ctx.lastmark);
                }
                lastmarkRestore(ctx);
                ctx.pc += code[ctx.pc];
                return CONTINUE;
            default:
                throw invalidCode();
        }
    }
}
