for text in ["abc", "", "1.5", "12a", "0x10"]:
    try:
        int(text)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
int("abc")
