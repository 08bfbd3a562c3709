# return/break/continue in finally override a pending return or exception.
def ret():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 1:
                continue
    return out
def brk():
    while True:
        try:
            raise RuntimeError
        finally:
            break
    return "broke out"
def order():
    log = []
    try:
        try:
            log.append("body")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(ret(), swallow(), loop(), brk(), order())
