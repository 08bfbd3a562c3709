def t(label):
    print("called", label)
    return True

def f(label):
    print("called", label)
    return False

print(f("a") and t("b"))
print(t("c") or f("d"))
print(t("e") and f("f") and t("g"))
print(f("h") or f("i") or t("j"))
if f("k") and undefined_name:
    print("never")
print("end")
