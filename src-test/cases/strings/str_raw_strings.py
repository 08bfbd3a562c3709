print(r"C:\new\table")
print(len(r"\n"), len("\n"))
print(repr(r"\d+\.\d*"))
print(R"upper\r")
