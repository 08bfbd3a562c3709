"""string helper module (Pyston for the JVM).

CPython writes this in C; it only parses format strings for string.Formatter, which is not on a
hot path, so ours is Python with the same results and error messages as CPython's
MarkupIterator and FieldNameIterator.
"""


def formatter_parser(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) for each part of the string."""
    if not isinstance(format_string, str):
        raise TypeError(f"descriptor 'formatter_parser' requires a 'str' object but received a "
                        f"'{type(format_string).__name__}'")
    return _parse(format_string)


def _parse(s):
    n = len(s)
    i = 0
    while i < n:
        literal = []
        markup_follows = False
        while i < n:
            c = s[i]
            i += 1
            if c == "{" or c == "}":
                if i < n and s[i] == c:
                    literal.append(c)
                    i += 1
                    break
                if c == "}":
                    raise ValueError("Single '}' encountered in format string")
                markup_follows = True
                break
            literal.append(c)
        else:
            if not markup_follows:
                yield ("".join(literal), None, None, None)
                return
        if not markup_follows:
            if literal:
                yield ("".join(literal), None, None, None)
            continue
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        # the field: up to the matching '}'; after '!' or ':' (outside brackets) the format spec
        # begins, where braces nest; the character after '!' is the conversion, whatever it is
        start = i
        count = 1
        in_spec = False
        bracket = False
        while i < n:
            c = s[i]
            i += 1
            if not in_spec and c == "[":
                bracket = True
            elif not in_spec and c == "]":
                bracket = False
            elif bracket:
                continue
            elif not in_spec and c == "!":
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                i += 1
                in_spec = True
            elif not in_spec and c == ":":
                in_spec = True
            elif c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    break
        if count > 0:
            raise ValueError("unmatched '{' in format spec" if in_spec else "expected '}' before end of string")
        field = s[start:i - 1]
        yield ("".join(literal),) + _parse_field(field)


def _parse_field(field):
    # field_name ends at the first ':' or '!' outside brackets
    i = 0
    n = len(field)
    bracket = False
    while i < n:
        c = field[i]
        if c == "[":
            bracket = True
        elif c == "]":
            bracket = False
        elif not bracket and (c == ":" or c == "!"):
            break
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n:
        if field[i] == "!":
            if i + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = field[i + 1]
            i += 2
            if i < n:
                if field[i] != ":":
                    raise ValueError("expected ':' after conversion specifier")
                spec = field[i + 1:]
        else:
            spec = field[i + 1:]
    return (name, spec, conversion)


def formatter_field_name_split(field_name):
    """Split 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    if not isinstance(field_name, str):
        raise TypeError(f"descriptor 'formatter_field_name_split' requires a 'str' object but received a "
                        f"'{type(field_name).__name__}'")
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    return first, _rest(field_name, i)


def _rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            start = i
            while i < n and s[i] not in ".[":
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == "[":
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            yield (False, int(key) if key.isdigit() else key)
            if i < n and s[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
