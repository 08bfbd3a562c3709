def fail():
    raise RuntimeError

print("start")
fail()
