s = "abc" 'def' "ghi"
print(s)
t = ("first part, "
     "second part, "
     r"raw\part")
print(t)
print(len("a" "b" "c"))
