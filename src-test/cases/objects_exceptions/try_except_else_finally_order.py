# Order of try/except/else/finally blocks with and without exceptions, and with return in else.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
        return log + ["returned from else"]
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
